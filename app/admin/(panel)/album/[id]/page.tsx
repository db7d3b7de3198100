import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { getAlbumForAdmin } from "@/db/albums";
import { getDb } from "@/db/index";
import { listMedia } from "@/db/media";
import { parseId } from "@/lib/form-fields";
import { requirePermission } from "@/auth/guard";
import { AlbumDetailsForm, DeleteAlbumForm, PublishForm } from "../album-forms";
import { AddPhotosForm } from "./add-photos-form";
import { AlbumItemsEditor } from "./album-items-editor";
import { BackLink } from "@/components/admin/back-link";

export const metadata = { title: "Sửa album" };

export default async function AlbumEditPage({ params, searchParams }: PageProps<"/admin/album/[id]">) {
  const user = await requirePermission("album.manage");
  const id = parseId((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const album = await getAlbumForAdmin(db, user, id);
  if (!album) notFound();
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : "";
  // Only described photos can go into an album (alt text is required for readers).
  const { rows: library, total } = await listMedia(db, user, { q, withAltOnly: true, limit: 36 });
  const inAlbum = new Set(album.items.map((i) => i.mediaId));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <BackLink href="/admin/album">Danh sách album</BackLink>
          <h1 className="text-2xl font-bold">{album.title}</h1>
        </div>
        {album.published ? (
          <span className="flex items-center gap-3 text-sm">
            <span className="rounded bg-green-100 px-2 py-0.5 text-green-800">Đã xuất bản</span>
            <Link href={`/thu-vien-anh/${album.slug}`} className="text-brand-700 hover:underline">
              Xem trên cổng thông tin
            </Link>
          </span>
        ) : (
          <span className="rounded bg-stone-200 px-2 py-0.5 text-sm">Chưa xuất bản</span>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <Card title="Thông tin album">
          <AlbumDetailsForm id={album.id} title={album.title} description={album.description} />
          <p className="mt-3 text-xs text-muted">
            Địa chỉ: <code>/thu-vien-anh/{album.slug}</code> (giữ nguyên khi đổi tên để liên kết cũ vẫn dùng được)
          </p>
        </Card>
        <Card title="Xuất bản">
          <div className="flex flex-col gap-4">
            <PublishForm id={album.id} published={album.published} />
            <DeleteAlbumForm id={album.id} title={album.title} />
          </div>
        </Card>
      </div>
      <Card title={`Ảnh trong album (${album.items.length})`}>
        <AlbumItemsEditor albumId={album.id} items={album.items} coverMediaId={album.coverMediaId} />
      </Card>
      <Card title="Thêm ảnh từ thư viện">
        <form role="search" className="mb-3 flex flex-wrap items-end gap-2">
          <div className="min-w-56 flex-1">
            <label htmlFor="picker-q" className="text-sm font-semibold">
              Tìm trong thư viện
            </label>
            <input id="picker-q" name="q" type="search" defaultValue={q} className="w-full rounded border border-stone-300 bg-white px-3 py-2" />
          </div>
          <button type="submit" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:border-brand-600">
            Tìm
          </button>
        </form>
        <p className="mb-3 text-xs text-muted">
          Chỉ hiện ảnh đã có mô tả (alt){total > library.length ? `; ${library.length} trên ${total} ảnh, hãy tìm để thu hẹp` : ""}. Ảnh chưa có mô tả: nhập trong{" "}
          <Link href="/admin/thu-vien" className="text-brand-700 underline">
            Thư viện ảnh
          </Link>
          .
        </p>
        {library.length ? (
          <AddPhotosForm albumId={album.id} photos={library.map((m) => ({ id: m.id, alt: m.alt, originalName: m.originalName, width: m.width, height: m.height, variants: m.variants, inAlbum: inAlbum.has(m.id) }))} />
        ) : (
          <p className="py-4 text-center text-muted">Không có ảnh phù hợp.</p>
        )}
      </Card>
    </div>
  );
}
