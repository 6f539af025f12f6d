import * as z from "zod";

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so local times parse exactly. */
const shanghaiOffset = "+08:00";

// `YYYY-MM-DDTHH:mm[:ss[.sss]]`, optionally with `Z` or an offset (without one: Asia/Shanghai).
const isoInstant = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Whether the fields name a real calendar moment. `Date.parse` rolls impossible fields over
 * (`2026-02-30` becomes 2 March, `T24:00` the next day), so they are checked before parsing.
 */
function isCalendarMoment(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59;
}

/** A moment from a form (`YYYY-MM-DDTHH:mm` in Asia/Shanghai), an ISO string or epoch milliseconds. */
export const instantSchema = z.union([z.number(), z.string().trim().max(40)]).transform((value, context) => {
  let millis = Number.NaN;
  if (typeof value === "number") {
    millis = value;
  } else {
    const match = isoInstant.exec(value);
    const [year, month, day, hour, minute, second] = (match?.slice(1, 7) ?? []).map((part) => Number(part ?? 0));
    if (match && isCalendarMoment(year!, month!, day!, hour!, minute!, second!)) {
      const withSeconds = match[6] === undefined ? value.replace(/(T\d{2}:\d{2})/, "$1:00") : value;
      millis = Date.parse(match[7] ? withSeconds : `${withSeconds}${shanghaiOffset}`);
    }
  }
  if (!Number.isFinite(millis) || millis < Date.UTC(2000, 0, 1)) {
    context.addIssue({ code: "custom", message: "Not a valid date and time" });
    return z.NEVER;
  }
  return Math.trunc(millis);
});

/** Entries may be a few minutes ahead of the server clock, never later. */
export const allowedClockSkewMs = 5 * 60_000;
