"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { appointMember, createSite, siteSchema, updateSite } from "@/db/sites";
import { adminAction, type ActionState } from "@/lib/auth/action";
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
    const db = await getDb();
    const site = await createSite(db, actor, input, ip);
    invalidateSites();
    if (!input.adminEmail) return { ok: true, message: `Đã tạo trang ${input.name}.` };
    const appointed = await appointMember(db, { ...actor, siteId: site.id, role: null }, { email: input.adminEmail, name: input.adminName, role: "admin" }, ip);
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
