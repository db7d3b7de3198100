"use client";

import { useActionState } from "react";
import { Field, FormFooter } from "@/components/admin/form";
import type { ActionState } from "@/lib/auth/action";
import { changePasswordAction, updateNameAction } from "./actions";

export function NameForm({ name }: { name: string }) {
  const [state, action] = useActionState<ActionState, FormData>(updateNameAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Đổi họ tên">
      <Field name="name" label="Họ tên hiển thị" defaultValue={name} required state={state} />
      <FormFooter state={state} variant="secondary">Lưu họ tên</FormFooter>
    </form>
  );
}

export function PasswordForm() {
  const [state, action] = useActionState<ActionState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Đổi mật khẩu" noValidate>
      <Field name="current" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" required state={state} />
      <Field name="next" label="Mật khẩu mới" type="password" autoComplete="new-password" required state={state} hint="Ít nhất 10 ký tự." />
      <Field name="confirm" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" required state={state} />
      <FormFooter state={state}>Đổi mật khẩu</FormFooter>
    </form>
  );
}
