"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { deleteMedia, updateMediaText } from "@/db/media";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateMedia } from "@/lib/cache";
import { id } from "@/lib/form-fields";

const PAGE = "/admin/thu-vien";

const textSchema = z.object({
  id: id(),
  alt: z.string().trim().min(1, "Hãy nhập mô tả ảnh (alt) cho người không xem được ảnh.").max(300, "Mô tả tối đa 300 ký tự."),
  caption: z.string().trim().max(500, "Chú thích tối đa 500 ký tự.").default(""),
});

export async function updateMediaTextAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction("media.upload", textSchema, formData, async (user, input, ip) => {
    // Readers see the alt text in albums and on article covers: refresh those now.
    invalidateMedia(user.siteId, await updateMediaText(await getDb(), user, input.id, input, ip));
    return { ok: true, message: "Đã lưu mô tả ảnh." };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function deleteMediaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction("media.manage", z.object({ id: id() }), formData, async (user, input, ip) => {
    await deleteMedia(await getDb(), user, input.id, ip);
    return { ok: true, message: "Đã xóa ảnh." };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}
