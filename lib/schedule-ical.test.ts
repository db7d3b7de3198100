import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { scheduleCalendar, type IcalEntry } from "./schedule-ical";

const entry = (over: Partial<IcalEntry> = {}): IcalEntry => ({
  id: 7,
  day: "2026-12-01",
  startTime: "08:30",
  endTime: null,
  content: "Họp giao ban tuần",
  place: "Phòng họp số 1",
  chair: "",
  participants: "",
  preparingUnit: "Văn phòng",
  note: "",
  leaders: [{ name: "Nguyễn Văn An", position: "Chủ tịch UBND" }],
  cancelled: false,
  cancelReason: "",
  sequence: 0,
  changes: [],
  createdAt: "2026-11-28T02:00:00.000Z",
  updatedAt: "2026-11-29T03:04:05.000Z",
  ...over,
});

describe("the schedule as iCalendar", () => {
  it("parses, with Việt Nam times under TZID, UTC stamps, status and sequence", () => {
    const text = scheduleCalendar({
      name: "Lịch công tác",
      description: "Lịch",
      url: "http://example.vn/lich-cong-tac",
      uidDomain: "example.vn",
      entries: [entry(), entry({ id: 8, startTime: "14:00", endTime: "16:30", cancelled: true, cancelReason: "Lãnh đạo đi công tác", sequence: 2 })],
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Asia/Ho_Chi_Minh");
    const [first, second] = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(first!.uid).toBe("lich-cong-tac-7@example.vn");
    expect(first!.summary).toBe("Họp giao ban tuần");
    expect(first!.startDate.toString()).toBe("2026-12-01T08:30:00");
    expect(first!.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Asia/Ho_Chi_Minh");
    expect(first!.endDate.toString()).toBe("2026-12-01T09:30:00");
    expect(first!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(String(first!.component.getFirstPropertyValue("dtstamp"))).toBe("2026-11-29T03:04:05Z");
    expect(second!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(second!.sequence).toBe(2);
    expect(second!.description).toContain("Đã hủy: Lãnh đạo đi công tác");
    expect(text).toMatch(/DTSTART;TZID=Asia\/Ho_Chi_Minh:20261201T140000\r\n/);
  });
});
