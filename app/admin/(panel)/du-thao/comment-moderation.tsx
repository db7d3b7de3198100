"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { moderateCommentAction, viewCommentContactAction, type CommentContactState } from "./actions";

const button = "rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60";

/** Approve, refuse or mark spam: one form, the pressed button says which. */
export function ModerationButtons({ commentId, state: current, label }: { commentId: number; state: string; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(moderateCommentAction, {});
  return (
    <form action={action} className="flex flex-col gap-2" aria-label={`Kiểm duyệt góp ý của ${label}`}>
      <input type="hidden" name="commentId" value={commentId} />
      <div className="flex flex-wrap gap-2">
        {current !== "da_duyet" && (
          <button type="submit" name="decision" value="approve" disabled={pending} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
            Duyệt<span className="sr-only"> góp ý của {label}</span>
          </button>
        )}
        {current !== "tu_choi" && (
          <button type="submit" name="decision" value="reject" disabled={pending} className={`${button} border border-stone-300 bg-white hover:border-brand-600`}>
            Từ chối<span className="sr-only"> góp ý của {label}</span>
          </button>
        )}
        {current !== "rac" && (
          <button type="submit" name="decision" value="spam" disabled={pending} className={`${button} border border-red-300 bg-white text-red-800 hover:bg-red-50`}>
            Thư rác<span className="sr-only"> (góp ý của {label})</span>
          </button>
        )}
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** The commenter's contact, shown on request; each view is in the audit log. */
export function CommentContact({ commentId }: { commentId: number }) {
  const [state, action, pending] = useActionState<CommentContactState, FormData>(viewCommentContactAction, {});
  return (
    <form action={action} className="flex flex-col gap-1 text-sm">
      <input type="hidden" name="commentId" value={commentId} />
      {state.contact ? (
        <p className="rounded bg-stone-50 px-3 py-2">
          {state.contact.name} · {[state.contact.email, state.contact.phone].filter(Boolean).join(" · ")}
        </p>
      ) : (
        <div>
          <button type="submit" disabled={pending} className="text-brand-700 underline disabled:opacity-60">
            Xem thông tin liên hệ (ghi nhật ký)
          </button>
        </div>
      )}
      <FormMessage state={state} />
    </form>
  );
}
