"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ratePageAction, type RatingState } from "@/app/(site)/[site]/danh-gia/actions";
import { RATING_QUESTION, RATING_SCORES } from "@/lib/rating";

export const RATING_PERMALINK = "/danh-gia";

/**
 * "Thông tin này có hữu ích với bạn không?" for any reader page: include it with the
 * page's own path. A plain form that works without JavaScript; with it the thank-you
 * replaces the form in place. Without it the browser posts to /danh-gia (the
 * permalink), which renders this same form with the outcome, so the rated page stays
 * cached whole. `path` null: the permalink page itself (only the outcome, or a note).
 */
export function PageRating({ path }: { path: string | null }) {
  const [state, action, pending] = useActionState<RatingState, FormData>(ratePageAction, { status: "idle" }, RATING_PERMALINK);
  const headingId = "danh-gia-trang";

  if (state.status === "counted" || (path === null && state.status !== "idle")) {
    return (
      <section aria-labelledby={headingId} className="rounded bg-white p-4 shadow-sm" data-testid="page-rating">
        <h2 id={headingId} className="mb-2 font-bold">
          Đánh giá thông tin
        </h2>
        <p role="status" className={`rounded px-3 py-2 text-sm ${state.status === "counted" ? "bg-green-50 text-green-800" : "bg-amber-50 text-amber-900"}`}>
          {state.message}
        </p>
        {path === null && state.page && (
          <p className="mt-3 text-sm">
            <Link href={state.page.path} className="text-brand-700 hover:underline">
              ← Quay lại: {state.page.title}
            </Link>
          </p>
        )}
      </section>
    );
  }

  if (path === null) {
    return (
      <section aria-labelledby={headingId} className="rounded bg-white p-4 shadow-sm">
        <h2 id={headingId} className="mb-2 font-bold">
          Đánh giá thông tin
        </h2>
        <p className="text-sm">
          Cuối mỗi bài viết và mỗi trang có ô “{RATING_QUESTION}”. Đánh giá không kèm thông tin nhận diện người đánh giá; mỗi người đánh giá một lần cho mỗi trang.
        </p>
      </section>
    );
  }

  const messageId = `${headingId}-thong-bao`;
  return (
    <section aria-labelledby={headingId} className="rounded bg-white p-4 shadow-sm print:hidden" data-testid="page-rating">
      <form action={action} aria-describedby={messageId}>
        <input type="hidden" name="path" value={path} />
        <fieldset disabled={pending}>
          <legend id={headingId} className="mb-2 font-bold">
            {RATING_QUESTION}
          </legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {RATING_SCORES.map((s) => (
              <label key={s.score} className="flex cursor-pointer items-center gap-2 text-sm">
                <input type="radio" name="score" value={s.score} required className="h-4 w-4 accent-brand-600" />
                {s.label}
              </label>
            ))}
          </div>
          <label htmlFor="danh-gia-gop-y" className="mt-3 block text-sm font-medium">
            Góp ý thêm (không bắt buộc, không ghi thông tin cá nhân)
          </label>
          <textarea id="danh-gia-gop-y" name="comment" rows={2} maxLength={1000} className="mt-1 w-full rounded border border-stone-300 px-3 py-2 text-sm" />
        </fieldset>
        <p id={messageId} aria-live="polite" className="mt-1 min-h-5 text-sm text-amber-900">
          {state.message}
        </p>
        <button type="submit" disabled={pending} className="mt-1 rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Đang gửi…" : "Gửi đánh giá"}
        </button>
      </form>
    </section>
  );
}
