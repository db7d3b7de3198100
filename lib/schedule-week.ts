import { parseDayParam } from "./form-fields";
import { vietnamDay } from "./format";

/**
 * ISO weeks (Monday to Sunday) of the leaders' schedule, on Việt Nam calendar days
 * ("YYYY-MM-DD" strings, as the database keeps them). Pure: the caller gives "today".
 */
export type IsoWeek = `${number}-W${string}`;

const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  return iso(new Date(utc(day).getTime() + n * DAY_MS));
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(day: string): number {
  return ((utc(day).getUTCDay() + 6) % 7) + 1;
}

export function mondayOf(day: string): string {
  return addDays(day, 1 - weekday(day));
}

/** The ISO week a day falls in: the week's Thursday decides the year. */
export function isoWeekOf(day: string): IsoWeek {
  const thursday = addDays(mondayOf(day), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((utc(thursday).getTime() - utc(`${year}-01-01`).getTime()) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Monday of an ISO week ("2026-W49" → "2026-11-30"); undefined for a week that does not exist. */
export function mondayOfWeek(week: string): string | undefined {
  const match = WEEK.exec(week);
  if (!match) return undefined;
  const [year, n] = [Number(match[1]), Number(match[2])];
  if (year < 1900 || year > 2200 || n < 1) return undefined;
  // 4 January is always in week 1.
  const monday = addDays(mondayOf(`${year}-01-04`), (n - 1) * 7);
  return isoWeekOf(monday) === week ? monday : undefined;
}

export function weekDays(week: IsoWeek): string[] {
  const monday = mondayOfWeek(week)!;
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function shiftWeek(week: IsoWeek, by: number): IsoWeek {
  return isoWeekOf(addDays(mondayOfWeek(week)!, by * 7));
}

/** The week a reader's `?tuan=` names: "2026-W49", or any day of it (YYYY-MM-DD or dd/mm/yyyy). */
export function parseWeekParam(value: unknown): IsoWeek | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim().toUpperCase();
  if (WEEK.test(text)) return mondayOfWeek(text) ? (text as IsoWeek) : undefined;
  const day = parseDayParam(value);
  return day ? isoWeekOf(day) : undefined;
}

export function currentWeek(now = new Date()): IsoWeek {
  return isoWeekOf(vietnamDay(now));
}

export const WEEKDAY_NAMES = ["", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"] as const;

/** "Tuần 49 (30/11/2026 – 06/12/2026)" */
export function weekLabel(week: IsoWeek): string {
  const days = weekDays(week);
  const show = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  return `Tuần ${Number(week.slice(6))} (${show(days[0]!)} – ${show(days[6]!)})`;
}

/** The canonical reader URL of a week (null: the current one) and a leader filter. */
export function scheduleHref(week: IsoWeek | null, leader?: string): string {
  const params = new URLSearchParams();
  if (week) params.set("tuan", week);
  if (leader) params.set("lanh-dao", leader);
  const query = params.toString();
  return query ? `/lich-cong-tac?${query}` : "/lich-cong-tac";
}
