"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createDraft, moderateComment, moderationSchema, reportSchema, saveDraft, saveReport, viewCommentContact } from "@/db/drafts";
import { getDb } from "@/db/index";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateDraft } from "@/lib/cache";
import { draftFormSchema, type DraftFormInput } from "@/lib/drafts";
import { id as idField } from "@/lib/form-fields";

const LIST = "/admin/du-thao";
const id = idField("Không tìm thấy dự thảo.");
/** The form's text entries, as the data layer parses them again with the same schema. */
const raw = (formData: FormData) => Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")) as DraftFormInput;

function refreshed(draftId?: number) {
  revalidatePath(LIST);
  revalidatePath(`${LIST}/y-kien`);
  if (draftId) revalidatePath(`${LIST}/${draftId}`);
}

export async function createDraftAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let created: number | undefined;
  const result = await adminAction("draft.manage", draftFormSchema, formData, async (actor, _input, ip) => {
    const draft = await createDraft(await getDb(), actor, raw(formData), ip);
    invalidateDraft(actor.siteId, draft.slug);
    created = draft.id;
  });
  if (result.ok && created) {
    refreshed();
    redirect(`${LIST}/${created}?tb=da-tao`);
  }
  return result;
}

export async function saveDraftAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("draft.manage", draftFormSchema.and(z.object({ id })), formData, async (actor, input, ip) => {
    const saved = await saveDraft(await getDb(), actor, input.id, raw(formData), ip);
    invalidateDraft(actor.siteId, saved.slug);
    refreshed(input.id);
    return { ok: true, message: "Đã lưu. Thay đổi hiển thị ngay trên cổng thông tin." };
  });
}

const reportForm = z.object({ id, report: reportSchema.shape.report, intent: z.enum(["publish", "unpublish"], { error: "Thao tác không hợp lệ." }) });

/** The báo cáo tiếp thu, giải trình: published on the draft's page (or taken down). */
export async function saveReportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("draft.manage", reportForm, formData, async (actor, input, ip) => {
    const saved = await saveReport(await getDb(), actor, input.id, { report: input.report, publish: input.intent === "publish" }, ip);
    invalidateDraft(actor.siteId, saved.slug);
    refreshed(input.id);
    return { ok: true, message: saved.published ? "Đã công bố báo cáo tiếp thu, giải trình trên trang của dự thảo." : "Đã gỡ báo cáo khỏi trang của dự thảo (nội dung vẫn được lưu)." };
  });
}

const DONE = { approve: "Đã duyệt: góp ý hiển thị công khai.", reject: "Đã từ chối: góp ý không hiển thị.", spam: "Đã đánh dấu là thư rác và xóa thông tin liên hệ." } as const;

export async function moderateCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("draft.moderate", moderationSchema, formData, async (actor, input, ip) => {
    const done = await moderateComment(await getDb(), actor, input.commentId, input.decision, ip);
    invalidateDraft(actor.siteId, done.slug);
    refreshed(done.draftId);
    return { ok: true, message: DONE[input.decision] };
  });
}

export type CommentContactState = ActionState & { contact?: { name: string; email: string; phone: string } | null };

/** Shows a commenter's contact to the moderator; the view is logged. */
export async function viewCommentContactAction(_previous: CommentContactState, formData: FormData): Promise<CommentContactState> {
  let contact: CommentContactState["contact"];
  const result = await adminAction("draft.moderate", z.object({ commentId: moderationSchema.shape.commentId }), formData, async (actor, input, ip) => {
    const found = await viewCommentContact(await getDb(), actor, input.commentId, ip);
    contact = found ? { name: found.name, email: found.email, phone: found.phone } : null;
    return { ok: true, message: found ? "Lần xem này đã được ghi vào nhật ký." : "Không có thông tin liên hệ (không để lại, đã hết hạn lưu hoặc đã xóa theo yêu cầu)." };
  });
  return { ...result, contact: result.ok ? contact : undefined };
}
