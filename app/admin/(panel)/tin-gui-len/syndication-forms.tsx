"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { decideAction, sendUpAction } from "./actions";

export function SendUpForm({ articleId }: { articleId: number }) {
  const [state, action] = useActionState<ActionState, FormData>(sendUpAction, {});
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={articleId} />
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="secondary">Gửi lên cổng tỉnh</SubmitButton>
      </div>
    </form>
  );
}

export function DecideForms({ articleId, title }: { articleId: number; title: string }) {
  const [state, action] = useActionState<ActionState, FormData>(decideAction, {});
  return (
    <div className="flex flex-col gap-2">
      <form action={action} className="flex flex-wrap gap-2" aria-label={`Duyệt: ${title}`}>
        <input type="hidden" name="id" value={articleId} />
        <button type="submit" name="decision" value="approve" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">
          Duyệt đăng
        </button>
        <button type="submit" name="decision" value="reject" className="rounded border border-stone-300 px-3 py-1.5 text-sm font-semibold hover:border-brand-600">
          Từ chối
        </button>
      </form>
      <FormMessage state={state} />
    </div>
  );
}
