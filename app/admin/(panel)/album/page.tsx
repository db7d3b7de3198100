import Link from "next/link";
import { Card } from "@/components/admin/card";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { listAlbumsForAdmin } from "@/db/albums";
import { getDb } from "@/db/index";
import { requirePermission } from "@/auth/guard";
import { formatDateTime } from "@/lib/format";
import { CreateAlbumForm } from "./album-forms";

export const metadata = { title: "Album ảnh" };

export default async function AlbumsPage() {
  const user = await requirePermission("album.manage");
  const albums = await listAlbumsForAdmin(await getDb(), user);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Album ảnh</h1>
      <Card title="Tạo album mới">
        <CreateAlbumForm />
      </Card>
      <Card title={`Danh sách album (${albums.length})`}>
        {albums.length === 0 ? (
          <p className="py-6 text-center text-muted">Chưa có album nào.</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {albums.map((album) => (
              <li key={album.id} className="flex items-center gap-4 py-3">
                <div className="h-16 w-24 shrink-0 overflow-hidden rounded bg-stone-200">
                  {album.cover && <ResponsiveImage image={album.cover} alt="" sizes="96px" className="h-full w-full object-cover" />}
                </div>
                <div className="min-w-0 flex-1">
                  <Link href={`/admin/album/${album.id}`} className="font-semibold text-brand-700 hover:underline">
                    {album.title}
                  </Link>
                  <p className="text-xs text-muted">
                    {album.photoCount} ảnh · cập nhật {formatDateTime(album.updatedAt)}
                  </p>
                </div>
                {album.published ? (
                  <span className="rounded bg-green-100 px-2 py-0.5 text-xs text-green-800">Đã xuất bản</span>
                ) : (
                  <span className="rounded bg-stone-100 px-2 py-0.5 text-xs">Chưa xuất bản</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
