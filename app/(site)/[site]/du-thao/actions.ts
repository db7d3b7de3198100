"use server";

import type { z } from "zod";
import { commentRefusal, DraftRuleError, submitComment } from "@/db/drafts";
import { getDb } from "@/db/index";
import { requestSite } from "@/db/site-directory";
import { invalidateDraft } from "@/lib/cache";
import { citizenPostGuard } from "@/db/citizen-posts";
import { commentSchema } from "@/lib/drafts";
import { limitFromEnv } from "@/lib/limiter";
import { isValidSlug } from "@/lib/slug";
import { isAutomatedRequest } from "@/lib/visitor";

export type CommentFormState = {
  status: "idle" | "sent" | "refused";
  message?: string;
  errors?: Record<string, string[] | undefined>;
  /** What was typed, to fill the form again after a refusal (never the consent box). */
  values?: Record<string, string>;
  /** The comment shows at once (a draft not moderated) rather than after staff approval. */
  shown?: boolean;
  /** This network already posted in the hour: the form shows the proof-of-work challenge. */
  challenge?: boolean;
  /** Counts answers, so the form is drawn afresh (with `values`) after each refusal. */
  attempt?: number;
};

const guard = citizenPostGuard({
  name: "draft-comments",
  perNetwork: limitFromEnv("DRAFT_COMMENTS_PER_IP_PER_HOUR", 10),
  perVisitor: limitFromEnv("DRAFT_COMMENTS_PER_VISITOR_PER_HOUR", 5),
});

const KEPT_FIELDS = ["name", "email", "phone", "clause", "body"] as const;

function fieldErrors(error: z.ZodError): CommentFormState["errors"] {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return errors;
}

/**
 * A citizen's comment on a draft, from a plain form that works without JavaScript (it
 * posts to the draft's own page, which renders the outcome). Refusals store nothing.
 * Whether the draft is open is decided inside the comment's transaction (db/drafts.ts),
 * never by the (cached) page the form came from.
 */
export async function commentAction(previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  return { ...(await comment(formData)), attempt: (previous.attempt ?? 0) + 1 };
}

async function comment(formData: FormData): Promise<CommentFormState> {
  const raw = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const values = Object.fromEntries(KEPT_FIELDS.map((k) => [k, (raw[k] ?? "").slice(0, 6000)]));
  const slug = raw.draft ?? "";
  if (!isValidSlug(slug)) return { status: "refused", message: "Không tìm thấy dự thảo.", values };
  const parsed = commentSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (errors?.website) return { status: "refused", message: "Không gửi được góp ý.", values };
    return { status: "refused", message: "Vui lòng kiểm tra lại các trường được đánh dấu.", errors, values };
  }
  if (await isAutomatedRequest()) return { status: "refused", message: "Không nhận góp ý từ trình duyệt tự động.", values };
  try {
    const site = await requestSite();
    const refusal = await commentRefusal(await getDb(), site.id, slug);
    if (refusal) return { status: "refused", message: refusal, values };
    const admitted = await guard.admit(site.id, raw.altcha ?? "");
    if (!admitted.ok && admitted.reason === "challenge") {
      return {
        status: "refused",
        challenge: true,
        message: "Địa chỉ mạng của bạn vừa gửi góp ý trong giờ qua. Vui lòng xác nhận “Tôi không phải máy” (bật JavaScript) rồi gửi lại.",
        values,
      };
    }
    if (!admitted.ok) return { status: "refused", message: "Bạn đã gửi quá nhiều góp ý trong một giờ. Vui lòng thử lại sau.", values };
    const sent = await submitComment(await getDb(), site.id, slug, parsed.data);
    admitted.posted();
    if (sent.shown) invalidateDraft(site.id, sent.slug);
    return { status: "sent", shown: sent.shown, message: "Đã gửi góp ý." };
  } catch (error) {
    if (error instanceof DraftRuleError) return { status: "refused", message: error.message, values };
    console.error("[draft comment] not saved:", error instanceof Error ? error.message : "unknown error");
    return { status: "refused", message: "Hệ thống đang bận, chưa gửi được góp ý. Vui lòng thử lại sau.", values };
  }
}
