import { Counter } from "../counter/index";

/**
 * Wall-clock times in the programme's zone, through `Intl` (the platform's time-zone database):
 * local desk hours become instants, instants become local days and times.
 */
const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: Counter.timeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallParts(ms: number) {
  const parts = Object.fromEntries(wallClock.formatToParts(ms).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at an instant, in ms, as `Intl` reports it. */
function offsetAt(ms: number): number {
  const p = wallParts(ms);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - (ms - (((ms % 1000) + 1000) % 1000));
}

/** The instant of a local day (`YYYY-MM-DD`) and time (`HH:mm`). */
export function instantOf(day: string, time: string): number {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  const guess = wall - offsetAt(wall);
  return wall - offsetAt(guess);
}

/** `HH:mm` of an instant in the zone. */
export function localTime(ms: number): string {
  const p = wallParts(ms);
  return `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}

export const dayOf = Counter.dayOf;

/** Calendar arithmetic on `YYYY-MM-DD` (no zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Whole calendar days from one day to another. */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Monday of a day's week. */
export function weekStartOf(day: string): string {
  return addDays(day, 1 - weekdayOf(day));
}
