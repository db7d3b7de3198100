"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addAlbumPhotos, createAlbum, deleteAlbum, removeAlbumPhoto, saveAlbumItems, setAlbumPublished, updateAlbum } from "@/db/albums";
import { getDb } from "@/db/index";
import { adminAction, type ActionState } from "@/auth/action";
import { invalidateAlbums } from "@/lib/cache";
import { id as idField, parseId } from "@/lib/form-fields";

const LIST = "/admin/album";
const id = idField();
const details = z.object({
  title: z.string().trim().min(2, "Tên album cần ít nhất 2 ký tự.").max(200, "Tên album tối đa 200 ký tự."),
  description: z.string().trim().max(1000, "Mô tả tối đa 1000 ký tự.").default(""),
});

/** Reader pages (gallery, album, sidebar block, sitemap) refresh on their next request. */
function refreshAlbum(siteId: number, albumId: number, slug: string) {
  invalidateAlbums(siteId, [slug]);
  revalidatePath(`${LIST}/${albumId}`);
  revalidatePath(LIST);
}

export async function createAlbumAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let created: number | undefined;
  const result = await adminAction("album.manage", details, formData, async (user, input, ip) => {
    created = (await createAlbum(await getDb(), user, input, ip)).id;
  });
  if (!result.ok || !created) return result;
  revalidatePath(LIST);
  redirect(`${LIST}/${created}`);
}

export async function updateAlbumAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("album.manage", details.extend({ id }), formData, async (user, input, ip) => {
    refreshAlbum(user.siteId, input.id, (await updateAlbum(await getDb(), user, input.id, input, ip)).slug);
    return { ok: true, message: "Đã lưu thông tin album." };
  });
}

export async function addPhotosAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("album.manage", z.object({ id }), formData, async (user, input, ip) => {
    // Checkboxes repeat one name: read them all (the schema sees only the last).
    const mediaIds = formData.getAll("media").map(parseId).filter((n): n is number => n !== undefined);
    if (!mediaIds.length) return { ok: false, message: "Hãy chọn ít nhất một ảnh." };
    const { slug, added } = await addAlbumPhotos(await getDb(), user, input.id, mediaIds, ip);
    refreshAlbum(user.siteId, input.id, slug);
    return { ok: true, message: added ? `Đã thêm ${added} ảnh vào album.` : "Các ảnh đã chọn đều có sẵn trong album." };
  });
}

const itemsSchema = z.object({
  id,
  order: z.string().regex(/^\d+(,\d+)*$|^$/, "Thứ tự không hợp lệ."),
  cover: idField().optional(),
});

export async function saveItemsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("album.manage", itemsSchema, formData, async (user, input, ip) => {
    const order = input.order ? input.order.split(",").map(Number) : [];
    const captions = Object.fromEntries(order.map((itemId) => [itemId, String(formData.get(`caption-${itemId}`) ?? "")]));
    const { slug } = await saveAlbumItems(await getDb(), user, input.id, { order, captions, coverMediaId: input.cover ?? null }, ip);
    refreshAlbum(user.siteId, input.id, slug);
    return { ok: true, message: "Đã lưu thứ tự, chú thích và ảnh bìa." };
  });
}

export async function removePhotoAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return adminAction("album.manage", z.object({ id, item: id }), formData, async (user, input, ip) => {
    refreshAlbum(user.siteId, input.id, (await removeAlbumPhoto(await getDb(), user, input.id, input.item, ip)).slug);
    return { ok: true, message: "Đã bỏ ảnh khỏi album (ảnh vẫn còn trong thư viện)." };
  });
}

export async function publishAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const schema = z.object({ id, published: z.enum(["true", "false"]).transform((v) => v === "true") });
  return adminAction("album.manage", schema, formData, async (user, input, ip) => {
    refreshAlbum(user.siteId, input.id, (await setAlbumPublished(await getDb(), user, input.id, input.published, ip)).slug);
    return { ok: true, message: input.published ? "Album đã được xuất bản." : "Album đã ngừng xuất bản." };
  });
}

export async function deleteAlbumAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let deleted = false;
  const result = await adminAction("album.manage", z.object({ id }), formData, async (user, input, ip) => {
    const { slug } = await deleteAlbum(await getDb(), user, input.id, ip);
    invalidateAlbums(user.siteId, [slug]);
    deleted = true;
  });
  if (!deleted) return result;
  revalidatePath(LIST);
  redirect(LIST);
}
