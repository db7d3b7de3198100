"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/index";
import { deleteMedia, updateMediaText } from "@/db/media";
import { adminAction, type ActionState } from "@/lib/auth/action";
import { invalidate, tags } from "@/lib/cache";

const PAGE = "/admin/thu-vien";
const id = z.coerce.number().int().positive();

const textSchema = z.object({
  id,
  alt: z.string().trim().min(1, "Hãy nhập mô tả ảnh (alt) cho người không xem được ảnh.").max(300, "Mô tả tối đa 300 ký tự."),
  caption: z.string().trim().max(500, "Chú thích tối đa 500 ký tự.").default(""),
});

export async function updateMediaTextAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction(["admin", "editor", "author"], textSchema, formData, async (user, input, ip) => {
    const { albumSlugs, usedInArticles } = await updateMediaText(await getDb(), user, input.id, input, ip);
    // Readers see the alt text in albums and on article covers: refresh those now.
    invalidate(...(albumSlugs.length ? [tags.albums, ...albumSlugs.map(tags.album)] : []), ...(usedInArticles ? [tags.covers] : []));
    return { ok: true, message: "Đã lưu mô tả ảnh." };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function deleteMediaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction(["admin", "editor"], z.object({ id }), formData, async (user, input, ip) => {
    await deleteMedia(await getDb(), user, input.id, ip);
    return { ok: true, message: "Đã xóa ảnh." };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}
