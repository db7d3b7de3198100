"use client";

import { useActionState } from "react";
import { Field, FormFooter } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
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

/** `hint` comes from the page: the password policy module is server-side (its dictionaries are large). */
export function PasswordForm({ hint }: { hint: string }) {
  const [state, action] = useActionState<ActionState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Đổi mật khẩu" noValidate>
      <Field name="current" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" required state={state} />
      <Field name="next" label="Mật khẩu mới" type="password" autoComplete="new-password" required state={state} hint={hint} />
      <Field name="confirm" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" required state={state} />
      <FormFooter state={state}>Đổi mật khẩu</FormFooter>
    </form>
  );
}
