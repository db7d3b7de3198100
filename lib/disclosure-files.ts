import { checkAttachment, storeAttachment } from "@/lib/attachments";

/**
 * Files of budget reports, projects and procurement notices: PDF or XLSX, checked and
 * stored as every register's files are (lib/attachments.ts: by their bytes, in the upload
 * store, served by /media).
 */
export const DISCLOSURE_FILE_TYPES = ["pdf", "xlsx"] as const;

/** Throws the message to show when the bytes are not a PDF or an XLSX workbook. */
export async function checkDisclosureFile(bytes: Buffer, name: string): Promise<void> {
  await checkAttachment(bytes, name, { allowed: DISCLOSURE_FILE_TYPES });
}

export async function storeDisclosureFile(bytes: Buffer, originalName: string): Promise<{ storedName: string; mimeType: string; size: number }> {
  const stored = await storeAttachment(bytes, originalName, { allowed: DISCLOSURE_FILE_TYPES });
  return { storedName: stored.path, mimeType: stored.mimeType, size: stored.bytes };
}
