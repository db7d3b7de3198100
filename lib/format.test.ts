import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatTime, vietnamDay, vietnamLocalInput, vietnamTime } from "./format";

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

describe("vietnamLocalInput", () => {
  it("is the inverse of vietnamTime for datetime-local inputs", () => {
    expect(vietnamLocalInput(new Date("2026-11-27T18:30:00Z"))).toBe("2026-11-28T01:30");
    expect(vietnamTime(vietnamLocalInput("2018-02-24T03:41:00.000Z")).toISOString()).toBe("2018-02-24T03:41:00.000Z");
  });
});
