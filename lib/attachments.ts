import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { maxUploadBytes, tooLargeMessage } from "@/lib/media";
import { slugify } from "@/lib/slug";
import { uploadStore } from "@/lib/storage";

/**
 * Attached files of the registers (documents, budget disclosures, answers…): PDF, Word,
 * Excel and OpenDocument files, recognised by their content, never by their name, and
 * kept beside the images in the upload store (lib/storage.ts, served by app/media/[...path]). Images
 * go through lib/media.ts instead, which re-encodes them.
 */
export const ATTACHMENT_TYPES = {
  pdf: { mime: "application/pdf", label: "PDF", inline: true },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word (DOCX)", inline: false },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel (XLSX)", inline: false },
  odt: { mime: "application/vnd.oasis.opendocument.text", label: "OpenDocument (ODT)", inline: false },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", label: "OpenDocument (ODS)", inline: false },
  doc: { mime: "application/msword", label: "Word 97–2003 (DOC)", inline: false },
  xls: { mime: "application/vnd.ms-excel", label: "Excel 97–2003 (XLS)", inline: false },
} as const;

export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;

export const ACCEPTED_ATTACHMENTS = "PDF, DOC, DOCX, XLS, XLSX, ODT, ODS";

export class AttachmentRejectedError extends Error {}

export type StoredAttachment = {
  /** `<24 hex>/<file name>`: the path under /media/. */
  path: string;
  originalName: string;
  extension: AttachmentExtension;
  mimeType: string;
  bytes: number;
};

/**
 * The file's real type from its bytes. Old Word and Excel files are both OLE containers
 * ("cfb"), told apart only by the name, which is trusted for that alone.
 */
export async function sniffAttachment(input: Buffer, originalName: string): Promise<AttachmentExtension | null> {
  const detected = await fileTypeFromBuffer(input);
  if (!detected) return null;
  if (detected.ext === "cfb") {
    const named = path.extname(originalName).toLowerCase();
    return named === ".doc" ? "doc" : named === ".xls" ? "xls" : null;
  }
  return detected.ext in ATTACHMENT_TYPES ? (detected.ext as AttachmentExtension) : null;
}

export type AttachmentRules = {
  /** The types one register takes (a budget report is a PDF or a spreadsheet). */
  allowed?: readonly AttachmentExtension[];
  /** Its size limit, when not MAX_UPLOAD_MB (documents have their own). */
  maxBytes?: number;
  tooLarge?: string;
};

/** The file's type, checked against a register's rules; throws the message to show. */
export async function checkAttachment(input: Buffer, originalName: string, rules: AttachmentRules = {}): Promise<AttachmentExtension> {
  if (input.length === 0) throw new AttachmentRejectedError("Tệp rỗng.");
  if (input.length > (rules.maxBytes ?? maxUploadBytes())) throw new AttachmentRejectedError(rules.tooLarge ?? tooLargeMessage());
  const extension = await sniffAttachment(input, originalName);
  if (!extension || (rules.allowed && !rules.allowed.includes(extension))) {
    const accepted = rules.allowed ? rules.allowed.map((e) => e.toUpperCase()).join(", ") : ACCEPTED_ATTACHMENTS;
    throw new AttachmentRejectedError(`Tệp không phải là ${accepted} (kiểm tra theo nội dung tệp, không theo tên tệp).`);
  }
  return extension;
}

export async function storeAttachment(input: Buffer, originalName: string, rules: AttachmentRules = {}): Promise<StoredAttachment> {
  const extension = await checkAttachment(input, originalName, rules);
  const name = originalName.normalize("NFC").slice(0, 200);
  const base = slugify(path.basename(name, path.extname(name)), 60) || "tep";
  const folder = randomBytes(12).toString("hex");
  const file = `${base}.${extension}`;
  await uploadStore().put(`${folder}/${file}`, input, ATTACHMENT_TYPES[extension].mime);
  return { path: `${folder}/${file}`, originalName: name, extension, mimeType: ATTACHMENT_TYPES[extension].mime, bytes: input.length };
}

/** Where readers get a stored attachment. */
export const attachmentUrl = (storedPath: string) => `/media/${storedPath}`;

/** Removes a stored attachment's folder; used when its row is deleted or not saved. */
export async function removeAttachment(storedPath: string): Promise<void> {
  await uploadStore().removeFolder(storedPath.split("/")[0] ?? "");
}
