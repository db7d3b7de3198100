import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { uploadsDir } from "@/lib/config";
import { slugify } from "@/lib/slug";

/**
 * Files of budget reports, projects and procurement notices: PDF or XLSX, recognised by
 * their bytes (a renamed HTML page is refused whatever its name says), stored with the
 * uploads as the media library stores photos (`<random key>/<name>`, served by /media).
 */
export const DISCLOSURE_FILE_TYPES = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export type DisclosureFileType = keyof typeof DISCLOSURE_FILE_TYPES;

export class DisclosureFileRejectedError extends Error {}

/** What the bytes are, or why they are refused. */
export function detectDisclosureFile(bytes: Buffer): DisclosureFileType {
  if (bytes.length < 8) throw new DisclosureFileRejectedError("Tệp trống hoặc hỏng.");
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  // XLSX is a ZIP whose parts include the workbook; a plain ZIP or DOCX is not a spreadsheet.
  if (bytes.readUInt32LE(0) === 0x04034b50) {
    const names = bytes.toString("latin1");
    if (names.includes("[Content_Types].xml") && names.includes("xl/workbook.xml")) return "xlsx";
  }
  throw new DisclosureFileRejectedError("Chỉ nhận tệp PDF hoặc bảng tính Excel (.xlsx): nội dung tệp này không phải hai loại đó.");
}

export async function storeDisclosureFile(bytes: Buffer, originalName: string): Promise<{ storedName: string; mimeType: string; size: number }> {
  const type = detectDisclosureFile(bytes);
  const key = randomBytes(12).toString("hex");
  const base = slugify(originalName.replace(/\.[a-z0-9]+$/i, ""), 60) || "tep";
  await mkdir(path.join(uploadsDir(), key), { recursive: true });
  await writeFile(path.join(uploadsDir(), key, `${base}.${type}`), bytes);
  return { storedName: `${key}/${base}.${type}`, mimeType: DISCLOSURE_FILE_TYPES[type], size: bytes.length };
}

export const disclosureFileUrl = (storedName: string) => `/media/${storedName}`;
