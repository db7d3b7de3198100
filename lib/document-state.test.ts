import { describe, expect, it } from "vitest";
import { documentState } from "./document-state";

const base = { issuedOn: "2026-01-10", effectiveOn: null, expiresOn: null, replacedOn: null };

describe("documentState", () => {
  it("is in force from the effective day (or the issue day) until it expires", () => {
    expect(documentState(base, "2026-01-10")).toBe("con-hieu-luc");
    expect(documentState(base, "2026-01-09")).toBe("chua-co-hieu-luc");
    expect(documentState({ ...base, effectiveOn: "2026-02-01" }, "2026-01-31")).toBe("chua-co-hieu-luc");
    expect(documentState({ ...base, effectiveOn: "2026-02-01" }, "2026-02-01")).toBe("con-hieu-luc");
    expect(documentState({ ...base, expiresOn: "2026-06-30" }, "2026-06-29")).toBe("con-hieu-luc");
    expect(documentState({ ...base, expiresOn: "2026-06-30" }, "2026-06-30")).toBe("het-hieu-luc");
  });

  it("is replaced once the replacing document takes effect, whatever its own dates say", () => {
    expect(documentState({ ...base, replacedOn: "2026-03-01" }, "2026-02-28")).toBe("con-hieu-luc");
    expect(documentState({ ...base, replacedOn: "2026-03-01" }, "2026-03-01")).toBe("bi-thay-the");
    expect(documentState({ ...base, expiresOn: "2026-02-01", replacedOn: "2026-03-01" }, "2026-04-01")).toBe("bi-thay-the");
  });
});
