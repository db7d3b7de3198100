"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  approveRevision,
  createArticle,
  restoreRevision,
  saveArticle,
  transitionArticle,
  type Transition,
} from "@/db/article-editor";
import { getDb } from "@/db/index";
import { adminAction, type ActionState } from "@/lib/auth/action";
import { invalidateArticle } from "@/lib/cache";
import { articleFormSchema } from "@/lib/article-form";
import { id as idField } from "@/lib/form-fields";
import { formatTime, vietnamTime } from "@/lib/format";

const id = idField();

/** The editor's own pages show the new state after the action. */
function refreshAdmin(articleId: number) {
  revalidatePath(`/admin/bai-viet/${articleId}`);
  revalidatePath("/admin/bai-viet");
}


export async function createArticleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let createdId: number | undefined;
  const result = await adminAction("article.write", articleFormSchema, formData, async (user, input, ip) => {
    createdId = (await createArticle(await getDb(), user, input, ip)).id;
  });
  if (result.ok && createdId) redirect(`/admin/bai-viet/${createdId}?tb=da-tao`);
  return result;
}

export async function saveArticleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const schema = articleFormSchema.extend({ id, intent: z.enum(["save", "apply", "autosave"]).default("save") });
  const result = await adminAction("article.write", schema, formData, async (user, input, ip) => {
    const saved = await saveArticle(await getDb(), user, input.id, input, { applyNow: input.intent === "apply", autosave: input.intent === "autosave", ip });
    invalidateArticle({ siteId: user.siteId, slugs: [saved.slug, saved.previousSlug], categoryIds: saved.categoryIds });
    if (input.intent !== "autosave") refreshAdmin(input.id);
    if (saved.pendingRevisionId) return { ok: true, message: "Đã lưu bản sửa. Bài đang đăng giữ nguyên cho đến khi biên tập viên duyệt." };
    return { ok: true, message: input.intent === "autosave" ? `Đã tự động lưu lúc ${formatTime(new Date())}.` : "Đã lưu." };
  });
  return result;
}

const transitionSchema = z.object({
  id,
  transition: z.enum(["submit", "publish", "schedule", "send_back", "archive", "restore_draft"]),
  publishAt: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      try {
        return vietnamTime(v.replace("T", " "));
      } catch {
        ctx.addIssue({ code: "custom", message: "Thời điểm không hợp lệ." });
        return z.NEVER;
      }
    }),
  comment: z.string().max(500).optional(),
});

const TRANSITION_DONE: Record<Transition, string> = {
  submit: "Đã gửi bài cho biên tập viên duyệt.",
  publish: "Đã xuất bản. Bài hiển thị ngay trên cổng thông tin.",
  schedule: "Đã hẹn giờ đăng.",
  send_back: "Đã trả lại bài cho tác giả.",
  archive: "Đã gỡ bài khỏi cổng thông tin.",
  restore_draft: "Đã chuyển bài về bản nháp.",
};

export async function transitionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("article.write", transitionSchema, formData, async (user, input, ip) => {
    const done = await transitionArticle(await getDb(), user, input.id, input.transition, { publishAt: input.publishAt, comment: input.comment, ip });
    invalidateArticle({ siteId: user.siteId, slugs: [done.slug], categoryIds: done.categoryIds });
    refreshAdmin(input.id);
    return { ok: true, message: TRANSITION_DONE[input.transition] };
  });
}

export async function approveRevisionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("article.publish", z.object({ id, revisionId: id }), formData, async (user, input, ip) => {
    const done = await approveRevision(await getDb(), user, input.id, input.revisionId, ip);
    invalidateArticle({ siteId: user.siteId, slugs: [done.slug], categoryIds: done.categoryIds });
    refreshAdmin(input.id);
    return { ok: true, message: "Đã duyệt: bản sửa đã lên cổng thông tin." };
  });
}

export async function restoreRevisionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("article.write", z.object({ id, revisionId: id }), formData, async (user, input, ip) => {
    const done = await restoreRevision(await getDb(), user, input.id, input.revisionId, ip);
    invalidateArticle({ siteId: user.siteId, slugs: [done.slug, done.previousSlug], categoryIds: done.categoryIds });
    refreshAdmin(input.id);
    return { ok: true, message: `Đã khôi phục phiên bản #${input.revisionId} thành phiên bản mới nhất.` };
  });
}
