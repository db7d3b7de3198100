import { describe, expect, it } from "vitest";
import { currentWeek, isoWeekOf, mondayOfWeek, parseWeekParam, shiftWeek, weekDays, weekLabel } from "./schedule-week";

describe("ISO weeks of the schedule", () => {
  it("numbers weeks as ISO 8601 does, across year ends", () => {
    expect(isoWeekOf("2026-12-01")).toBe("2026-W49");
    expect(isoWeekOf("2026-11-30")).toBe("2026-W49");
    expect(isoWeekOf("2026-12-06")).toBe("2026-W49");
    expect(isoWeekOf("2027-01-01")).toBe("2026-W53");
    expect(isoWeekOf("2025-12-29")).toBe("2026-W01");
    expect(mondayOfWeek("2026-W01")).toBe("2025-12-29");
    expect(mondayOfWeek("2026-W54")).toBeUndefined();
    expect(mondayOfWeek("2025-W53")).toBeUndefined();
  });

  it("lists Monday to Sunday and moves by weeks", () => {
    expect(weekDays("2026-W49")).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
    expect(shiftWeek("2026-W53", 1)).toBe("2027-W01");
    expect(shiftWeek("2026-W01", -1)).toBe("2025-W52");
    expect(weekLabel("2026-W49")).toBe("Tuần 49 (30/11/2026 – 06/12/2026)");
  });

  it("reads ?tuan= as a week or any day of it, and drops the rest", () => {
    expect(parseWeekParam("2026-w49")).toBe("2026-W49");
    expect(parseWeekParam("2026-12-03")).toBe("2026-W49");
    expect(parseWeekParam("03/12/2026")).toBe("2026-W49");
    expect(parseWeekParam("31/02/2026")).toBeUndefined();
    expect(parseWeekParam("'; drop table")).toBeUndefined();
    expect(parseWeekParam(undefined)).toBeUndefined();
  });

  it("takes the current week on the Việt Nam calendar", () => {
    // Sunday 23:30 UTC is already Monday 06:30 in Việt Nam.
    expect(currentWeek(new Date("2026-12-06T23:30:00Z"))).toBe("2026-W50");
    expect(currentWeek(new Date("2026-12-06T16:59:00Z"))).toBe("2026-W49");
  });
});
