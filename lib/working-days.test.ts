import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days";

const none = new Set<string>();
// Quốc khánh 2026: Wednesday 2/9 and Thursday 3/9 off (as the Government set for 2025).
const nationalDay = new Set(["2026-09-02", "2026-09-03"]);

describe("working days", () => {
  it("skips weekends", () => {
    expect(isWorkingDay("2026-12-05", none)).toBe(false); // Saturday
    expect(isWorkingDay("2026-12-06", none)).toBe(false); // Sunday
    expect(isWorkingDay("2026-12-07", none)).toBe(true);
    // Friday + 1 working day = Monday
    expect(addWorkingDays("2026-12-04", 1, none)).toBe("2026-12-07");
    // 15 working days from Tuesday 1/12 = three weeks later
    expect(addWorkingDays("2026-12-01", 15, none)).toBe("2026-12-22");
  });

  it("skips the days off it is given", () => {
    expect(addWorkingDays("2026-09-01", 1, nationalDay)).toBe("2026-09-04");
    expect(addWorkingDays("2026-09-01", 1, none)).toBe("2026-09-02");
  });

  it("counts working days between two days, the first not counted", () => {
    expect(workingDaysBetween("2026-12-01", "2026-12-01", none)).toBe(0);
    expect(workingDaysBetween("2026-12-01", "2026-11-20", none)).toBe(0);
    expect(workingDaysBetween("2026-12-01", "2026-12-10", none)).toBe(7);
    expect(workingDaysBetween("2026-09-01", "2026-09-04", nationalDay)).toBe(1);
  });

  it("round-trips with addWorkingDays across months and years", () => {
    for (const n of [0, 1, 5, 7, 15, 40]) {
      const due = addWorkingDays("2026-12-24", n, none);
      expect(workingDaysBetween("2026-12-24", due, none)).toBe(n);
    }
  });

  it("refuses nonsense", () => {
    expect(() => addWorkingDays("31/02/2026", 1, none)).toThrow();
    expect(() => addWorkingDays("2026-12-01", -1, none)).toThrow();
  });
});
