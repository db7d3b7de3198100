"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  approveRevision,
  bulkUpdateArticles,
  createArticle,
  restoreRevision,
  saveArticle,
  transitionArticle,
  type Transition,
} from "@/db/article-editor";
import { getDb } from "@/db/index";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateArticle } from "@/lib/cache";
import { articleFormSchema } from "@/lib/article-form";
import { id as idField, joinDateTimeInputs, vietnamDateTime } from "@/lib/form-fields";
import { formatTime } from "@/lib/format";
import { nestedForm } from "@/lib/form-data";

const id = idField();

/** The editor's own pages show the new state after the action. */
function refreshAdmin(articleId: number) {
  revalidatePath(`/admin/bai-viet/${articleId}`);
  revalidatePath("/admin/bai-viet");
}


/** What the new-article screen's buttons do after creating the draft, and where they land. */
const CREATE_INTENTS = {
  draft: { notice: "da-tao" },
  submit: { notice: "da-gui-duyet" },
  publish: { notice: "da-dang" },
  schedule: { notice: "da-hen-gio" },
} as const;

const createSchema = z.preprocess(
  (raw) => joinDateTimeInputs(raw, ["publishAt"]),
  articleFormSchema
    .extend({
      intent: z.enum(["draft", "submit", "publish", "schedule"]).default("draft"),
      publishAt: vietnamDateTime(),
    })
    .superRefine((input, ctx) => {
      if (input.intent === "schedule" && !input.publishAt) ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Vui lòng nhập ngày và giờ đăng." });
    }),
);

/**
 * The new-article screen: save a draft, send it for review, publish it or schedule it,
 * in one go (one transaction: a refused step leaves no stray draft). The role decides
 * which steps are allowed; the data layer checks it again.
 */
export async function createArticleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let created: { id: number; notice: string } | undefined;
  const result = await adminAction("article.write", createSchema, formData, async (user, input, ip) => {
    const then = input.intent === "draft" ? undefined : { transition: input.intent, publishAt: input.publishAt ?? undefined };
    const done = await createArticle(await getDb(), user, input, ip, then);
    if (done.status === "published" || done.status === "scheduled") invalidateArticle({ siteId: user.siteId, slugs: [done.slug], categoryIds: done.categoryIds });
    created = { id: done.id, notice: CREATE_INTENTS[input.intent].notice };
  });
  if (result.ok && created) {
    revalidatePath("/admin/bai-viet");
    redirect(`/admin/bai-viet/${created.id}?tb=${created.notice}`);
  }
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

const transitionSchema = z.preprocess(
  (raw) => joinDateTimeInputs(raw, ["publishAt"]),
  z.object({
    id,
    transition: z.enum(["submit", "publish", "schedule", "send_back", "archive", "restore_draft"]),
    publishAt: vietnamDateTime(),
    comment: z.string().max(500).optional(),
  }).superRefine((input, ctx) => {
    if (input.transition === "schedule" && !input.publishAt) ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Vui lòng nhập ngày và giờ đăng." });
  }),
);

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
    const done = await transitionArticle(await getDb(), user, input.id, input.transition, { publishAt: input.publishAt ?? undefined, comment: input.comment, ip });
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

const bulkSchema = nestedForm(
  z
    .object({
      ids: z.array(id, { error: "Hãy chọn ít nhất một bài." }).min(1, "Hãy chọn ít nhất một bài.").max(200, "Mỗi lần tối đa 200 bài."),
      operation: z.enum(["publish", "archive", "move"], { error: "Hãy chọn thao tác." }),
      categoryId: z.union([z.literal(""), id]).optional(),
    })
    .superRefine((input, ctx) => {
      if (input.operation === "move" && !input.categoryId) ctx.addIssue({ code: "custom", path: ["categoryId"], message: "Hãy chọn chuyên mục chuyển đến." });
    }),
);

const BULK_DONE = { publish: "Đã xuất bản", archive: "Đã gỡ", move: "Đã chuyển chuyên mục" } as const;

/** Bulk actions on the article list (editors and admins): publish, archive, move. */
export async function bulkArticlesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("article.publish", bulkSchema, formData, async (user, input, ip) => {
    const operation = input.operation === "move" ? { kind: "move" as const, categoryId: Number(input.categoryId) } : { kind: input.operation };
    const { done, skipped } = await bulkUpdateArticles(await getDb(), user, input.ids, operation, ip);
    if (done.length) invalidateArticle({ siteId: user.siteId, slugs: done.map((d) => d.slug), categoryIds: [...new Set(done.flatMap((d) => d.categoryIds))] });
    revalidatePath("/admin/bai-viet");
    const skippedText = skipped.length ? ` Bỏ qua ${skipped.length} bài: ${skipped.map((s) => `“${s.title}” (${s.reason.replace(/\.$/, "").toLowerCase()})`).join("; ")}.` : "";
    return { ok: done.length > 0, message: `${BULK_DONE[input.operation]} ${done.length} bài.${skippedText}` };
  });
}
