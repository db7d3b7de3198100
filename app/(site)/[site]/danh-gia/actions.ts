"use server";

import { getDb } from "@/db/index";
import { ratePage, ratingInputSchema, resolveRatedPage, type RatingOutcome } from "@/db/ratings";
import { getSecret } from "@/db/secrets";
import { requestSite } from "@/db/site-directory";
import { limitFromEnv, sharedLimiter } from "@/lib/limiter";
import { clientNetwork, isAutomatedRequest, keyedHash, visitorId } from "@/lib/visitor";

export type RatingState = {
  status: "idle" | "counted" | "refused";
  message?: string;
  /** The page rated, for the thank-you note on /danh-gia (the no-JavaScript landing). */
  page?: { path: string; title: string };
};

const MESSAGES: Record<RatingOutcome | "rate_limited", string> = {
  counted: "Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp chúng tôi cải thiện thông tin.",
  duplicate: "Bạn đã đánh giá trang này. Mỗi người chỉ đánh giá một lần cho mỗi trang.",
  unknown_page: "Không tìm thấy trang được đánh giá.",
  rate_limited: "Có quá nhiều đánh giá từ cùng một địa chỉ mạng. Vui lòng thử lại sau.",
};

// Per network (lib/limiter.ts, shared through Redis when configured): an office behind one address still rates.
const perNetwork = sharedLimiter({ name: "ratings-per-network", points: limitFromEnv("RATINGS_PER_IP_PER_HOUR", 60), durationSeconds: 3600 });

/**
 * The page rating, a plain <form> that works without JavaScript. Its permalink is
 * /danh-gia: a rating sent before scripts load lands there with its outcome, so the
 * article itself is never rendered per request. Stored: the page, the score, an optional
 * comment (plain text) and a keyed hash of the visitor cookie and the page; no IP, no cookie.
 */
export async function ratePageAction(_previous: RatingState, formData: FormData): Promise<RatingState> {
  const parsed = ratingInputSchema.safeParse({ path: formData.get("path"), score: formData.get("score") ?? undefined, comment: formData.get("comment") ?? undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.path[0] === "score") ?? parsed.error.issues[0];
    return { status: "refused", message: issue?.message ?? "Dữ liệu đánh giá không hợp lệ." };
  }
  if (await isAutomatedRequest()) return { status: "refused", message: "Không thể ghi nhận đánh giá từ trình duyệt tự động." };
  try {
    const db = await getDb();
    const site = await requestSite();
    const page = await resolveRatedPage(db, site.id, parsed.data.path);
    if (!page) return { status: "refused", message: MESSAGES.unknown_page };
    const secret = await getSecret(db, "visitor");
    if (!(await perNetwork.take(`${site.id}:${keyedHash(secret, await clientNetwork())}`))) return { status: "refused", message: MESSAGES.rate_limited, page };
    const outcome = await ratePage(db, {
      siteId: site.id,
      page,
      score: parsed.data.score,
      comment: parsed.data.comment,
      voterHash: keyedHash(secret, `rating:${site.id}:${page.path}:${await visitorId()}`),
    });
    return { status: outcome === "counted" ? "counted" : "refused", message: MESSAGES[outcome], page: { path: page.path, title: page.title } };
  } catch (error) {
    console.error("[rating] failed:", error instanceof Error ? error.message : error);
    return { status: "refused", message: "Hệ thống đang bận, chưa ghi nhận được đánh giá. Vui lòng thử lại sau." };
  }
}
