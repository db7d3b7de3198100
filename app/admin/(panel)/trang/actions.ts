"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { createSite, siteSchema, updateSite } from "@/db/sites";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateSites } from "@/lib/cache";
import { id } from "@/lib/form-fields";

const PAGE = "/admin/trang";
const adminFields = z.object({
  adminEmail: z.union([z.literal(""), z.string().trim().max(200).email("Email quản trị viên không hợp lệ.")]).default(""),
  adminName: z.string().trim().max(120).default(""),
});

/** A new site, with its first admin appointed in the same step when an email is given. */
export async function createSiteAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const schema = siteSchema.extend(adminFields.shape).refine((v) => !v.adminEmail || v.adminName.length >= 2, { path: ["adminName"], message: "Nhập họ tên quản trị viên (ít nhất 2 ký tự)." });
  const result = await adminAction("site.create", schema, formData, async (actor, input, ip) => {
    const site = await createSite(await getDb(), actor, input, ip, input.adminEmail ? { email: input.adminEmail, name: input.adminName } : undefined);
    invalidateSites();
    const appointed = site.admin;
    if (!appointed) return { ok: true, message: `Đã tạo trang ${input.name}.` };
    return {
      ok: true,
      message: `Đã tạo trang ${input.name} và giao quyền quản trị cho ${input.adminEmail}.${appointed.existing ? " Người này dùng tài khoản sẵn có." : " Người này phải đổi mật khẩu khi đăng nhập lần đầu."}`,
      secret: appointed.oneTimePassword,
    };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function updateSiteAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction("site.create", siteSchema.extend({ id: id("Không tìm thấy trang.") }), formData, async (actor, input, ip) => {
    await updateSite(await getDb(), actor, input.id, input, ip);
    invalidateSites();
    return { ok: true, message: "Đã lưu." };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}
