import sanitizeHtml from "sanitize-html";
import { z } from "zod";
import type { Contact } from "./contact-seal";

/**
 * Hỏi đáp vocabulary and the asking form's rules, shared by the form (client) and the
 * server. The data layer (db/questions.ts) parses with the same schema.
 */
export const QUESTION_FIELDS = [
  "Đất đai",
  "Xây dựng, quy hoạch",
  "Hộ tịch, cư trú",
  "Chính sách xã hội",
  "Giáo dục",
  "Y tế, bảo hiểm",
  "Môi trường",
  "Kinh doanh, thuế",
  "Khác",
] as const;

export const QUESTION_STATE_LABELS = {
  moi: "Mới",
  da_phan_cong: "Đã phân công",
  dang_xu_ly: "Đang xử lý",
  cho_duyet: "Chờ duyệt",
  da_tra_loi: "Đã trả lời",
  tu_choi: "Từ chối",
} as const;
export type QuestionState = keyof typeof QUESTION_STATE_LABELS;

/** Initials as readers see the asker: "Nguyễn Văn An" → "N.V.A." (never the name itself). */
export function initialsOf(name: string): string {
  const letters = name
    .normalize("NFC")
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0]!.toLocaleUpperCase("vi"))
    .filter((ch) => /\p{L}/u.test(ch));
  return letters.length ? `${letters.slice(0, 5).join(".")}.` : "Ẩn danh";
}

/**
 * Citizens' text kept as plain paragraphs: tags dropped (never rendered as HTML; React
 * escapes what is left), NFC, control characters out, line breaks kept.
 */
export function toPlainParagraphs(text: string): string {
  return sanitizeHtml(text.normalize("NFC"), { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const plain = (label: string, min: number, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    // Measured before cleaning too: 100 kB of markup is refused, not cleaned and kept.
    .max(max * 2, `${capital(label)} tối đa ${max.toLocaleString("vi-VN")} ký tự.`)
    .transform(toPlainParagraphs)
    .pipe(
      z
        .string()
        .min(min, min <= 1 ? `Vui lòng nhập ${label}.` : `${capital(label)} cần ít nhất ${min} ký tự.`)
        .max(max, `${capital(label)} tối đa ${max.toLocaleString("vi-VN")} ký tự.`),
    );

function capital(s: string) {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** Digits only, +84 written as 0: how a phone number is compared and hashed. */
export function normalizePhone(value: string): string {
  const digits = value.replace(/[^\d+]/g, "");
  return digits.startsWith("+84") ? `0${digits.slice(3)}` : digits.replace(/\+/g, "");
}

export const normalizeEmail = (value: string) => value.trim().toLowerCase();

/** An optional email or phone as citizens type them (Hỏi đáp, comments on drafts), normalized. */
export const optionalEmail = z
  .string()
  .optional()
  .transform((v) => normalizeEmail(v ?? ""))
  .pipe(z.string().max(254, "Thư điện tử quá dài.").refine((v) => v === "" || z.email().safeParse(v).success, "Thư điện tử không hợp lệ, ví dụ ten@example.vn."));

export const optionalPhone = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim())
  .pipe(
    z
      .string()
      .max(20, "Số điện thoại không hợp lệ.")
      .refine((v) => v === "" || /^0\d{9,10}$/.test(normalizePhone(v)), "Số điện thoại không hợp lệ, ví dụ 0912 345 678.")
      .transform((v) => (v === "" ? "" : normalizePhone(v))),
  );

export const CONSENT_MESSAGE = "Vui lòng đánh dấu ô đồng ý xử lý dữ liệu cá nhân để gửi câu hỏi.";
export const CONTACT_MESSAGE = "Vui lòng nhập thư điện tử hoặc số điện thoại để nhận trả lời.";

export const askQuestionSchema = z
  .object({
    name: plain("họ và tên", 2, 100),
    email: optionalEmail,
    phone: optionalPhone,
    address: z
      .string()
      .optional()
      .transform((v) => toPlainParagraphs(v ?? "").replace(/\n/g, " "))
      .pipe(z.string().max(300, "Địa chỉ tối đa 300 ký tự.")),
    field: z.enum(QUESTION_FIELDS, { error: "Vui lòng chọn lĩnh vực." }),
    title: plain("tiêu đề", 10, 200).transform((v) => v.replace(/\n/g, " ")),
    body: plain("nội dung câu hỏi", 20, 5000),
    consent: z.literal("on", { error: CONSENT_MESSAGE }),
    /** The honeypot: hidden from people, filled by bots. */
    website: z.string().max(0, "Không gửi được câu hỏi.").optional(),
  })
  // Checked even when other fields fail, so the form shows every problem at once.
  .refine((v) => Boolean(v?.email || v?.phone), { path: ["email"], message: CONTACT_MESSAGE, when: () => true });
export type AskQuestionInput = z.input<typeof askQuestionSchema>;

/** How long contacts are kept after the answer, in days (then erased by the retention job). */
export const DEFAULT_CONTACT_RETENTION_DAYS = 365;
/** Working days to answer (weekends and the platform's days off skipped). */
export const DEFAULT_ANSWER_WORKING_DAYS = 15;

/** Plain text with web addresses: shown as text (never links) until staff approve it. */
export const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/giu;

const ERASED = "[đã xóa]";

/** Every way the person's email and phone may be written inside text they typed. */
export function redactPerson(text: string, person: { email: string; phone: string }, contact: Contact | null): string {
  const needles = [person.email, person.phone, contact?.email, contact?.phone, contact?.name, contact?.address].filter((n): n is string => Boolean(n && n.length >= 3));
  let out = text;
  for (const needle of needles) out = out.split(needle).join(ERASED);
  if (person.phone) {
    // "0912 345 678", "0912.345.678": the digits with separators between them.
    const spaced = new RegExp(person.phone.split("").join("[\\s.\\-]?"), "g");
    out = out.replace(spaced, ERASED);
  }
  return out;
}
