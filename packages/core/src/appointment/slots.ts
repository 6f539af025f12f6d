import * as z from "zod";
import { Counter } from "../counter/index";
import type { EntityItem } from "electrodb";
import type { DeskExceptionEntity, DeskHoursEntity } from "./hours.entity";
import { addDays, dayOf, instantOf, localTime, weekdayOf } from "./zone";

export type DeskHours = EntityItem<typeof DeskHoursEntity>;
export type DeskException = EntityItem<typeof DeskExceptionEntity>;

export const defaultSlotMinutes = 20;
/** Residents book from tomorrow's first hour up to two weeks ahead; today only 30 minutes ahead. */
export const horizonDays = 14;
export const leadMs = 30 * 60_000;

/** A calendar day this service can plan for (keeps date arithmetic inside four-digit years). */
export const plannableDay = Counter.daySchema.refine(
  (day) => day >= "2000-01-01" && day <= "2099-12-31",
  "Choose a day between 2000 and 2099",
);

/** 2100-01-01T00:00Z: no instant this service plans for is later. */
export const latestInstant = 4_102_444_800_000;

export const timeSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:mm")
  .refine((value) => Number(value.slice(3)) % 5 === 0, "Use whole five minutes");

export const weeklySchema = z
  .array(
    z
      .object({ weekday: z.coerce.number().int().min(1).max(7), start: timeSchema, end: timeSchema })
      .refine((range) => range.start < range.end, { message: "The hours end before they start", path: ["end"] }),
  )
  .max(21, "At most 21 ranges a week")
  .refine((ranges) => !overlapping(ranges), "Two ranges overlap");

export function overlapping(ranges: WeeklyRange[]): boolean {
  const sorted = [...ranges].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  return sorted.some((range, index) => {
    const next = sorted[index + 1];
    return next !== undefined && next.weekday === range.weekday && next.start < range.end;
  });
}

export type WeeklyRange = { weekday: number; start: string; end: string };

export type Slot = { villageId: string; startsAt: number; endsAt: number; day: string; time: string };

/** Whether a day falls in one of the officer's exceptions (leave, duty elsewhere). */
export function exceptionOn(day: string, exceptions: DeskException[]): DeskException | undefined {
  return exceptions.find((exception) => exception.from <= day && day <= exception.to);
}

/**
 * Every slot of an officer's desk hours from `fromDay` for `days` days, in Asia/Shanghai: whole
 * slots inside each range, none on exception days, none starting before `now + leadMs`.
 */
export function slotsOf(
  hours: DeskHours[],
  exceptions: DeskException[],
  fromDay: string,
  days: number,
  now: number,
): Slot[] {
  const slots: Slot[] = [];
  for (let offset = 0; offset < days; offset++) {
    const day = addDays(fromDay, offset);
    if (exceptionOn(day, exceptions)) continue;
    const weekday = weekdayOf(day);
    for (const desk of hours) {
      const length = desk.slotMinutes * 60_000;
      for (const range of desk.weekly.filter((r) => r.weekday === weekday)) {
        const end = instantOf(day, range.end);
        for (let startsAt = instantOf(day, range.start); startsAt + length <= end; startsAt += length) {
          if (startsAt < now + leadMs) continue;
          slots.push({
            villageId: desk.villageId,
            startsAt,
            endsAt: startsAt + length,
            day,
            time: localTime(startsAt),
          });
        }
      }
    }
  }
  return slots.sort((a, b) => a.startsAt - b.startsAt);
}

/** The bookable window: today (Asia/Shanghai) and the next `horizonDays` days. */
export function horizon(now: number) {
  const from = dayOf(now);
  return { from, to: addDays(from, horizonDays), days: horizonDays + 1 };
}
