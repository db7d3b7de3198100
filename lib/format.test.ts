import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatTime, isoDayToVietnamese, parseClockTime, parseVietnamDate, parseVietnamDateTime, vietnamDay, vietnamTime } from "./format";

// The unit project runs with TZ=America/New_York: results must not depend on the server's zone.
describe("dates in Asia/Ho_Chi_Minh", () => {
  it("formats the reference article's date line", () => {
    const published = vietnamTime("2018-02-24 10:41");
    expect(published.toISOString()).toBe("2018-02-24T03:41:00.000Z");
    expect(formatDateTime(published)).toBe("24/02/2018 | 10:41");
    expect(formatDate(published)).toBe("24/02/2018");
    expect(formatTime(published)).toBe("10:41");
  });

  it("rolls over to the next day in Việt Nam before UTC does", () => {
    const lateUtc = new Date("2026-11-27T18:30:00Z"); // 01:30 on the 28th in Hà Nội
    expect(formatDate(lateUtc)).toBe("28/11/2026");
    expect(formatTime(lateUtc)).toBe("01:30");
    expect(vietnamDay(lateUtc)).toBe("2026-11-28");
  });

  it("accepts ISO strings from cached read models", () => {
    expect(formatDateTime("2018-02-24T03:41:00.000Z")).toBe("24/02/2018 | 10:41");
  });

  it("uses a 24-hour clock with midnight as 00", () => {
    expect(formatTime(vietnamTime("2026-01-01 00:05"))).toBe("00:05");
  });

  it("rejects malformed local times", () => {
    expect(() => vietnamTime("24/02/2018 10:41")).toThrow();
    expect(() => vietnamTime("2018-02-30 10:41")).toThrow();
    expect(() => vietnamTime("2018-02-24 25:00")).toThrow();
    expect(() => vietnamTime("")).toThrow();
  });
});

describe("numbers in vi-VN", () => {
  it("groups thousands with dots", () => {
    expect(formatNumber(833)).toBe("833");
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatNumber(0)).toBe("0");
  });
});


describe("dates and times typed by editors", () => {
  it("reads dd/mm/yyyy and its common variants as a Việt Nam day", () => {
    expect(parseVietnamDate("24/02/2026")).toEqual({ ok: true, value: "2026-02-24" });
    expect(parseVietnamDate(" 4/2/2026 ")).toEqual({ ok: true, value: "2026-02-04" });
    expect(parseVietnamDate("24-02-2026")).toEqual({ ok: true, value: "2026-02-24" });
    expect(parseVietnamDate("24.02.2026")).toEqual({ ok: true, value: "2026-02-24" });
    expect(parseVietnamDate("24022026")).toEqual({ ok: true, value: "2026-02-24" });
    expect(parseVietnamDate("29/02/2028")).toEqual({ ok: true, value: "2028-02-29" });
  });

  it("refuses impossible days with a Vietnamese reason", () => {
    expect(parseVietnamDate("31/02/2026")).toEqual({ ok: false, message: "Ngày 31/02/2026 không có thật: tháng 2/2026 chỉ có 28 ngày." });
    expect(parseVietnamDate("31/04/2026")).toMatchObject({ ok: false, message: expect.stringContaining("chỉ có 30 ngày") });
    expect(parseVietnamDate("12/13/2026")).toMatchObject({ ok: false, message: expect.stringContaining("tháng phải từ 1 đến 12") });
    expect(parseVietnamDate("00/01/2026")).toMatchObject({ ok: false });
    // An English browser's habit (month first) is not silently accepted.
    expect(parseVietnamDate("02/24/2026")).toMatchObject({ ok: false });
    expect(parseVietnamDate("2026-02-24")).toMatchObject({ ok: false, message: expect.stringContaining("dd/mm/yyyy") });
  });

  it("reads a 24-hour clock", () => {
    expect(parseClockTime("14:30")).toEqual({ ok: true, value: "14:30" });
    expect(parseClockTime("9:05")).toEqual({ ok: true, value: "09:05" });
    expect(parseClockTime("9h05")).toEqual({ ok: true, value: "09:05" });
    expect(parseClockTime("0905")).toEqual({ ok: true, value: "09:05" });
    expect(parseClockTime("00:00")).toEqual({ ok: true, value: "00:00" });
    expect(parseClockTime("24:00")).toMatchObject({ ok: false });
    expect(parseClockTime("2:30 PM")).toMatchObject({ ok: false, message: expect.stringContaining("24 giờ") });
  });

  it("joins both parts into an instant in Việt Nam time", () => {
    const parsed = parseVietnamDateTime("24/02/2018", "10:41");
    expect(parsed.ok && parsed.value.toISOString()).toBe("2018-02-24T03:41:00.000Z");
    expect(parseVietnamDateTime("", "10:41")).toMatchObject({ ok: false, message: "Vui lòng nhập ngày (dd/mm/yyyy)." });
    expect(parseVietnamDateTime("24/02/2018", "")).toMatchObject({ ok: false, message: "Vui lòng nhập giờ (HH:mm)." });
  });

  it("shows stored days as people read them", () => {
    expect(isoDayToVietnamese("2026-02-04")).toBe("04/02/2026");
    expect(formatDate(vietnamTime("2026-02-04 23:30"))).toBe("04/02/2026");
  });
});
