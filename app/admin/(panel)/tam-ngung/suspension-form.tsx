"use client";

import { useActionState } from "react";
import { FormFooter, FormMessage, SubmitButton } from "@/components/admin/form";
import { DateTimeField } from "@/components/ui/date-time-field";
import type { ActionState } from "@/auth/action";
import { clearSuspensionAction, saveSuspensionAction } from "./actions";

export function SuspensionForm({ startsAt, endsAt, message }: { startsAt: string | null; endsAt: string | null; message: string }) {
  const [state, action] = useActionState<ActionState, FormData>(saveSuspensionAction, {});
  const errors = state.errors?.message;
  return (
    <form action={action} className="flex flex-col gap-4" aria-label="Lịch tạm ngừng hoạt động" noValidate>
      <div className="grid gap-4 md:grid-cols-2">
        <DateTimeField name="startsAt" label="Bắt đầu tạm ngừng" defaultValue={startsAt} required errors={state.errors?.startsAt} hint="Giờ Việt Nam, 24 giờ." />
        <DateTimeField name="endsAt" label="Hoạt động trở lại" defaultValue={endsAt} required errors={state.errors?.endsAt} hint="Giờ Việt Nam, 24 giờ." />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-message" className="text-sm font-semibold">
          Lý do, nội dung thông báo<span className="text-red-700" aria-hidden="true"> *</span>
        </label>
        <textarea id="f-message" name="message" rows={3} defaultValue={message} className="w-full rounded border border-stone-300 bg-white px-3 py-2" aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? "f-message-error" : undefined} />
        {errors?.length ? <p id="f-message-error" className="text-sm text-red-700">{errors.join(" ")}</p> : null}
      </div>
      <FormFooter state={state}>Lưu và đăng thông báo</FormFooter>
    </form>
  );
}

export function ClearSuspensionForm() {
  const [state, action] = useActionState<ActionState, FormData>(clearSuspensionAction, {});
  return (
    <form action={action} className="flex flex-col gap-2">
      <div>
        <SubmitButton variant="danger">Gỡ thông báo</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
