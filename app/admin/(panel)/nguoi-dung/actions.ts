"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { appointMember } from "@/db/sites";
import { removeMember, resetUserPassword, setUserDisabled, updateUser } from "@/db/users";
import { adminAction, type ActionState } from "@/auth/action";
import { passwordSchema } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/policy";
import { id } from "@/lib/form-fields";

const PAGE = "/admin/nguoi-dung";
const name = z.string().trim().min(2, "Họ tên cần ít nhất 2 ký tự.").max(120, "Họ tên tối đa 120 ký tự.");
const role = z.enum(ROLES, { error: "Vai trò không hợp lệ." });
const userId = id("Không tìm thấy tài khoản.");

const appointSchema = z.object({
  email: z.string().trim().max(200).email("Email không hợp lệ."),
  name,
  role,
  password: z.union([z.literal(""), passwordSchema]).optional(),
});

/** A person gets a role on this site: their existing account, or a new one. */
export async function createUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction("users.manage", appointSchema, formData, async (actor, input, ip) => {
    const done = await appointMember(await getDb(), actor, { ...input, password: input.password || undefined }, ip);
    if (done.existing) return { ok: true, message: `${input.email} đã có tài khoản: đã thêm vào trang này với vai trò mới (mật khẩu của họ giữ nguyên).` };
    return { ok: true, message: `Đã tạo tài khoản ${input.email}.`, secret: done.oneTimePassword };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function updateUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction("users.manage", z.object({ id: userId, name, role }), formData, async (actor, input, ip) => {
    await updateUser(await getDb(), actor, input.id, input, ip);
    return { ok: true, message: "Đã lưu thay đổi." };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function removeMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction("users.manage", z.object({ id: userId }), formData, async (actor, input, ip) => {
    await removeMember(await getDb(), actor, input.id, ip);
    return { ok: true, message: "Đã bỏ người này khỏi trang." };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function toggleUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const schema = z.object({ id: userId, disabled: z.enum(["true", "false"]).transform((v) => v === "true") });
  const result = await adminAction("users.manage", schema, formData, async (actor, input, ip) => {
    await setUserDisabled(await getDb(), actor, input.id, input.disabled, ip);
    return { ok: true, message: input.disabled ? "Đã khóa tài khoản; các phiên đăng nhập của người này đã kết thúc." : "Đã mở khóa tài khoản." };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("users.manage", z.object({ id: userId }), formData, async (actor, input, ip) => {
    const secret = await resetUserPassword(await getDb(), actor, input.id, ip);
    return { ok: true, message: "Đã đặt lại mật khẩu. Người dùng phải đổi mật khẩu khi đăng nhập.", secret };
  });
}
