import { describe, expect, it } from "vitest";
import { detectDisclosureFile, DisclosureFileRejectedError } from "./disclosure-files";

describe("disclosure files are checked by content", () => {
  it("takes a PDF and an XLSX by their bytes", () => {
    expect(detectDisclosureFile(Buffer.from("%PDF-1.4\n%âãÏÓ\n"))).toBe("pdf");
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("....[Content_Types].xml....xl/workbook.xml....")]);
    expect(detectDisclosureFile(zip)).toBe("xlsx");
  });
  it("refuses an HTML page named .pdf and a zip that is not a workbook", () => {
    expect(() => detectDisclosureFile(Buffer.from("<!doctype html><script>alert(1)</script>"))).toThrow(DisclosureFileRejectedError);
    expect(() => detectDisclosureFile(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("word/document.xml [Content_Types].xml")]))).toThrow(/PDF hoặc bảng tính/);
    expect(() => detectDisclosureFile(Buffer.alloc(0))).toThrow(/trống/);
  });
});
