"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { changeOwnPassword, signOutEverywhere, updateOwnName } from "@/db/users";
import { accountAction, type ActionState } from "@/auth/action";
import { signOut } from "@/auth/auth";
import { passwordSchema } from "@/lib/auth/password-policy";

const passwordChange = z
  .object({ current: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại.").max(200), next: passwordSchema, confirm: z.string() })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "Mật khẩu nhập lại không khớp." });

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await accountAction(
    passwordChange,
    formData,
    async (user, input, ip) => {
      await changeOwnPassword(await getDb(), user, input.current, input.next, ip);
      return { ok: true };
    },
    { duringPasswordChange: true },
  );
  // Every session ended with the change, this one too: sign in again with the new password.
  if (result.ok) await signOut({ redirectTo: "/admin/dang-nhap?tb=da-doi-mat-khau" });
  return result;
}

export async function updateNameAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const schema = z.object({ name: z.string().trim().min(2, "Họ tên cần ít nhất 2 ký tự.").max(120) });
  const result = await accountAction(schema, formData, async (user, input, ip) => {
    await updateOwnName(await getDb(), user, input.name, ip);
    return { ok: true, message: "Đã lưu họ tên." };
  });
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function signOutEverywhereAction(): Promise<void> {
  const result = await accountAction(z.object({}), new FormData(), async (user, _input, ip) => {
    await signOutEverywhere(await getDb(), user, ip);
  });
  if (result.ok) await signOut({ redirectTo: "/admin/dang-nhap?tb=da-dang-xuat" });
}
