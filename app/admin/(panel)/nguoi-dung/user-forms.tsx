"use client";

import { useActionState } from "react";
import { Field, FormFooter, FormMessage, SubmitButton } from "@/components/admin/form";
import type { ActionState } from "@/auth/action";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/policy";
import { createUserAction, removeMemberAction, resetPasswordAction, toggleUserAction, updateUserAction } from "./actions";

function RoleSelect({ id, defaultValue }: { id: string; defaultValue?: Role }) {
  return (
    <select id={id} name="role" defaultValue={defaultValue ?? "author"} className="w-full rounded border border-stone-300 bg-white px-3 py-2">
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </select>
  );
}

export function CreateUserForm() {
  const [state, action] = useActionState<ActionState, FormData>(createUserAction, {});
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" aria-label="Tạo tài khoản" noValidate>
      <Field name="email" label="Email" type="email" required state={state} autoComplete="off" />
      <Field name="name" label="Họ tên" required state={state} />
      <Field name="role" label="Vai trò" state={state}>
        <RoleSelect id="f-role" />
      </Field>
      <Field name="password" label="Mật khẩu" type="password" state={state} autoComplete="new-password" hint="Chỉ cho tài khoản mới (người đã có tài khoản giữ mật khẩu của mình). Để trống để tạo mật khẩu dùng một lần. Mật khẩu do quản trị viên đặt (kể cả mật khẩu tự nhập ở đây) phải được người dùng đổi ở lần đăng nhập đầu." />
      <FormFooter state={state} className="flex flex-col gap-3 md:col-span-2">Tạo tài khoản</FormFooter>
    </form>
  );
}

type UserSummary = { id: number; email: string; name: string; role: Role; disabled: boolean; otherSites: number };

export function UserRowActions({ user }: { user: UserSummary }) {
  const [editState, edit] = useActionState<ActionState, FormData>(updateUserAction, {});
  const [toggleState, toggle] = useActionState<ActionState, FormData>(toggleUserAction, {});
  const [resetState, reset] = useActionState<ActionState, FormData>(resetPasswordAction, {});
  const [removeState, remove] = useActionState<ActionState, FormData>(removeMemberAction, {});
  const prefix = `u${user.id}`;
  return (
    <div className="flex flex-col gap-3">
      <form action={edit} className="flex flex-wrap items-end gap-2" aria-label={`Sửa ${user.email}`}>
        <input type="hidden" name="id" value={user.id} />
        <div className="min-w-40 flex-1">
          <label htmlFor={`${prefix}-name`} className="text-xs font-semibold">
            Họ tên
          </label>
          <input id={`${prefix}-name`} name="name" defaultValue={user.name} className="w-full rounded border border-stone-300 px-2 py-1.5 text-sm" />
        </div>
        <div className="min-w-40">
          <label htmlFor={`${prefix}-role`} className="text-xs font-semibold">
            Vai trò
          </label>
          <RoleSelect id={`${prefix}-role`} defaultValue={user.role} />
        </div>
        <SubmitButton variant="secondary">Lưu</SubmitButton>
      </form>
      <div className="flex flex-wrap gap-2">
        <form action={toggle}>
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="disabled" value={String(!user.disabled)} />
          <SubmitButton variant={user.disabled ? "secondary" : "danger"}>{user.disabled ? "Mở khóa" : "Khóa tài khoản"}</SubmitButton>
        </form>
        <form action={reset}>
          <input type="hidden" name="id" value={user.id} />
          <SubmitButton variant="secondary">Đặt lại mật khẩu</SubmitButton>
        </form>
        <form action={remove}>
          <input type="hidden" name="id" value={user.id} />
          <SubmitButton variant="secondary">Bỏ khỏi trang</SubmitButton>
        </form>
      </div>
      {[editState, toggleState, resetState, removeState].map((s, i) => (s.message ? <FormMessage key={i} state={s} /> : null))}
    </div>
  );
}
