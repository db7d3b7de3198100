import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { SITE_TIME_ZONE } from "./format";

/**
 * The leaders' schedule as iCalendar (RFC 5545), made with ical-generator. Times are
 * Việt Nam wall-clock times with TZID=Asia/Ho_Chi_Minh and the zone's VTIMEZONE (UTC+7 all
 * year since 1975); a cancelled entry stays in the feed as STATUS:CANCELLED, and every
 * change bumps SEQUENCE, so subscribed calendars update the event instead of adding one.
 */
export type IcalEntry = {
  id: number;
  day: string;
  startTime: string;
  endTime: string | null;
  content: string;
  place: string;
  chair: string;
  participants: string;
  preparingUnit: string;
  note: string;
  leaders: { name: string; position: string }[];
  cancelled: boolean;
  cancelReason: string;
  sequence: number;
  changes: { kind: "change" | "cancel"; summary: string }[];
  createdAt: string;
  updatedAt: string;
};

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${SITE_TIME_ZONE}`,
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0700",
  "TZOFFSETTO:+0700",
  "TZNAME:+07",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/**
 * ical-generator formats every date of a zoned event with the process's local clock. A
 * wall-clock string without offset round-trips through that clock unchanged, so zoned
 * times are given as Việt Nam wall-clock strings and UTC stamps as UTC wall-clock strings
 * (marked with their Z afterwards): the output does not depend on the server's TZ.
 */
const utcClock = (iso: string) => new Date(iso).toISOString().slice(0, 19);
const UTC_STAMP = /^(DTSTAMP|CREATED|LAST-MODIFIED):(\d{8}T\d{6})$/gm;

/** An hour when no end is set: calendars need a length to show the event. */
function endOf(entry: IcalEntry): string {
  if (entry.endTime) return `${entry.day}T${entry.endTime}:00`;
  const [h, m] = entry.startTime.split(":").map(Number) as [number, number];
  const end = Math.min(h * 60 + m + 60, 23 * 60 + 59);
  return `${entry.day}T${String(Math.floor(end / 60)).padStart(2, "0")}:${String(end % 60).padStart(2, "0")}:00`;
}

export function scheduleCalendar(options: { name: string; description: string; url: string; uidDomain: string; entries: IcalEntry[] }): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    url: options.url,
    prodId: { company: "Cong thong tin dien tu", product: "Lich cong tac", language: "VI" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  calendar.timezone({ name: SITE_TIME_ZONE, generator: () => VTIMEZONE });
  for (const entry of options.entries) {
    const leaders = entry.leaders.map((l) => (l.position ? `${l.name} (${l.position})` : l.name)).join(", ");
    const lines = [
      leaders && `Lãnh đạo: ${leaders}`,
      entry.chair && `Chủ trì: ${entry.chair}`,
      entry.participants && `Thành phần: ${entry.participants}`,
      entry.preparingUnit && `Đơn vị chuẩn bị: ${entry.preparingUnit}`,
      entry.note && `Ghi chú: ${entry.note}`,
      ...entry.changes.filter((c) => c.kind === "change").map((c) => `Đã thay đổi: ${c.summary}`),
      entry.cancelled && `Đã hủy: ${entry.cancelReason}`,
    ].filter(Boolean);
    calendar.createEvent({
      id: `lich-cong-tac-${entry.id}@${options.uidDomain}`,
      sequence: entry.sequence,
      start: `${entry.day}T${entry.startTime}:00`,
      end: endOf(entry),
      timezone: SITE_TIME_ZONE,
      stamp: utcClock(entry.updatedAt),
      created: utcClock(entry.createdAt),
      lastModified: utcClock(entry.updatedAt),
      summary: entry.cancelled ? `[Đã hủy] ${entry.content}` : entry.content,
      description: lines.join("\n"),
      location: entry.place || undefined,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      url: options.url,
    });
  }
  return calendar.toString().replace(UTC_STAMP, "$1:$2Z");
}
