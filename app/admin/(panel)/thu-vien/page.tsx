import { can } from "@/lib/auth/policy";
import { Card } from "@/components/admin/card";
import { Pagination } from "@/components/site/pagination";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { getDb } from "@/db/index";
import { listMedia, type MediaRow } from "@/db/media";
import { requirePermission } from "@/auth/guard";
import type { Actor } from "@/lib/auth/policy";
import { formatDate, formatNumber } from "@/lib/format";
import { maxUploadBytes } from "@/lib/media";
import { parsePageParam, parseTextParam } from "@/lib/params";
import { DeleteMediaForm, MediaTextForm } from "./media-forms";
import { UploadWidget } from "./upload-widget";

export const metadata = { title: "Thư viện ảnh" };
const PAGE_SIZE = 24;

function usageText(row: MediaRow): string {
  if (!row.articleCount && !row.albumCount) return "Chưa được sử dụng";
  return `Dùng trong ${row.articleCount} bài viết / ${row.albumCount} album`;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

function MediaCard({ row, user }: { row: MediaRow; user: Actor }) {
  const canEdit = can(user, "media.manage") || row.uploadedBy === user.id;
  const canDelete = can(user, "media.manage");
  const inUse = row.articleCount + row.albumCount > 0;
  return (
    <li className="flex flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm" aria-label={row.originalName}>
      <div className="relative aspect-[4/3] bg-stone-200">
        <ResponsiveImage image={row} alt={row.alt} sizes="(min-width: 1280px) 280px, (min-width: 768px) 33vw, 100vw" className="h-full w-full object-cover" />
        {!row.alt && <span className="absolute left-2 top-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Chưa có mô tả (alt)</span>}
      </div>
      <div className="flex flex-1 flex-col gap-3 p-3">
        <div className="text-sm">
          <p className="truncate font-semibold" title={row.originalName}>
            {row.originalName}
          </p>
          <p className="text-xs text-muted">
            {row.width}×{row.height} · {sizeText(row.bytes)} · {formatDate(row.createdAt)}
          </p>
          <p className={`mt-1 text-xs font-medium ${inUse ? "text-brand-700" : "text-muted"}`} data-testid="media-usage">
            {usageText(row)}
          </p>
        </div>
        {canEdit ? (
          <MediaTextForm id={row.id} alt={row.alt} caption={row.caption} name={row.originalName} />
        ) : (
          <dl className="text-xs">
            <dt className="font-semibold">Mô tả ảnh (alt)</dt>
            <dd className="mb-1">{row.alt || "—"}</dd>
            <dt className="font-semibold">Chú thích</dt>
            <dd>{row.caption || "—"}</dd>
          </dl>
        )}
        {canDelete && (
          <div className="mt-auto border-t border-stone-100 pt-3">
            {inUse ? <p className="text-xs text-muted">Không thể xóa khi ảnh đang được sử dụng.</p> : <DeleteMediaForm id={row.id} name={row.originalName} inUse={inUse} />}
          </div>
        )}
      </div>
    </li>
  );
}

export default async function MediaLibraryPage({ searchParams }: PageProps<"/admin/thu-vien">) {
  const user = await requirePermission("admin.access");
  const params = await searchParams;
  const q = parseTextParam(params.q);
  const page = parsePageParam(params.trang);
  const { rows, total } = await listMedia(await getDb(), user, { q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const hrefFor = (p: number) => {
    const query = new URLSearchParams();
    if (q) query.set("q", q);
    if (p > 1) query.set("trang", String(p));
    return `/admin/thu-vien${query.size ? `?${query}` : ""}`;
  };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Thư viện ảnh</h1>
      <Card title="Tải ảnh lên">
        <UploadWidget maxBytes={maxUploadBytes()} />
      </Card>
      <Card title={q ? `Kết quả tìm "${q}" (${total})` : `Tất cả ảnh (${total})`}>
        <form role="search" action="/admin/thu-vien" className="mb-4 flex flex-wrap items-end gap-2">
          <div className="min-w-56 flex-1">
            <label htmlFor="media-q" className="text-sm font-semibold">
              Tìm ảnh
            </label>
            <input id="media-q" name="q" type="search" defaultValue={q} placeholder="Tên tệp, mô tả hoặc chú thích" className="w-full rounded border border-stone-300 bg-white px-3 py-2" />
          </div>
          <button type="submit" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:border-brand-600">
            Tìm
          </button>
        </form>
        {rows.length === 0 ? (
          <p className="py-8 text-center text-muted">{q ? "Không tìm thấy ảnh phù hợp." : "Thư viện chưa có ảnh nào."}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" aria-label="Ảnh trong thư viện">
            {rows.map((row) => (
              <MediaCard key={row.id} row={row} user={user} />
            ))}
          </ul>
        )}
        <Pagination current={page} count={Math.ceil(total / PAGE_SIZE)} hrefFor={hrefFor} />
      </Card>
    </div>
  );
}
