import * as z from "zod";

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so local times parse exactly. */
const shanghaiOffset = "+08:00";

/** A moment from a form (`YYYY-MM-DDTHH:mm` in Asia/Shanghai), an ISO string or epoch milliseconds. */
export const instantSchema = z.union([z.number(), z.string().trim().max(40)]).transform((value, context) => {
  const millis =
    typeof value === "number"
      ? value
      : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)
        ? Date.parse(`${value.length === 16 ? `${value}:00` : value}${shanghaiOffset}`)
        : Date.parse(value);
  if (!Number.isFinite(millis) || millis < Date.UTC(2000, 0, 1)) {
    context.addIssue({ code: "custom", message: "Not a valid date and time" });
    return z.NEVER;
  }
  return Math.trunc(millis);
});

/** Entries may be a few minutes ahead of the server clock, never later. */
export const allowedClockSkewMs = 5 * 60_000;
