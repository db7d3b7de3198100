"use client";

import Link from "next/link";
import { useActionState } from "react";
import { vote, type VoteState } from "@/app/(site)/[site]/binh-chon/actions";
import type { PollView } from "@/lib/poll";
import { PollResults } from "./poll-results";

/**
 * The poll as a form that works without JavaScript and with it (no reload, results in
 * place). Its permalink is the poll's results page: the form posts there (a real
 * action URL, not the action="" the W3C checker refuses), and a vote sent before the
 * page's JavaScript has loaded lands on that page with its outcome, since the page
 * renders this same form.
 */
export function PollForm({ poll, open, idPrefix, resultsLink = true }: { poll: PollView; open: boolean; idPrefix: string; resultsLink?: boolean }) {
  const [state, action, pending] = useActionState<VoteState, FormData>(vote, { status: "idle" }, `/binh-chon/${poll.id}`);
  const messageId = `${idPrefix}-thong-bao`;

  if (state.poll) {
    return (
      <div>
        <p role="status" className={`mb-3 rounded px-3 py-2 text-sm ${state.status === "counted" ? "bg-green-50 text-green-800" : "bg-amber-50 text-amber-900"}`}>
          {state.message}
        </p>
        {/* The results page shows fresh results above this form already. */}
        {resultsLink && <PollResults poll={state.poll} highlightOptionId={state.votedOptionId} />}
      </div>
    );
  }

  return (
    <form action={action} aria-describedby={messageId}>
      <input type="hidden" name="pollId" value={poll.id} />
      <fieldset disabled={!open || pending}>
        <legend className="mb-3 font-semibold leading-snug">{poll.question}</legend>
        <div className="space-y-2">
          {poll.options.map((option) => (
            <label key={option.id} className="flex cursor-pointer items-center gap-2.5 rounded px-1 py-1 hover:bg-stone-50">
              <input type="radio" name="optionId" value={option.id} required className="h-4 w-4 accent-brand-600" />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p id={messageId} aria-live="polite" className="mt-2 min-h-5 text-sm text-amber-900">
        {!open ? "Cuộc bình chọn hiện không nhận phiếu." : state.message}
      </p>
      <div className="mt-2 flex items-center gap-3">
        <button
          type="submit"
          disabled={!open || pending}
          className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {pending ? "Đang gửi…" : "Bình chọn"}
        </button>
        {resultsLink && (
          <Link href={`/binh-chon/${poll.id}`} className="text-sm text-brand-700 hover:underline">
            Xem kết quả
          </Link>
        )}
      </div>
    </form>
  );
}
