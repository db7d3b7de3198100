import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { uploadsDir } from "./config";
import { slugify } from "./slug";

/**
 * Attachments of documents (văn bản): PDF, DOC/DOCX, XLS/XLSX, ODT, recognised by their
 * content (magic bytes), never by the name or the browser's type. Stored like media
 * uploads (lib/media.ts): UPLOADS_DIR/<random key>/<name>, served by app/media.
 * A PDF's text is extracted once here so the register can search it.
 */
export const DOCUMENT_FILE_TYPES = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
} as const;
export type DocumentFileExt = keyof typeof DOCUMENT_FILE_TYPES;

export const DOCUMENT_FILE_LABELS: Record<DocumentFileExt, string> = { pdf: "PDF", doc: "Word", docx: "Word", xls: "Excel", xlsx: "Excel", odt: "OpenDocument" };

export class DocumentFileRejectedError extends Error {}

/** Extracted text kept per file: enough for any real document, bounded for the index. */
const MAX_TEXT_CHARS = 300_000;

/** Upload size limit for attachments in bytes (MAX_DOCUMENT_MB, default 20). */
export function maxDocumentBytes(): number {
  const mb = Number(process.env.MAX_DOCUMENT_MB);
  return Math.floor((Number.isFinite(mb) && mb > 0 ? mb : 20) * 1024 * 1024);
}

export function documentLimitText(): string {
  return `${Math.round((maxDocumentBytes() / 1024 / 1024) * 10) / 10} MB`;
}

export function documentTooLargeMessage(): string {
  return `Tệp vượt quá dung lượng cho phép (tối đa ${documentLimitText()} mỗi tệp).`;
}

const REFUSED = "Tệp không phải PDF, DOC, DOCX, XLS, XLSX hoặc ODT (kiểm tra theo nội dung tệp, không theo tên tệp).";

/** The attachment's real kind, from its bytes; old Word and Excel share one container, told apart by the name. */
export async function detectDocumentFile(input: Buffer, originalName: string): Promise<DocumentFileExt> {
  if (input.length === 0) throw new DocumentFileRejectedError("Tệp rỗng.");
  const found = await fileTypeFromBuffer(input);
  const named = path.extname(originalName).slice(1).toLowerCase();
  if (!found) throw new DocumentFileRejectedError(REFUSED);
  if (found.ext === "cfb") {
    if (named === "doc" || named === "xls") return named;
    throw new DocumentFileRejectedError("Tệp Word/Excel đời cũ cần có đuôi .doc hoặc .xls.");
  }
  if (found.ext in DOCUMENT_FILE_TYPES) return found.ext as DocumentFileExt;
  throw new DocumentFileRejectedError(REFUSED);
}

/** The text of a PDF, NFC, whitespace collapsed; refuses a file that is not a readable PDF. */
export async function extractPdfText(input: Buffer): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  try {
    const pdf = await getDocumentProxy(new Uint8Array(input));
    const { text } = await extractText(pdf, { mergePages: true });
    return text.normalize("NFC").replace(/\u0000/g, "").replace(/\s+/g, " ").trim().slice(0, MAX_TEXT_CHARS);
  } catch {
    throw new DocumentFileRejectedError("Tệp PDF bị hỏng hoặc không đọc được.");
  }
}

export type StoredDocumentFile = { storageKey: string; fileName: string; originalName: string; mimeType: string; bytes: number; text: string };

/** Checks, extracts and writes one attachment; nothing is written when it is refused. */
export async function storeDocumentFile(input: Buffer, originalName: string): Promise<StoredDocumentFile> {
  if (input.length > maxDocumentBytes()) throw new DocumentFileRejectedError(documentTooLargeMessage());
  const ext = await detectDocumentFile(input, originalName);
  const text = ext === "pdf" ? await extractPdfText(input) : "";
  return { ...(await writeDocumentFile(input, originalName, ext)), text };
}

/** Writes an already checked file under a new random key (uploads and the demo seed). */
export async function writeDocumentFile(input: Buffer, originalName: string, ext: DocumentFileExt): Promise<Omit<StoredDocumentFile, "text">> {
  const name = originalName.normalize("NFC").trim().slice(0, 200) || `van-ban.${ext}`;
  const base = slugify(path.basename(name, path.extname(name)), 60) || "van-ban";
  const storageKey = randomBytes(12).toString("hex");
  const fileName = `${base}.${ext}`;
  const folder = path.join(/*turbopackIgnore: true*/ uploadsDir(), storageKey);
  await mkdir(folder, { recursive: true });
  try {
    await writeFile(path.join(/*turbopackIgnore: true*/ folder, fileName), input);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return { storageKey, fileName, originalName: name, mimeType: DOCUMENT_FILE_TYPES[ext], bytes: input.length };
}

export async function removeDocumentFile(storageKey: string): Promise<void> {
  if (!/^[a-f0-9]{24}$/.test(storageKey)) return;
  await rm(path.join(/*turbopackIgnore: true*/ uploadsDir(), storageKey), { recursive: true, force: true });
}

export function documentFileUrl(file: { storageKey: string; fileName: string }): string {
  return `/media/${file.storageKey}/${file.fileName}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("vi-VN")} KB`;
  return `${(Math.round((bytes / 1024 / 1024) * 10) / 10).toLocaleString("vi-VN")} MB`;
}
