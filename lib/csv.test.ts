import { describe, expect, it } from "vitest";
import { csvCell, csvDocument } from "./csv";

describe("csv", () => {
  it("quotes cells and defuses formulas, but not negative numbers", () => {
    expect(csvCell('Nói "có"')).toBe('"Nói ""có"""');
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+84 227")).toBe('"\'+84 227"');
    expect(csvCell("@SUM(A1)")).toBe('"\'@SUM(A1)"');
    expect(csvCell(-3)).toBe('"-3"');
  });

  it("starts with a BOM and ends rows with CRLF", () => {
    expect(csvDocument([["Ngày", "Số phiếu"], ["01/02/2026", 3]])).toBe('\uFEFF"Ngày","Số phiếu"\r\n"01/02/2026","3"\r\n');
  });
});
