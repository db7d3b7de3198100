/** Dates and numbers as Vietnamese readers expect them, whatever the server's TZ. */
export const SITE_TIME_ZONE = "Asia/Ho_Chi_Minh";

// Each formatter is built on first use, then kept: building one costs far more than using
// it (the browser loads ICU data for the locale and time zone), and this module is in every
// reader page's script, most of which never format anything in the browser.
function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const dateFormat = memo(() => new Intl.DateTimeFormat("en-GB", { timeZone: SITE_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" }));
const timeFormat = memo(() => new Intl.DateTimeFormat("en-GB", { timeZone: SITE_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }));
const numberFormat = memo(() => new Intl.NumberFormat("vi-VN"));
const dayFormat = memo(() => new Intl.DateTimeFormat("en-CA", { timeZone: SITE_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }));

/** 24/02/2018 */
export function formatDate(date: Date | string): string {
  return dateFormat().format(new Date(date));
}

/** 10:41 */
export function formatTime(date: Date | string): string {
  return timeFormat().format(new Date(date));
}

/** 24/02/2018 | 10:41, the article page's date line. */
export function formatDateTime(date: Date | string): string {
  return `${formatDate(date)} | ${formatTime(date)}`;
}

/** 1.234.567 */
export function formatNumber(value: number): string {
  return numberFormat().format(value);
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
  return dayFormat().format(date);
}


// ---------------------------------------------------------------- typed dates and times
// Editors type dates as dd/mm/yyyy and times on a 24-hour clock whatever their browser's
// language (a native date input would show mm/dd/yyyy and AM/PM in an English browser).
// The same functions check the value in the browser (components/ui/date-time-field.tsx)
// and on the server (lib/form-fields.ts), so both give the same Vietnamese message.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DATE_EXAMPLE = "ví dụ 24/02/2026";
const TIME_EXAMPLE = "ví dụ 14:30";

/** "24/02/2026", "4/2/2026", "24-02-2026", "24.02.2026" or "24022026" → "2026-02-24". */
export function parseVietnamDate(text: string): Parsed<string> {
  const trimmed = text.trim();
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (!match) return { ok: false, message: `Ngày cần nhập theo dạng ngày/tháng/năm (dd/mm/yyyy), ${DATE_EXAMPLE}.` };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const shown = `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
  if (month < 1 || month > 12) return { ok: false, message: `Ngày ${shown} không có thật: tháng phải từ 1 đến 12.` };
  // Date.UTC rolls 31/02 over to 03/03; a day that comes back changed does not exist.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { ok: false, message: `Ngày ${shown} không có thật: tháng ${month}/${year} chỉ có ${last} ngày.` };
  }
  if (year < 1900 || year > 2200) return { ok: false, message: `Năm ${year} nằm ngoài khoảng cho phép (1900–2200).` };
  return { ok: true, value: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}

/** "14:30", "9:05", "9h05", "9h", "0905" → "14:30" / "09:05" (24-hour clock). */
export function parseClockTime(text: string): Parsed<string> {
  const trimmed = text.trim().toLowerCase();
  const match = /^(\d{1,2})(?:[:.h](\d{2})?)?$/.exec(trimmed) ?? /^(\d{2})(\d{2})$/.exec(trimmed);
  if (!match) return { ok: false, message: `Giờ cần nhập theo dạng giờ:phút, 24 giờ (HH:mm), ${TIME_EXAMPLE}.` };
  const [hour, minute] = [Number(match[1]), Number(match[2] ?? 0)];
  if (hour > 23 || minute > 59) return { ok: false, message: `Giờ ${trimmed} không hợp lệ: giờ từ 00 đến 23, phút từ 00 đến 59.` };
  return { ok: true, value: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` };
}

/** A date and a time typed by an editor, read as Việt Nam wall-clock time. */
export function parseVietnamDateTime(date: string, time: string): Parsed<Date> {
  if (!date.trim()) return { ok: false, message: "Vui lòng nhập ngày (dd/mm/yyyy)." };
  const day = parseVietnamDate(date);
  if (!day.ok) return day;
  if (!time.trim()) return { ok: false, message: "Vui lòng nhập giờ (HH:mm)." };
  const clock = parseClockTime(time);
  if (!clock.ok) return clock;
  return { ok: true, value: vietnamTime(`${day.value} ${clock.value}`) };
}

/** "2026-02-24" (as URLs and the database keep days) → "24/02/2026" (as people read them). */
export function isoDayToVietnamese(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDay;
}

/** A YYYY-MM-DD calendar day (a Việt Nam day) as 24/02/2018. */
export function formatDay(day: string): string {
  return formatDate(vietnamTime(`${day} 12:00`));
}

/** A file size as Vietnamese readers write it: "820 KB", "1,4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("vi-VN")} KB`;
  return `${(Math.round((bytes / 1024 / 1024) * 10) / 10).toLocaleString("vi-VN")} MB`;
}

/** 24/02/2026 08:00: a moment as plain text (a draft's opening and closing). */
export function formatMoment(date: Date | string): string {
  return `${formatDate(date)} ${formatTime(date)}`;
}
