import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AttachmentRejectedError, removeAttachment, sniffAttachment, storeAttachment } from "./attachments";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
// The OLE compound-file signature old Word and Excel files start with.
const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "attachments-"));
  process.env.UPLOADS_DIR = dir;
});
afterAll(async () => {
  delete process.env.UPLOADS_DIR;
  await rm(dir, { recursive: true, force: true });
});

describe("attachments", () => {
  it("recognises files by content, not by name", async () => {
    expect(await sniffAttachment(pdf, "ten-gi-cung-duoc.docx")).toBe("pdf");
    expect(await sniffAttachment(Buffer.from("<html><script>alert(1)</script></html>"), "quyet-dinh.pdf")).toBeNull();
    expect(await sniffAttachment(ole, "bao-cao.xls")).toBe("xls");
    expect(await sniffAttachment(ole, "bao-cao.doc")).toBe("doc");
    expect(await sniffAttachment(ole, "bao-cao.exe")).toBeNull();
  });

  it("stores under a random folder with a safe name, and removes it", async () => {
    const stored = await storeAttachment(pdf, "Quyết định số 12/QĐ-UBND.pdf");
    expect(stored).toMatchObject({ extension: "pdf", mimeType: "application/pdf", bytes: pdf.length, originalName: "Quyết định số 12/QĐ-UBND.pdf" });
    expect(stored.path).toMatch(/^[a-f0-9]{24}\/[a-z0-9-]+\.pdf$/);
    expect(await readFile(path.join(dir, stored.path))).toEqual(pdf);
    await removeAttachment(stored.path);
    await expect(readFile(path.join(dir, stored.path))).rejects.toThrow();
  });

  it("refuses empty, disguised and oversized files with a Vietnamese message", async () => {
    await expect(storeAttachment(Buffer.alloc(0), "a.pdf")).rejects.toThrow(AttachmentRejectedError);
    await expect(storeAttachment(Buffer.from("<html></html>"), "a.pdf")).rejects.toThrow(/kiểm tra theo nội dung/);
    await expect(storeAttachment(ole, "a.doc", { allowed: ["pdf", "xlsx"] })).rejects.toThrow(/không phải là PDF, XLSX/);
    process.env.MAX_UPLOAD_MB = "0.00001";
    try {
      await expect(storeAttachment(pdf, "a.pdf")).rejects.toThrow(/vượt quá dung lượng/);
    } finally {
      delete process.env.MAX_UPLOAD_MB;
    }
  });
});
