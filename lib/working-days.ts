import { vietnamDay } from "./format";

/**
 * Working days as Vietnamese offices count them: Monday to Friday, minus the days off the
 * platform admin lists (Tết, 30/4, 1/5, 2/9, Giỗ Tổ… and any day the Government moves).
 * Pure: callers pass the days off (db/holidays.ts reads them), so both the Hỏi đáp due
 * dates and the planned-suspension notice (NĐ 224/2026 Điều 13: 7 working days) agree.
 * Days are Việt Nam calendar days as YYYY-MM-DD.
 */
export type DaysOff = ReadonlySet<string>;

const DAY_MS = 86_400_000;

/** Noon UTC of a calendar day: day arithmetic on it never crosses a date line. */
function noonOf(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function isWorkingDay(day: string, daysOff: DaysOff): boolean {
  const weekday = new Date(noonOf(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !daysOff.has(day);
}

/** The day `count` working days after `from` (from itself not counted): a due date. */
export function addWorkingDays(from: string, count: number, daysOff: DaysOff): string {
  if (!Number.isInteger(count) || count < 0) throw new Error(`Not a count of working days: ${count}`);
  let ms = noonOf(from);
  for (let left = count; left > 0; ) {
    ms += DAY_MS;
    if (isWorkingDay(dayOf(ms), daysOff)) left--;
  }
  return dayOf(ms);
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string, daysOff: DaysOff): number {
  let count = 0;
  for (let ms = noonOf(from) + DAY_MS, end = noonOf(to); ms <= end; ms += DAY_MS) {
    if (isWorkingDay(dayOf(ms), daysOff)) count++;
  }
  return count;
}

/** Today's calendar day in Việt Nam. */
export const vietnamToday = (now: Date = new Date()) => vietnamDay(now);
