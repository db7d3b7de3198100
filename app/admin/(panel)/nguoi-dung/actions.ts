"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { createUser, resetUserPassword, setUserDisabled, updateUser } from "@/db/users";
import { adminAction, type ActionState } from "@/lib/auth/action";
import { passwordSchema } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";

const PAGE = "/admin/nguoi-dung";
const name = z.string().trim().min(2, "Họ tên cần ít nhất 2 ký tự.").max(120, "Họ tên tối đa 120 ký tự.");
const role = z.enum(ROLES, { error: "Vai trò không hợp lệ." });
const userId = z.coerce.number().int().positive();

const createSchema = z.object({
  email: z.string().trim().max(200).email("Email không hợp lệ."),
  name,
  role,
  password: z.union([z.literal(""), passwordSchema]).optional(),
});

export async function createUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction(["admin"], createSchema, formData, async (user, input, ip) => {
    const created = await createUser(await getDb(), user, { ...input, password: input.password || undefined }, ip);
    return { ok: true, message: `Đã tạo tài khoản ${input.email}.`, secret: created.oneTimePassword };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function updateUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction(["admin"], z.object({ id: userId, name, role }), formData, async (user, input, ip) => {
    await updateUser(await getDb(), user, input.id, input, ip);
    return { ok: true, message: "Đã lưu thay đổi." };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function toggleUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const schema = z.object({ id: userId, disabled: z.enum(["true", "false"]).transform((v) => v === "true") });
  const result = await adminAction(["admin"], schema, formData, async (user, input, ip) => {
    await setUserDisabled(await getDb(), user, input.id, input.disabled, ip);
    return { ok: true, message: input.disabled ? "Đã khóa tài khoản; các phiên đăng nhập của người này đã kết thúc." : "Đã mở khóa tài khoản." };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction(["admin"], z.object({ id: userId }), formData, async (user, input, ip) => {
    const secret = await resetUserPassword(await getDb(), user, input.id, ip);
    return { ok: true, message: "Đã đặt lại mật khẩu. Người dùng phải đổi mật khẩu khi đăng nhập.", secret };
  });
}
