import { z } from "zod";
import { checkbox, joinDateTimeInputs, vietnamDateTime } from "./form-fields";
import { CONSENT_MESSAGE, optionalEmail, optionalPhone, QUESTION_FIELDS, toPlainParagraphs } from "./questions";

/**
 * Lấy ý kiến dự thảo: the vocabulary, the state a draft is in, and the two forms' rules
 * (the editor's draft form, the citizen's comment form), shared by the forms and the data
 * layer (db/drafts.ts), which parses with the same schemas.
 */

/** The same lĩnh vực as Hỏi đáp: one vocabulary for the citizens' voice. */
export const DRAFT_FIELDS = QUESTION_FIELDS;

export type DraftState = "chua_mo" | "dang_lay_y_kien" | "da_ket_thuc";

export const DRAFT_STATE_LABELS: Record<DraftState, string> = {
  chua_mo: "Chưa mở",
  dang_lay_y_kien: "Đang lấy ý kiến",
  da_ket_thuc: "Đã kết thúc",
};

/** Open from `opensAt` (included) until `closesAt` (excluded); never typed, never stored. */
export function draftState(draft: { opensAt: Date | string; closesAt: Date | string }, now = new Date()): DraftState {
  const t = now.getTime();
  if (t < new Date(draft.opensAt).getTime()) return "chua_mo";
  if (t < new Date(draft.closesAt).getTime()) return "dang_lay_y_kien";
  return "da_ket_thuc";
}

export const COMMENT_STATE_LABELS = {
  cho_duyet: "Chờ duyệt",
  da_duyet: "Đã duyệt",
  tu_choi: "Từ chối",
  rac: "Thư rác",
} as const;
export type CommentState = keyof typeof COMMENT_STATE_LABELS;

const plain = (label: string, min: number, max: number, { oneLine = false } = {}) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    // Measured before cleaning too: 100 kB of markup is refused, not cleaned and kept.
    .max(max * 2, `${capital(label)} tối đa ${max.toLocaleString("vi-VN")} ký tự.`)
    .transform((v) => (oneLine ? toPlainParagraphs(v).replace(/\s*\n+\s*/g, " ") : toPlainParagraphs(v)))
    .pipe(
      z
        .string()
        .min(min, min <= 1 ? `Vui lòng nhập ${label}.` : `${capital(label)} cần ít nhất ${min} ký tự.`)
        .max(max, `${capital(label)} tối đa ${max.toLocaleString("vi-VN")} ký tự.`),
    );

const optionalPlain = (label: string, max: number, { oneLine = false } = {}) =>
  z
    .string()
    .optional()
    .transform((v) => v ?? "")
    .pipe(plain(label, 0, max, { oneLine }));

function capital(s: string) {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

// ---------------------------------------------------------------- the editor's form

export const DRAFT_DATE_FIELDS = ["opensAt", "closesAt"];

/**
 * A draft as the editor's form posts it (each date as the DateTimeField's two inputs).
 * Every text is kept as plain text; the report (HTML) has its own schema.
 */
export const draftFormSchema = z.preprocess(
  (raw) => joinDateTimeInputs(raw, DRAFT_DATE_FIELDS),
  z
    .object({
      title: plain("tên dự thảo", 10, 300, { oneLine: true }),
      draftingUnit: plain("cơ quan chủ trì soạn thảo", 2, 200, { oneLine: true }),
      field: z.enum(DRAFT_FIELDS, { error: "Vui lòng chọn lĩnh vực." }),
      summary: plain("tóm tắt nội dung", 20, 5000),
      waysToRespond: plain("cách thức góp ý", 10, 2000),
      contactPerson: optionalPlain("người liên hệ", 300, { oneLine: true }),
      opensAt: vietnamDateTime({ required: true, requiredMessage: "Vui lòng nhập ngày và giờ bắt đầu lấy ý kiến." }),
      closesAt: vietnamDateTime({ required: true, requiredMessage: "Vui lòng nhập ngày và giờ kết thúc lấy ý kiến." }),
      moderated: checkbox(),
    })
    .superRefine((v, ctx) => {
      if (v.opensAt && v.closesAt && v.closesAt.getTime() <= v.opensAt.getTime()) {
        ctx.addIssue({ code: "custom", path: ["closesAt"], message: "Thời điểm kết thúc phải sau thời điểm bắt đầu lấy ý kiến." });
      }
    }),
);
export type DraftFormInput = Record<string, string | undefined>;
export type DraftInput = z.output<typeof draftFormSchema>;

/** Reports are long: a few pages of what was accepted and why. */
export const REPORT_MAX_CHARS = 100_000;

// ---------------------------------------------------------------- the citizen's comment

export const COMMENT_MAX_CHARS = 5000;
export const COMMENT_CONSENT_MESSAGE = CONSENT_MESSAGE.replace("gửi câu hỏi", "gửi góp ý");

/**
 * A comment as the form posts it. The contact is optional; given, the consent box must be
 * ticked (Luật 91/2025/QH15: never by default). The name may be a pseudonym: it is shown.
 */
export const commentSchema = z
  .object({
    name: plain("họ tên hoặc bút danh", 2, 100, { oneLine: true }),
    email: optionalEmail,
    phone: optionalPhone,
    clause: optionalPlain("điều, khoản góp ý", 200, { oneLine: true }),
    body: plain("nội dung góp ý", 10, COMMENT_MAX_CHARS),
    consent: z.literal("on").optional(),
    /** The honeypot: hidden from people, filled by bots. */
    website: z.string().max(0, "Không gửi được góp ý.").optional(),
  })
  // Checked even when other fields fail, so the form shows every problem at once.
  .refine((v) => !(v?.email || v?.phone) || v?.consent === "on", { path: ["consent"], message: COMMENT_CONSENT_MESSAGE, when: () => true });
export type CommentInput = z.input<typeof commentSchema>;
