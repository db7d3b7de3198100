import { describe, expect, it } from "vitest";
import { parseAuditQuery } from "./audit-filter";

describe("parseAuditQuery", () => {
  it("reads days typed as dd/mm/yyyy, keeps old YYYY-MM-DD links, and drops what is not a day", () => {
    expect(parseAuditQuery({})).toMatchObject({ from: undefined, to: undefined, raw: { tu: undefined, den: undefined } });
    const typed = parseAuditQuery({ tu: "24/02/2018", den: "2018-02-25" });
    expect(typed.raw).toMatchObject({ tu: "2018-02-24", den: "2018-02-25" });
    expect(typed.from?.toISOString()).toBe("2018-02-23T17:00:00.000Z");
    // "đến" is inclusive: up to the end of that day in Việt Nam.
    expect(typed.to?.toISOString()).toBe("2018-02-25T17:00:00.000Z");
    expect(parseAuditQuery({ tu: "31/02/2026", den: "" }).raw).toMatchObject({ tu: undefined, den: undefined });
  });
});
