"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { signInAction } from "./actions";

export function SignInForm({ notice }: { notice?: string }) {
  const [state, action] = useActionState<ActionState, FormData>(signInAction, notice ? { ok: true, message: notice } : {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field name="email" label="Email" type="email" autoComplete="username" required state={state} />
      <Field name="password" label="Mật khẩu" type="password" autoComplete="current-password" required state={state} />
      <SubmitButton pendingText="Đang đăng nhập…">Đăng nhập</SubmitButton>
    </form>
  );
}
