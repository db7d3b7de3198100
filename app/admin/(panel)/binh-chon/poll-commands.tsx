"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { closePollAction, deletePollAction, duplicatePollAction } from "./actions";

/** "Close now", "duplicate" and, while nobody has voted, "delete": each a one-button form with its own result. */
export function PollCommands({ id, canClose, canDelete }: { id: number; canClose: boolean; canDelete: boolean }) {
  const [closeState, close] = useActionState<ActionState, FormData>(closePollAction, {});
  const [copyState, copy] = useActionState<ActionState, FormData>(duplicatePollAction, {});
  const [deleteState, remove] = useActionState<ActionState, FormData>(deletePollAction, {});
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
        {canDelete && (
          <form
            action={remove}
            onSubmit={(e) => {
              if (!window.confirm("Xóa hẳn cuộc bình chọn này? Không thể hoàn tác.")) e.preventDefault();
            }}
          >
            <input type="hidden" name="id" value={id} />
            <SubmitButton variant="danger">Xóa cuộc bình chọn</SubmitButton>
          </form>
        )}
      </div>
      {[closeState, copyState, deleteState].map((s, i) => (s.message ? <FormMessage key={i} state={s} /> : null))}
    </div>
  );
}
