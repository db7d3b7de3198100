import { ATTACHMENT_TYPES, AttachmentRejectedError, attachmentUrl, checkAttachment, storeAttachment } from "./attachments";
import { uploadStore } from "./storage";
import { collapseWhitespace } from "./plain-text";

/**
 * Attachments of documents (văn bản): PDF, DOC/DOCX, XLS/XLSX, ODT, checked and stored as
 * every register's files are (lib/attachments.ts: by content, in the upload store, served
 * by app/media), with the register's own size limit. A PDF's text is extracted once here
 * so the register can search it.
 */
export const DOCUMENT_FILE_EXTS = ["pdf", "doc", "docx", "xls", "xlsx", "odt"] as const;
export type DocumentFileExt = (typeof DOCUMENT_FILE_EXTS)[number];

export const DOCUMENT_FILE_LABELS: Record<DocumentFileExt, string> = { pdf: "PDF", doc: "Word", docx: "Word", xls: "Excel", xlsx: "Excel", odt: "OpenDocument" };

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

const rules = () => ({ allowed: DOCUMENT_FILE_EXTS, maxBytes: maxDocumentBytes(), tooLarge: documentTooLargeMessage() });

/** The attachment's real kind, from its bytes (lib/attachments.ts). */
export async function detectDocumentFile(input: Buffer, originalName: string): Promise<DocumentFileExt> {
  return (await checkAttachment(input, originalName, rules())) as DocumentFileExt;
}

/** The text of a PDF, NFC, whitespace collapsed; refuses a file that is not a readable PDF. */
export async function extractPdfText(input: Buffer): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  try {
    const pdf = await getDocumentProxy(new Uint8Array(input));
    const { text } = await extractText(pdf, { mergePages: true });
    return collapseWhitespace(text.normalize("NFC").replace(/\u0000/g, "")).slice(0, MAX_TEXT_CHARS);
  } catch {
    throw new AttachmentRejectedError("Tệp PDF bị hỏng hoặc không đọc được.");
  }
}

export type StoredDocumentFile = { storageKey: string; fileName: string; originalName: string; mimeType: string; bytes: number; text: string };

/** Checks, extracts and writes one attachment; nothing is written when it is refused. */
export async function storeDocumentFile(input: Buffer, originalName: string): Promise<StoredDocumentFile> {
  const ext = await detectDocumentFile(input, originalName);
  const text = ext === "pdf" ? await extractPdfText(input) : "";
  return { ...(await writeDocumentFile(input, originalName, ext)), text };
}

/** Writes an already checked file under a new random key (uploads and the demo seed). */
export async function writeDocumentFile(input: Buffer, originalName: string, ext: DocumentFileExt): Promise<Omit<StoredDocumentFile, "text">> {
  const name = originalName.normalize("NFC").trim().slice(0, 200) || `van-ban.${ext}`;
  const stored = await storeAttachment(input, name, { ...rules(), allowed: [ext] });
  const [storageKey, fileName] = stored.path.split("/") as [string, string];
  return { storageKey, fileName, originalName: stored.originalName, mimeType: ATTACHMENT_TYPES[ext].mime, bytes: stored.bytes };
}

export async function removeDocumentFile(storageKey: string): Promise<void> {
  await uploadStore().removeFolder(storageKey);
}

export function documentFileUrl(file: { storageKey: string; fileName: string }): string {
  return attachmentUrl(`${file.storageKey}/${file.fileName}`);
}
