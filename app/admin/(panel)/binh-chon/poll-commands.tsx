"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/lib/auth/action";
import { closePollAction, duplicatePollAction } from "./actions";

/** "Close now" and "duplicate", each a one-button form with its own result. */
export function PollCommands({ id, canClose }: { id: number; canClose: boolean }) {
  const [closeState, close] = useActionState<ActionState, FormData>(closePollAction, {});
  const [copyState, copy] = useActionState<ActionState, FormData>(duplicatePollAction, {});
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {canClose && (
          <form action={close}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton variant="danger">Đóng bình chọn ngay</SubmitButton>
          </form>
        )}
        <form action={copy}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant="secondary">Nhân bản thành cuộc bình chọn mới</SubmitButton>
        </form>
      </div>
      {[closeState, copyState].map((s, i) => (s.message ? <FormMessage key={i} state={s} /> : null))}
    </div>
  );
}
