import { z } from "zod";
import type { CsvColumn } from "./csv-import";
import { id } from "./form-fields";
import { parseVietnamDate } from "./format";

/**
 * One schema for a document's fields, shared by the editor's form, the CSV import and the
 * data layer. Dates are typed dd/mm/yyyy and kept as YYYY-MM-DD; an impossible day
 * (31/02) is refused with lib/format's message.
 */
const NUMBER = /^[\p{L}\p{N}](?:[\p{L}\p{N}/.\-–_ ]*[\p{L}\p{N}])?$/u;

export const documentNumber = z
  .string()
  .trim()
  .min(1, "Vui lòng nhập số/ký hiệu văn bản.")
  .max(60, "Số/ký hiệu tối đa 60 ký tự.")
  .transform((v) => v.normalize("NFC").replace(/\s+/g, " "))
  .refine((v) => NUMBER.test(v), "Số/ký hiệu chỉ gồm chữ, số và các dấu / - . (ví dụ 123/QĐ-UBND).");

const day = (label: string, required: boolean) =>
  z
    .string()
    .optional()
    .transform((value, ctx): string | null => {
      if (!value?.trim()) {
        if (required) ctx.addIssue({ code: "custom", message: `Vui lòng nhập ${label} (dd/mm/yyyy).` });
        return null;
      }
      const parsed = parseVietnamDate(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${parsed.message}` });
      return z.NEVER;
    });

const sourceUrl = z
  .string()
  .trim()
  .max(500, "Đường dẫn tối đa 500 ký tự.")
  .default("")
  .refine((v) => v === "" || /^https?:\/\/[^\s<>"]+$/i.test(v), "Đường dẫn nguồn cần bắt đầu bằng http:// hoặc https://.");

export const documentContentSchema = z.object({
  number: documentNumber,
  signer: z.string().trim().max(120, "Người ký tối đa 120 ký tự.").default(""),
  signerTitle: z.string().trim().max(120, "Chức vụ tối đa 120 ký tự.").default(""),
  issuedOn: day("ngày ban hành", true),
  effectiveOn: day("ngày hiệu lực", false),
  expiresOn: day("ngày hết hiệu lực", false),
  summary: z.string().trim().min(5, "Trích yếu cần ít nhất 5 ký tự.").max(1000, "Trích yếu tối đa 1.000 ký tự."),
  sourceUrl,
});

/** Dates that contradict each other are refused where they are typed. */
function checkDates(input: { issuedOn: string | null; effectiveOn: string | null; expiresOn: string | null }, ctx: z.RefinementCtx) {
  if (input.issuedOn && input.effectiveOn && input.effectiveOn < input.issuedOn) ctx.addIssue({ code: "custom", path: ["effectiveOn"], message: "Ngày hiệu lực không được trước ngày ban hành." });
  const start = input.effectiveOn ?? input.issuedOn;
  if (start && input.expiresOn && input.expiresOn <= start) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Ngày hết hiệu lực phải sau ngày có hiệu lực." });
}

export const documentFormSchema = documentContentSchema
  .extend({
    typeId: id("Vui lòng chọn loại văn bản."),
    issuerId: id("Vui lòng chọn cơ quan ban hành."),
    fieldIds: z.array(id("Lĩnh vực không hợp lệ.")).max(20).default([]),
  })
  .superRefine(checkDates);
export type DocumentForm = z.infer<typeof documentFormSchema>;

/** A CSV row names its loại, cơ quan and lĩnh vực (separated by ";"); the data layer finds them. */
export const documentCsvSchema = documentContentSchema
  .extend({
    typeName: z.string().trim().min(1, "Thiếu loại văn bản."),
    issuerName: z.string().trim().min(1, "Thiếu cơ quan ban hành."),
    fieldNames: z
      .string()
      .default("")
      .transform((v) => v.split(";").map((s) => s.trim()).filter(Boolean)),
  })
  .superRefine(checkDates);
export type DocumentCsvRow = z.infer<typeof documentCsvSchema>;

export const DOCUMENT_CSV_COLUMNS: readonly CsvColumn[] = [
  { key: "number", header: "Số/ký hiệu", required: true, example: "15/QĐ-UBND" },
  { key: "typeName", header: "Loại văn bản", required: true, example: "Quyết định" },
  { key: "issuerName", header: "Cơ quan ban hành", required: true, example: "Ủy ban nhân dân" },
  { key: "fieldNames", header: "Lĩnh vực", example: "Đất đai; Xây dựng" },
  { key: "signer", header: "Người ký", example: "Nguyễn Văn A" },
  { key: "signerTitle", header: "Chức vụ", example: "Chủ tịch" },
  { key: "issuedOn", header: "Ngày ban hành", required: true, example: "15/01/2026" },
  { key: "effectiveOn", header: "Ngày hiệu lực", example: "15/01/2026" },
  { key: "expiresOn", header: "Ngày hết hiệu lực", example: "" },
  { key: "summary", header: "Trích yếu", required: true, example: "Về việc ban hành kế hoạch cải cách hành chính năm 2026" },
  { key: "sourceUrl", header: "Đường dẫn nguồn", example: "https://vanban.chinhphu.vn/" },
];

/** Attachments: by content, not by name (lib/document-files.ts). */
export const DOCUMENT_FILE_KINDS = "PDF, DOC, DOCX, XLS, XLSX, ODT";
