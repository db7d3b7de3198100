/** Dates and numbers as Vietnamese readers expect them, whatever the server's TZ. */
export const SITE_TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: SITE_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: SITE_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const numberFormat = new Intl.NumberFormat("vi-VN");

/** 24/02/2018 */
export function formatDate(date: Date | string): string {
  return dateFormat.format(new Date(date));
}

/** 10:41 */
export function formatTime(date: Date | string): string {
  return timeFormat.format(new Date(date));
}

/** 24/02/2018 | 10:41, the article page's date line. */
export function formatDateTime(date: Date | string): string {
  return `${formatDate(date)} | ${formatTime(date)}`;
}

/** 1.234.567 */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * A wall-clock time in Việt Nam ("2018-02-24 10:41") as an instant.
 * Việt Nam has kept UTC+7 without daylight saving since 1975, so the offset is fixed.
 */
export function vietnamTime(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new Error(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi, s = "00"] = match;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}+07:00`);
  // Date.parse rolls 30/02 over to 02/03; a wrong calendar date must fail instead.
  if (Number.isNaN(date.getTime()) || vietnamDay(date) !== `${y}-${mo}-${d}`) throw new Error(`Not a valid date: ${local}`);
  return date;
}

/** The calendar day in Việt Nam as YYYY-MM-DD, for per-day totals. */
export function vietnamDay(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: SITE_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(date);
  return parts;
}

/**
 * An instant as the value of a datetime-local input ("2018-02-24T10:41"), read as
 * Việt Nam wall-clock time whatever the browser's or server's zone (vietnamTime's inverse).
 */
export function vietnamLocalInput(date: Date | string): string {
  const shifted = new Date(new Date(date).getTime() + 7 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

/** A YYYY-MM-DD calendar day (a Việt Nam day) as 24/02/2018. */
export function formatDay(day: string): string {
  return formatDate(vietnamTime(`${day} 12:00`));
}
