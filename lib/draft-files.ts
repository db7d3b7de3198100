import { removeAttachment, storeAttachment } from "./attachments";
import { maxDocumentBytes, documentLimitText, documentTooLargeMessage } from "./document-files";

/**
 * Files of drafts for public comment and of their reports (báo cáo tiếp thu, giải trình):
 * PDF or Word, checked by their bytes and stored as every register's files are
 * (lib/attachments.ts), with the documents' size limit (MAX_DOCUMENT_MB): a draft is a
 * document before it is issued.
 */
export const DRAFT_FILE_TYPES = ["pdf", "doc", "docx", "odt"] as const;
export const DRAFT_FILE_KINDS = "PDF, Word (DOC, DOCX) hoặc ODT";
export const draftFileLimitText = documentLimitText;
export const maxDraftFileBytes = maxDocumentBytes;

export type StoredDraftFile = { path: string; originalName: string; mimeType: string; bytes: number };

/** Checks and writes one file; throws AttachmentRejectedError with the message to show. */
export async function storeDraftFile(input: Buffer, originalName: string): Promise<StoredDraftFile> {
  const stored = await storeAttachment(input, originalName.normalize("NFC").trim() || "du-thao.pdf", { allowed: DRAFT_FILE_TYPES, maxBytes: maxDocumentBytes(), tooLarge: documentTooLargeMessage() });
  return { path: stored.path, originalName: stored.originalName, mimeType: stored.mimeType, bytes: stored.bytes };
}

export const removeDraftFileBytes = removeAttachment;
