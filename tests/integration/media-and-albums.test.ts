import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import { and, count, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addAlbumPhotos,
  createAlbum,
  deleteAlbum,
  getAlbumForAdmin,
  getPublishedAlbum,
  listAlbumsForAdmin,
  removeAlbumPhoto,
  saveAlbumItems,
  setAlbumPublished,
  updateAlbum,
} from "@/db/albums";
import type { Database } from "@/db/client";
import { deleteMedia, getMedia, listMedia, updateMediaText, uploadMedia } from "@/db/media";
import { createArticle } from "@/db/article-editor";
import { albumItems, albums, articles, auditLog, categories, media } from "@/db/schema";
import { UserRuleError } from "@/db/users";
import { ForbiddenError, type Actor, type Role } from "@/lib/auth/policy";
import { ImageRejectedError, readBodyWithLimit } from "@/lib/media";
import { createActors, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
let uploads: string;
let actors: Record<Role, Actor>;
/** The default site (the demo district), where the fixtures live. */
let siteId: number;
let removeActors: () => Promise<void>;
/** A commune's staff, for the cross-site checks. */
let other: { actors: Record<Role, Actor>; siteId: number; remove: () => Promise<void> };
const anonymous = null as unknown as Actor;

const jpeg = (w = 64, h = 48, r = 200) => sharp({ create: { width: w, height: h, channels: 3, background: { r, g: 120, b: 60 } } }).jpeg().toBuffer();

/** A valid PNG header that claims 20000×20000 pixels, a few bytes long: a decompression bomb's shape. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk("IEND", Buffer.alloc(0))]);
}

async function snapshot() {
  const [m] = await db.select({ n: count() }).from(media);
  const [a] = await db.select({ n: count() }).from(albums);
  const [i] = await db.select({ n: count() }).from(albumItems);
  const [l] = await db.select({ n: count() }).from(auditLog);
  const mediaRows = await db.select({ id: media.id, alt: media.alt, caption: media.caption }).from(media).orderBy(media.id);
  const albumRows = await db.select({ id: albums.id, title: albums.title, published: albums.published, cover: albums.coverMediaId }).from(albums).orderBy(albums.id);
  const itemRows = await db.select({ id: albumItems.id, position: albumItems.position, caption: albumItems.caption }).from(albumItems).orderBy(albumItems.id);
  return { counts: [m!.n, a!.n, i!.n, l!.n], mediaRows, albumRows, itemRows, files: (await readdir(uploads)).sort() };
}

let photoA: number;
let photoB: number;
let photoNoAlt: number;
let albumId: number;

beforeAll(async () => {
  uploads = await mkdtemp(path.join(os.tmpdir(), "wtmedia-uploads-"));
  process.env.UPLOADS_DIR = uploads;
  db = (await testDatabase()).db;
  ({ actors, siteId, remove: removeActors } = await createActors(db, "media"));
  other = await createActors(db, "media-xa", await siteIdOf(db, "minh-tan"));
  photoA = (await uploadMedia(db, actors.author, await jpeg(), "cánh đồng.jpg")).id;
  photoB = (await uploadMedia(db, actors.editor, await jpeg(1400, 900, 30), "dòng sông.png")).id;
  photoNoAlt = (await uploadMedia(db, actors.author, await jpeg(80, 80, 90), "chua-mo-ta.jpg")).id;
  await updateMediaText(db, actors.author, photoA, { alt: "Cánh đồng lúa chín", caption: "Mùa gặt" });
  await updateMediaText(db, actors.editor, photoB, { alt: "Dòng sông quê", caption: "" });
  albumId = (await createAlbum(db, actors.editor, { title: "Ảnh đẹp mùa thu", description: "Mô tả" })).id;
  await addAlbumPhotos(db, actors.editor, albumId, [photoA]);
});

afterAll(async () => {
  // Files share this database: leave no accounts behind (their uploads stay, unowned).
  await removeActors();
  await other.remove();
  delete process.env.UPLOADS_DIR;
  await rm(uploads, { recursive: true, force: true });
});

describe("uploads", () => {
  it("re-encodes into variants with random names, strips the name's markup, and audits", async () => {
    const row = await getMedia(db, actors.author, photoB);
    expect(row).toMatchObject({ width: 1400, height: 900, mimeType: "image/jpeg", originalName: "dòng sông.png" });
    expect(row!.variants.map((v) => `${v.format}:${v.width}`)).toEqual(["webp:320", "webp:640", "webp:960", "webp:1280", "webp:1400", "jpeg:1400"]);
    const [stored] = await db.select({ key: media.storageKey }).from(media).where(eq(media.id, photoB));
    expect(stored!.key).toMatch(/^[a-f0-9]{24}$/);
    expect((await readdir(path.join(uploads, stored!.key))).sort()).toEqual(["1280.webp", "1400.webp", "320.webp", "640.webp", "960.webp", "original.jpg"]);
    const [audit] = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, "media"), eq(auditLog.entityId, String(photoB))));
    expect(audit!.action).toBe("media.upload");

    const { id } = await uploadMedia(db, actors.author, await jpeg(), '<img src=x onerror="alert(1)">ảnh.jpg');
    expect((await getMedia(db, actors.author, id))!.originalName).toBe("ảnh.jpg");
    await deleteMedia(db, actors.admin, id);
  });

  const refused: [string, () => Promise<Buffer>, RegExp][] = [
    ["an .exe renamed .jpg", async () => Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(4096, 7)]), /không phải là ảnh JPEG, PNG, WebP, AVIF hoặc GIF/],
    ["an SVG with a script", async () => Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'), /Không nhận ảnh SVG/],
    ["a 20000×20000 PNG (decompression bomb)", async () => pngClaiming(20000, 20000), /Ảnh quá lớn: 20000×20000 điểm ảnh/],
    ["a 30 MB file", async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(30 * 1024 * 1024)]), /vượt quá dung lượng cho phép \(tối đa 10 MB\)/],
    ["an empty file", async () => Buffer.alloc(0), /Tệp rỗng/],
    ["a truncated JPEG", async () => (await jpeg(400, 300)).subarray(0, 300), /bị hỏng|không phải là ảnh hợp lệ/],
  ];
  for (const [name, make, message] of refused) {
    it(`refuses ${name} with a clear message and leaves nothing on disk or in the database`, async () => {
      const before = await snapshot();
      const error = await uploadMedia(db, actors.author, await make(), "anh.jpg").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImageRejectedError);
      expect((error as Error).message).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("honours MAX_UPLOAD_MB", async () => {
    process.env.MAX_UPLOAD_MB = "0.001";
    try {
      const noisy = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#888", noise: { type: "gaussian", mean: 128, sigma: 40 } } }).jpeg().toBuffer();
      expect(noisy.length).toBeGreaterThan(1100);
      await expect(uploadMedia(db, actors.author, noisy, "a.jpg")).rejects.toThrow("Tệp vượt quá dung lượng cho phép");
    } finally {
      delete process.env.MAX_UPLOAD_MB;
    }
  });

  it("stops reading a request body as soon as it passes the limit", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024 * 1024));
        if (pulled > 1000) controller.close();
      },
    });
    expect(await readBodyWithLimit(body, 10 * 1024 * 1024)).toBeNull();
    expect(pulled).toBeLessThan(15);
    const small = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array([1, 2, 3])), c.close()) });
    expect(await readBodyWithLimit(small, 10)).toEqual(Buffer.from([1, 2, 3]));
  });
});

describe("authorization matrix of the media and album functions", () => {
  const calls: [string, Role[], (actor: Actor) => Promise<unknown>][] = [
    ["listMedia", ["admin", "editor", "author"], (a) => listMedia(db, a)],
    ["getMedia", ["admin", "editor", "author"], (a) => getMedia(db, a, photoA)],
    ["deleteMedia", ["admin", "editor"], (a) => deleteMedia(db, a, photoA)],
    ["listAlbumsForAdmin", ["admin", "editor"], (a) => listAlbumsForAdmin(db, a)],
    ["getAlbumForAdmin", ["admin", "editor"], (a) => getAlbumForAdmin(db, a, albumId)],
    ["createAlbum", ["admin", "editor"], (a) => createAlbum(db, a, { title: "Album trái phép", description: "" })],
    ["updateAlbum", ["admin", "editor"], (a) => updateAlbum(db, a, albumId, { title: "Đổi tên trái phép", description: "" })],
    ["addAlbumPhotos", ["admin", "editor"], (a) => addAlbumPhotos(db, a, albumId, [photoB])],
    ["saveAlbumItems", ["admin", "editor"], (a) => saveAlbumItems(db, a, albumId, { order: [], captions: {}, coverMediaId: null })],
    ["removeAlbumPhoto", ["admin", "editor"], (a) => removeAlbumPhoto(db, a, albumId, 1)],
    ["setAlbumPublished", ["admin", "editor"], (a) => setAlbumPublished(db, a, albumId, true)],
    ["deleteAlbum", ["admin", "editor"], (a) => deleteAlbum(db, a, albumId)],
  ];
  for (const [name, allowed, call] of calls) {
    for (const role of (["admin", "editor", "author"] as const).filter((r) => !allowed.includes(r))) {
      it(`${name} refuses the ${role} and changes nothing`, async () => {
        const before = await snapshot();
        await expect(call(actors[role])).rejects.toBeInstanceOf(ForbiddenError);
        expect(await snapshot()).toEqual(before);
      });
    }
    it(`${name} refuses anonymous callers and changes nothing`, async () => {
      const before = await snapshot();
      await expect(call(anonymous)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("uploadMedia refuses anonymous callers before touching the disk", async () => {
    const before = await snapshot();
    await expect(uploadMedia(db, anonymous, await jpeg(), "a.jpg")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });

  it("updateMediaText: an author describes only their own uploads", async () => {
    const before = await snapshot();
    await expect(updateMediaText(db, actors.author, photoB, { alt: "Của người khác", caption: "" })).rejects.toThrow("Tác giả chỉ sửa được mô tả ảnh do mình tải lên.");
    await expect(updateMediaText(db, anonymous, photoA, { alt: "x", caption: "" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });

  it("every role may list and search the library", async () => {
    for (const role of ["admin", "editor", "author"] as const) {
      const { rows } = await listMedia(db, actors[role], { q: "lúa chín" });
      expect(rows.map((r) => r.id)).toEqual([photoA]);
    }
    expect((await listMedia(db, actors.author, { q: "dòng sông" })).rows.map((r) => r.id)).toEqual([photoB]);
    expect((await listMedia(db, actors.author, { q: "Mùa gặt" })).rows.map((r) => r.id)).toEqual([photoA]);
    expect((await listMedia(db, actors.author, { q: "100%_" })).rows).toEqual([]);
  });
});

describe("usage and deletion", () => {
  it("counts album and article use and refuses to delete while in use", async () => {
    const row = (await listMedia(db, actors.editor, { q: "lúa chín" })).rows[0]!;
    expect(row).toMatchObject({ albumCount: 1, articleCount: 0 });
    const before = await snapshot();
    await expect(deleteMedia(db, actors.editor, photoA)).rejects.toThrow("Không thể xóa: ảnh đang được dùng trong 0 bài viết và 1 album.");
    expect(await snapshot()).toEqual(before);
  });

  it("counts an article body holding the image's URL, and an article cover", async () => {
    const [key] = await db.select({ key: media.storageKey }).from(media).where(eq(media.id, photoNoAlt));
    const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.siteId, siteId)).limit(1);
    const [article] = await db
      .insert(articles)
      .values({ siteId, slug: "bai-co-anh-trong-than", title: "Bài có ảnh", categoryId: category!.id, body: `<p>x</p><img src="/media/${key!.key}/640.webp" alt="a">` })
      .returning({ id: articles.id });
    expect((await getMedia(db, actors.editor, photoNoAlt))!.articleCount).toBe(1);
    await expect(deleteMedia(db, actors.admin, photoNoAlt)).rejects.toThrow("1 bài viết");
    // An image in use must keep its alt text.
    await expect(updateMediaText(db, actors.author, photoNoAlt, { alt: "  ", caption: "" })).rejects.toThrow("phải có mô tả");
    await db.update(articles).set({ body: "<p>không còn ảnh</p>", coverMediaId: photoNoAlt }).where(eq(articles.id, article!.id));
    expect((await getMedia(db, actors.editor, photoNoAlt))!.articleCount).toBe(1);
    await db.delete(articles).where(eq(articles.id, article!.id));
    expect((await getMedia(db, actors.editor, photoNoAlt))!.articleCount).toBe(0);
  });

  it("deletes an unused image with its files, audited", async () => {
    const { id } = await uploadMedia(db, actors.author, await jpeg(), "tam.jpg");
    const [key] = await db.select({ key: media.storageKey }).from(media).where(eq(media.id, id));
    expect(await readdir(uploads)).toContain(key!.key);
    await deleteMedia(db, actors.editor, id);
    expect(await readdir(uploads)).not.toContain(key!.key);
    expect(await getMedia(db, actors.editor, id)).toBeNull();
    const [audit] = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.action, "media.delete"));
    expect(audit).toBeDefined();
  });
});

describe("albums", () => {
  it("refuses photos without alt text and changes nothing", async () => {
    const before = await snapshot();
    await expect(addAlbumPhotos(db, actors.editor, albumId, [photoNoAlt])).rejects.toThrow("Ảnh chưa có mô tả (alt) không thể thêm vào album");
    expect(await snapshot()).toEqual(before);
  });

  it("adds, reorders, captions, picks a cover, publishes and shows it to readers", async () => {
    const { slug } = await createAlbum(db, actors.admin, { title: "Lễ hội Đền Trần", description: "Ảnh lễ hội" });
    expect(slug).toBe("le-hoi-den-tran");
    const again = await createAlbum(db, actors.admin, { title: "Lễ hội Đền Trần", description: "" });
    expect(again.slug).toBe("le-hoi-den-tran-2");
    await deleteAlbum(db, actors.admin, again.id);

    const id = (await listAlbumsForAdmin(db, actors.editor)).find((a) => a.slug === slug)!.id;
    await expect(setAlbumPublished(db, actors.editor, id, true)).rejects.toThrow("Album chưa có ảnh nào");
    expect((await addAlbumPhotos(db, actors.editor, id, [photoA, photoB, photoA])).added).toBe(2);
    expect((await addAlbumPhotos(db, actors.editor, id, [photoA])).added).toBe(0);
    let album = (await getAlbumForAdmin(db, actors.editor, id))!;
    expect(album.items.map((i) => i.mediaId)).toEqual([photoA, photoB]);
    expect(album.coverMediaId).toBe(photoA);

    const [first, second] = album.items;
    await saveAlbumItems(db, actors.editor, id, { order: [second!.itemId, first!.itemId], captions: { [second!.itemId]: "Sông", [first!.itemId]: "Đồng" }, coverMediaId: photoB });
    album = (await getAlbumForAdmin(db, actors.editor, id))!;
    expect(album.items.map((i) => [i.mediaId, i.caption])).toEqual([[photoB, "Sông"], [photoA, "Đồng"]]);
    expect(album.coverMediaId).toBe(photoB);
    await expect(saveAlbumItems(db, actors.editor, id, { order: [first!.itemId], captions: {}, coverMediaId: photoB })).rejects.toThrow("tải lại trang");
    await expect(saveAlbumItems(db, actors.editor, id, { order: [second!.itemId, first!.itemId], captions: {}, coverMediaId: photoNoAlt })).rejects.toThrow("Ảnh bìa phải là một ảnh trong album.");

    expect(await getPublishedAlbum(db, siteId, slug)).toBeNull();
    await setAlbumPublished(db, actors.editor, id, true);
    expect((await getPublishedAlbum(db, siteId, slug))!.photos.map((p) => p.caption)).toEqual(["Sông", "Đồng"]);

    // Removing the cover picks the next photo; removing the last unpublishes.
    await removeAlbumPhoto(db, actors.editor, id, second!.itemId);
    expect((await getAlbumForAdmin(db, actors.editor, id))!.coverMediaId).toBe(photoA);
    await removeAlbumPhoto(db, actors.editor, id, first!.itemId);
    album = (await getAlbumForAdmin(db, actors.editor, id))!;
    expect(album).toMatchObject({ published: false, coverMediaId: null, items: [] });

    await deleteAlbum(db, actors.editor, id);
    expect(await getAlbumForAdmin(db, actors.editor, id)).toBeNull();
    // The photos stay in the library.
    expect(await getMedia(db, actors.editor, photoB)).not.toBeNull();
    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, "album"), eq(auditLog.entityId, String(id))))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["album.create", "album.add_photos", "album.save_items", "album.publish", "album.remove_photo", "album.delete"]));
  });

  it("stores XSS in titles, descriptions, captions and alt text as plain text", async () => {
    const xss = `<script>alert(1)</script><img src=x onerror=alert(2)>Ảnh "đẹp" & <b>quê</b>`;
    const { id } = await createAlbum(db, actors.editor, { title: xss, description: `<a href="javascript:alert(3)">bấm</a>` });
    await addAlbumPhotos(db, actors.editor, id, [photoA]);
    const itemId = (await getAlbumForAdmin(db, actors.editor, id))!.items[0]!.itemId;
    await saveAlbumItems(db, actors.editor, id, { order: [itemId], captions: { [itemId]: `<svg onload=alert(4)>Chú thích` }, coverMediaId: photoA });
    await updateMediaText(db, actors.editor, photoB, { alt: `"><script>alert(5)</script>Sông`, caption: `<iframe src="javascript:alert(6)"></iframe>Chiều` });
    const [album] = await db.select({ title: albums.title, description: albums.description, slug: albums.slug }).from(albums).where(eq(albums.id, id));
    expect(album).toEqual({ title: `Ảnh "đẹp" & quê`, description: "bấm", slug: "anh-dep-que" });
    const [item] = await db.select({ caption: albumItems.caption }).from(albumItems).where(eq(albumItems.id, itemId));
    expect(item!.caption).toBe("Chú thích");
    const row = await getMedia(db, actors.editor, photoB);
    expect([row!.alt, row!.caption]).toEqual([`">Sông`, "Chiều"]);
    const stored = JSON.stringify([album, item, row!.alt, row!.caption]);
    expect(stored).not.toMatch(/<script|onerror|onload|javascript:|<iframe|<svg/i);
    await deleteAlbum(db, actors.editor, id);
  });

  it("refuses a too-short title with a clear message", async () => {
    await expect(createAlbum(db, actors.editor, { title: " <b></b> ", description: "" })).rejects.toThrow(new UserRuleError("Tên album cần ít nhất 2 ký tự."));
  });
});

describe("another site's library and albums", () => {
  let theirPhoto: number;
  let theirAlbum: { id: number; slug: string };
  beforeAll(async () => {
    theirPhoto = (await uploadMedia(db, other.actors.editor, await jpeg(70, 50, 10), "anh-cua-xa.jpg")).id;
    await updateMediaText(db, other.actors.editor, theirPhoto, { alt: "Cánh đồng lúa chín của xã", caption: "" });
    theirAlbum = await createAlbum(db, other.actors.editor, { title: "Ảnh đẹp mùa thu", description: "" });
    await addAlbumPhotos(db, other.actors.editor, theirAlbum.id, [theirPhoto]);
    await setAlbumPublished(db, other.actors.editor, theirAlbum.id, true);
  });
  afterAll(async () => {
    await deleteAlbum(db, other.actors.editor, theirAlbum.id);
    await deleteMedia(db, other.actors.editor, theirPhoto);
  });

  it("are not listed or found from this site", async () => {
    for (const role of ["admin", "editor", "author"] as const) {
      expect(await getMedia(db, actors[role], theirPhoto)).toBeNull();
      const { rows } = await listMedia(db, actors[role], { q: "lúa chín" });
      expect(rows.map((r) => r.id)).toEqual([photoA]);
    }
    expect((await listMedia(db, other.actors.author, { q: "lúa chín" })).rows.map((r) => r.id)).toEqual([theirPhoto]);
    expect(await getAlbumForAdmin(db, actors.editor, theirAlbum.id)).toBeNull();
    expect((await listAlbumsForAdmin(db, actors.editor)).map((a) => a.id)).not.toContain(theirAlbum.id);
    expect(await getAlbumForAdmin(db, other.actors.editor, albumId)).toBeNull();
  });

  it("refuse every change from this site's staff and stay as they are", async () => {
    const before = await snapshot();
    const notFound = new UserRuleError("Không tìm thấy ảnh.");
    const noAlbum = new UserRuleError("Không tìm thấy album.");
    for (const actor of [actors.admin, actors.editor]) {
      await expect(updateMediaText(db, actor, theirPhoto, { alt: "Sửa từ trang khác", caption: "" })).rejects.toThrow(notFound);
      await expect(deleteMedia(db, actor, theirPhoto)).rejects.toThrow(notFound);
      await expect(updateAlbum(db, actor, theirAlbum.id, { title: "Đổi tên từ trang khác", description: "" })).rejects.toThrow(noAlbum);
      await expect(addAlbumPhotos(db, actor, theirAlbum.id, [photoA])).rejects.toThrow(noAlbum);
      await expect(saveAlbumItems(db, actor, theirAlbum.id, { order: [], captions: {}, coverMediaId: null })).rejects.toThrow(noAlbum);
      await expect(removeAlbumPhoto(db, actor, theirAlbum.id, 1)).rejects.toThrow(noAlbum);
      await expect(setAlbumPublished(db, actor, theirAlbum.id, false)).rejects.toThrow(noAlbum);
      await expect(deleteAlbum(db, actor, theirAlbum.id)).rejects.toThrow(noAlbum);
      // Nor may this site's album borrow their photo.
      await expect(addAlbumPhotos(db, actor, albumId, [theirPhoto])).rejects.toThrow("Có ảnh không còn trong thư viện.");
    }
    await expect(updateMediaText(db, actors.author, theirPhoto, { alt: "x", caption: "" })).rejects.toThrow(notFound);
    expect(await snapshot()).toEqual(before);
  });

  it("lend no photo as an article cover", async () => {
    const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.siteId, siteId)).limit(1);
    const before = await snapshot();
    const article = { title: "Bài mượn ảnh", summary: "", body: "<p>x</p>", byline: "", categoryId: category!.id, coverMediaId: theirPhoto, coverCaption: "", featured: false };
    await expect(createArticle(db, actors.editor, article)).rejects.toThrow(new UserRuleError("Ảnh đại diện không còn trong thư viện."));
    expect(await snapshot()).toEqual(before);
  });

  it("publish under their own slugs: one title, one address per site, each shown on its own site only", async () => {
    const mine = (await getAlbumForAdmin(db, actors.editor, albumId))!;
    expect(theirAlbum.slug).toBe(mine.slug);
    expect((await getPublishedAlbum(db, other.siteId, theirAlbum.slug))!.photos.map((p) => p.id)).toEqual([theirPhoto]);
    // This site's album of that name is not published: readers here see nothing.
    expect(mine.published).toBe(false);
    expect(await getPublishedAlbum(db, siteId, mine.slug)).toBeNull();
  });
});
