import { describe, expect, it } from "vitest";
import { AttachmentRejectedError } from "./attachments";
import { checkDisclosureFile } from "./disclosure-files";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
// The OLE container of an old Word file.
const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

describe("disclosure files are checked by content", () => {
  it("takes a PDF whatever it is called", async () => {
    await expect(checkDisclosureFile(pdf, "du-toan.xlsx")).resolves.toBeUndefined();
  });
  it("refuses an HTML page named .pdf, a Word file and an empty file", async () => {
    await expect(checkDisclosureFile(Buffer.from("<!doctype html><script>alert(1)</script>"), "du-toan.pdf")).rejects.toThrow(AttachmentRejectedError);
    await expect(checkDisclosureFile(ole, "bao-cao.doc")).rejects.toThrow(/không phải là PDF, XLSX/);
    await expect(checkDisclosureFile(Buffer.alloc(0), "x.pdf")).rejects.toThrow(/rỗng/);
  });
});
