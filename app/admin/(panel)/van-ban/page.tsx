import Link from "next/link";
import { Card } from "@/components/admin/card";
import { Pagination } from "@/components/site/pagination";
import { STATUS_LABELS } from "@/db/article-editor";
import { ADMIN_DOCUMENT_PAGE_SIZE, listDocumentsForAdmin } from "@/db/documents";
import { getDb } from "@/db/index";
import { articleStatus } from "@/db/schema";
import { requirePermission } from "@/auth/guard";
import { can } from "@/lib/auth/policy";
import { formatDateTime, formatDay, formatNumber } from "@/lib/format";
import { parsePageParam, parseTextParam } from "@/lib/params";

export const metadata = { title: "Văn bản" };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function AdminDocumentsPage({ searchParams }: PageProps<"/admin/van-ban">) {
  const user = await requirePermission("document.write");
  const params = await searchParams;
  const q = parseTextParam(params.q);
  const status = articleStatus.enumValues.find((s) => s === one(params["trang-thai"]));
  const page = parsePageParam(params.trang);
  const { rows, total } = await listDocumentsForAdmin(await getDb(), user, { q: q || undefined, status, page });
  const filter = new URLSearchParams(Object.entries({ q, "trang-thai": status }).filter((e): e is [string, string] => Boolean(e[1])));
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(filter);
    if (p > 1) next.set("trang", String(p));
    return `/admin/van-ban${next.size ? `?${next}` : ""}`;
  };
  const control = "rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";
  const button = "rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:border-brand-600";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Văn bản</h1>
        <div className="flex flex-wrap gap-2">
          {can(user, "document.lists") && (
            <Link href="/admin/van-ban/danh-muc" className={button}>
              Danh mục loại, cơ quan, lĩnh vực
            </Link>
          )}
          {can(user, "document.publish") && (
            <Link href="/admin/van-ban/nhap" className={button}>
              Nhập từ CSV
            </Link>
          )}
          <Link href="/admin/van-ban/moi" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            + Thêm văn bản
          </Link>
        </div>
      </div>
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Lọc văn bản">
          <div className="flex flex-col gap-1">
            <label htmlFor="loc-q" className="text-xs font-semibold">
              Số/ký hiệu hoặc trích yếu
            </label>
            <input id="loc-q" name="q" defaultValue={q} className={control} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="loc-trang-thai" className="text-xs font-semibold">
              Trạng thái
            </label>
            <select id="loc-trang-thai" name="trang-thai" defaultValue={status ?? ""} className={control}>
              <option value="">Tất cả</option>
              {articleStatus.enumValues.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-stone-800 px-4 py-1.5 text-sm font-semibold text-white">
            Lọc
          </button>
        </form>
      </Card>
      <Card title={`${formatNumber(total)} văn bản`}>
        {rows.length === 0 ? (
          <p className="text-muted">Chưa có văn bản nào.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-2 pr-3">Số/ký hiệu</th>
                  <th scope="col" className="py-2 pr-3">Trích yếu</th>
                  <th scope="col" className="py-2 pr-3">Ban hành</th>
                  <th scope="col" className="py-2 pr-3">Trạng thái</th>
                  <th scope="col" className="py-2 pr-3">Sửa lần cuối</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-b border-stone-200 align-top">
                    <td className="py-2 pr-3 font-semibold">
                      <Link href={`/admin/van-ban/${r.id}`} className="text-brand-700 hover:underline">
                        {r.number}
                      </Link>
                      <div className="text-xs font-normal text-muted">{r.type}</div>
                    </td>
                    <td className="py-2 pr-3">{r.summary}</td>
                    <td className="whitespace-nowrap py-2 pr-3">{formatDay(r.issuedOn)}</td>
                    <td className="whitespace-nowrap py-2 pr-3">{STATUS_LABELS[r.status]}</td>
                    <td className="whitespace-nowrap py-2 pr-3 text-muted">
                      {formatDateTime(r.updatedAt)}
                      {r.author && <div className="text-xs">{r.author}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination current={page} count={Math.max(1, Math.ceil(total / ADMIN_DOCUMENT_PAGE_SIZE))} hrefFor={hrefFor} />
      </Card>
    </div>
  );
}
