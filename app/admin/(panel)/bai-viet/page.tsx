import { can } from "@/lib/auth/policy";
import Link from "next/link";
import { Card } from "@/components/admin/card";
import { Pagination } from "@/components/site/pagination";
import { ADMIN_PAGE_SIZE, listArticlesForAdmin, STATUS_LABELS } from "@/db/article-editor";
import { listCategories } from "@/db/categories";
import { getDb } from "@/db/index";
import { articleStatus } from "@/db/schema";
import { listUsers } from "@/db/users";
import { parseId } from "@/lib/form-fields";
import { requirePermission } from "@/auth/guard";
import { formatDateTime, formatNumber } from "@/lib/format";
import { parsePageParam, parseTextParam } from "@/lib/params";
import { BULK_FORM_ID, BulkActions, SelectAll } from "./bulk-actions";

export const metadata = { title: "Bài viết" };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function ArticlesPage({ searchParams }: PageProps<"/admin/bai-viet">) {
  const user = await requirePermission("admin.access");
  const params = await searchParams;
  const q = parseTextParam(params.q);
  const statusParam = one(params["trang-thai"]);
  const status = articleStatus.enumValues.find((s) => s === statusParam);
  const categoryId = parseId(one(params["chuyen-muc"]));
  const authorId = parseId(one(params["tac-gia"]));
  const page = parsePageParam(params.trang);
  const db = await getDb();
  const [{ rows, total }, categories, people] = await Promise.all([
    listArticlesForAdmin(db, user, { q: q || undefined, status, categoryId, authorId, page }),
    listCategories(db, user.siteId),
    can(user, "users.manage") ? listUsers(db, user) : Promise.resolve([]),
  ]);
  const filter = new URLSearchParams(Object.entries({ q, "trang-thai": status, "chuyen-muc": categoryId?.toString(), "tac-gia": authorId?.toString() }).filter((e): e is [string, string] => Boolean(e[1])));
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(filter);
    if (p > 1) next.set("trang", String(p));
    return `/admin/bai-viet${next.size ? `?${next}` : ""}`;
  };
  const control = "rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";
  const isEditor = can(user, "article.publish");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Bài viết</h1>
        <Link href="/admin/bai-viet/moi" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          + Viết bài mới
        </Link>
      </div>
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Lọc bài viết">
          <div className="flex flex-col gap-1">
            <label htmlFor="loc-q" className="text-xs font-semibold">Tìm theo tiêu đề</label>
            <input id="loc-q" name="q" defaultValue={q} className={control} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="loc-trang-thai" className="text-xs font-semibold">Trạng thái</label>
            <select id="loc-trang-thai" name="trang-thai" defaultValue={status ?? ""} className={control}>
              <option value="">Tất cả</option>
              {articleStatus.enumValues.map((s) => (
                <option key={s} value={s}>{STATUS_LABELS[s]}</option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="loc-chuyen-muc" className="text-xs font-semibold">Chuyên mục</label>
            <select id="loc-chuyen-muc" name="chuyen-muc" defaultValue={categoryId ?? ""} className={control}>
              <option value="">Tất cả</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>{c.name}</option>
              ))}
            </select>
          </div>
          {people.length > 0 && (
            <div className="flex flex-col gap-1">
              <label htmlFor="loc-tac-gia" className="text-xs font-semibold">Người viết</label>
              <select id="loc-tac-gia" name="tac-gia" defaultValue={authorId ?? ""} className={control}>
                <option value="">Tất cả</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>{p.name}</option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Lọc</button>
        </form>
      </Card>
      <Card title={`${formatNumber(total)} bài`}>
        {/* Kept when the list empties (the drafts just published): its message stays. */}
        {isEditor && <BulkActions categories={categories.map(({ id, name }) => ({ id, name }))} />}
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 text-xs uppercase text-muted">
              <tr>
                {isEditor && (
                  <th scope="col" className="w-8 py-2 pr-2">
                    <SelectAll />
                  </th>
                )}
                <th scope="col" className="py-2 pr-3">Tiêu đề</th>
                <th scope="col" className="py-2 pr-3">Trạng thái</th>
                <th scope="col" className="py-2 pr-3">Chuyên mục</th>
                <th scope="col" className="py-2 pr-3">Người viết</th>
                <th scope="col" className="py-2 pr-3">Cập nhật</th>
                <th scope="col" className="py-2 text-right">Lượt xem</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {rows.map((a, i) => (
                <tr key={a.id}>
                  {isEditor && (
                    <td className="py-2 pr-2">
                      <input type="checkbox" form={BULK_FORM_ID} name={`ids.${i}`} value={a.id} aria-label={`Chọn bài: ${a.title}`} className="h-4 w-4 accent-brand-600" />
                    </td>
                  )}
                  <td className="py-2 pr-3">
                    <Link href={`/admin/bai-viet/${a.id}`} className="font-medium hover:text-brand-700 hover:underline">{a.title}</Link>
                    {a.featured && <span className="ml-1 rounded bg-amber-100 px-1.5 text-xs text-amber-900">nổi bật</span>}
                  </td>
                  <td className="whitespace-nowrap py-2 pr-3">{STATUS_LABELS[a.status]}</td>
                  <td className="py-2 pr-3">{a.category}</td>
                  <td className="py-2 pr-3">{a.author ?? "—"}</td>
                  <td className="whitespace-nowrap py-2 pr-3">{formatDateTime(a.updatedAt)}</td>
                  <td className="py-2 text-right tabular-nums">{formatNumber(a.viewCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="py-6 text-center text-muted">Không có bài viết phù hợp.</p>}
        </div>
        <Pagination current={page} count={Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE))} hrefFor={hrefFor} />
      </Card>
    </div>
  );
}
