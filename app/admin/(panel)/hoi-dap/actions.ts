"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import {
  answerSchema,
  assignQuestion,
  assignSchema,
  erasePersonData,
  exportPersonData,
  markSpam,
  personSchema,
  publishAnswer,
  rejectQuestion,
  rejectSchema,
  saveAnswer,
  sendBackAnswer,
  viewContact,
} from "@/db/questions";
import { getSiteChrome } from "@/db/reader-data";
import { getSites } from "@/db/site-directory";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateDraft, invalidateQuestion } from "@/lib/cache";
import { formatDate } from "@/lib/format";
import { id } from "@/lib/form-fields";
import { sendMail } from "@/lib/mailer";

const LIST = "/admin/hoi-dap";
const questionId = id("Không tìm thấy câu hỏi.");

function refreshed(questionId: number) {
  revalidatePath(LIST);
  revalidatePath(`${LIST}/${questionId}`);
}

export type ContactState = ActionState & { contact?: { name: string; email: string; phone: string; address: string } | null };

/** Shows the asker's contact to the person handling the question; the view is logged. */
export async function viewContactAction(_previous: ContactState, formData: FormData): Promise<ContactState> {
  let contact: ContactState["contact"];
  const result = await adminAction("question.handle", z.object({ id: questionId }), formData, async (actor, input, ip) => {
    contact = await viewContact(await getDb(), actor, input.id, ip);
    return { ok: true, message: contact ? "Lần xem này đã được ghi vào nhật ký." : "Thông tin liên hệ đã được xóa theo thời hạn lưu hoặc theo yêu cầu." };
  });
  return { ...result, contact: result.ok ? contact : undefined };
}

export async function assignAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("question.handle", assignSchema.extend({ id: questionId }), formData, async (actor, input, ip) => {
    await assignQuestion(await getDb(), actor, input.id, input, ip);
    refreshed(input.id);
    return { ok: true, message: `Đã phân công cho ${input.unitName}.` };
  });
}

const answerForm = z.object({
  id: questionId,
  answer: answerSchema.shape.answer,
  attachments: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^\d{1,9}$/, "Mã tệp đính kèm không hợp lệ.").transform(Number)).max(10, "Tối đa 10 tệp đính kèm.")),
  intent: z.enum(["save", "submit"], { error: "Thao tác không hợp lệ." }),
});

export async function saveAnswerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("question.handle", answerForm, formData, async (actor, input, ip) => {
    await saveAnswer(await getDb(), actor, input.id, { answer: input.answer, attachments: input.attachments, submit: input.intent === "submit" }, ip);
    refreshed(input.id);
    return { ok: true, message: input.intent === "submit" ? "Đã gửi bản trả lời để biên tập viên duyệt." : "Đã lưu bản nháp trả lời." };
  });
}

/**
 * The editor's review: publishes the answer, expires the Hỏi đáp pages, and emails the
 * asker when they left an address and SMTP_URL is set (the tracking page otherwise).
 */
export async function publishAnswerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("question.publish", z.object({ id: questionId }), formData, async (actor, input, ip) => {
    const db = await getDb();
    const published = await publishAnswer(db, actor, input.id, ip);
    invalidateQuestion(actor.siteId, published.slug);
    refreshed(input.id);
    let mailed = false;
    if (published.contact?.email) {
      const site = (await getSites()).find((s) => s.id === actor.siteId)!;
      const { settings, origin } = await getSiteChrome(site);
      mailed = await sendMail({
        to: published.contact.email,
        subject: `Câu hỏi của bạn đã được trả lời: ${published.title}`,
        text: [
          `Kính gửi ${published.contact.name},`,
          "",
          `${settings.agencyName} đã trả lời câu hỏi “${published.title}” của bạn (ngày ${formatDate(new Date())}).`,
          `Xem trả lời: ${origin}/hoi-dap/${published.slug}`,
          `Theo dõi bằng mã tra cứu ${published.trackingCode}: ${origin}/hoi-dap/tra-cuu?ma=${published.trackingCode}`,
          "",
          `${settings.portalName}`,
        ].join("\n"),
      });
    }
    return { ok: true, message: `Đã công khai câu trả lời${mailed ? " và gửi thư báo cho người hỏi" : ""}.` };
  });
}

export async function sendBackAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("question.publish", z.object({ id: questionId }), formData, async (actor, input, ip) => {
    await sendBackAnswer(await getDb(), actor, input.id, ip);
    refreshed(input.id);
    return { ok: true, message: "Đã trả lại bản trả lời để sửa." };
  });
}

export async function rejectAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("question.publish", rejectSchema.extend({ id: questionId }), formData, async (actor, input, ip) => {
    await rejectQuestion(await getDb(), actor, input.id, input, ip);
    refreshed(input.id);
    return { ok: true, message: "Đã từ chối câu hỏi." };
  });
}

export async function markSpamAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("question.publish", z.object({ id: questionId }), formData, async (actor, input, ip) => {
    await markSpam(await getDb(), actor, input.id, ip);
    refreshed(input.id);
    return { ok: true, message: "Đã đánh dấu là thư rác và xóa thông tin liên hệ." };
  });
}

export type ExportState = ActionState & { exported?: string };

/** One person's data as JSON (a data subject's request); the export is logged. */
export async function exportPersonAction(_previous: ExportState, formData: FormData): Promise<ExportState> {
  let exported: string | undefined;
  const result = await adminAction("personal_data.manage", personSchema, formData, async (actor, input, ip) => {
    const data = await exportPersonData(await getDb(), actor, input, ip);
    exported = JSON.stringify(data, null, 2);
    return { ok: true, message: `Tìm thấy ${data.questions.length} câu hỏi và ${data.draftComments.length} góp ý dự thảo của người này.` };
  });
  return { ...result, exported };
}

export async function erasePersonAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("personal_data.manage", personSchema, formData, async (actor, input, ip) => {
    const { deleted, anonymised, comments } = await erasePersonData(await getDb(), actor, input, ip);
    // Anonymised answers and comments show "Ẩn danh" and the redacted text from now on.
    for (const slug of anonymised) invalidateQuestion(actor.siteId, slug);
    for (const slug of comments.slugs) invalidateDraft(actor.siteId, slug);
    revalidatePath(LIST);
    return {
      ok: true,
      message: `Đã xóa ${deleted} câu hỏi chưa trả lời và ẩn danh ${anonymised.length} câu hỏi đã công khai; xóa ${comments.deleted} góp ý dự thảo chưa duyệt và ẩn danh ${comments.anonymised} góp ý đã công khai.`,
    };
  });
}
