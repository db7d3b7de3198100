"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createCategory, deleteCategory, moveCategory, updateCategory } from "@/db/categories";
import { getDb } from "@/db/index";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateCategories } from "@/lib/cache";
import { checkbox, id, optionalId, optionalText } from "@/lib/form-fields";

const fields = z.object({
  name: z.string().trim().min(2, "Tên chuyên mục cần ít nhất 2 ký tự.").max(120, "Tên tối đa 120 ký tự."),
  description: z.string().trim().max(300, "Mô tả tối đa 300 ký tự.").default(""),
  parentId: optionalId(),
  showOnHome: checkbox(),
  slug: optionalText(120),
});

/** Menus, homepage blocks, article cards and the sitemap all show categories. */
function refresh(siteId: number) {
  invalidateCategories(siteId);
  revalidatePath("/admin/chuyen-muc");
}

export async function createCategoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("category.manage", fields, formData, async (user, input, ip) => {
    await createCategory(await getDb(), user, input, ip);
    refresh(user.siteId);
    return { ok: true, message: `Đã tạo chuyên mục "${input.name}".` };
  });
}

export async function updateCategoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("category.manage", fields.extend({ id: id() }), formData, async (user, input, ip) => {
    const saved = await updateCategory(await getDb(), user, input.id, input, ip);
    refresh(user.siteId);
    return { ok: true, message: saved.slug !== saved.previousSlug ? `Đã lưu. Địa chỉ cũ /chuyen-muc/${saved.previousSlug} tự chuyển sang địa chỉ mới.` : "Đã lưu." };
  });
}

export async function moveCategoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("category.manage", z.object({ id: id(), direction: z.enum(["up", "down"]) }), formData, async (user, input, ip) => {
    await moveCategory(await getDb(), user, input.id, input.direction, ip);
    refresh(user.siteId);
    return { ok: true, message: "Đã đổi thứ tự." };
  });
}

export async function deleteCategoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("category.manage", z.object({ id: id() }), formData, async (user, input, ip) => {
    await deleteCategory(await getDb(), user, input.id, ip);
    refresh(user.siteId);
    return { ok: true, message: "Đã xóa chuyên mục." };
  });
}
