import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { SiteChrome } from "@/components/site/site-chrome";
import { getArticlePreview, STATUS_LABELS } from "@/db/article-editor";
import { getDb } from "@/db/index";
import { getSites } from "@/db/site-directory";
import { forbiddenUnless, requirePermission } from "@/auth/guard";
import { parseId } from "@/lib/form-fields";

// Staff only, never indexed, never cached, never counted as a view (no counter here).
export const metadata: Metadata = { title: "Xem trước bài viết", robots: { index: false, follow: false } };

export default async function PreviewPage({ params, searchParams }: PageProps<"/admin/xem-truoc/[id]">) {
  const user = await requirePermission("admin.access");
  const id = parseId((await params).id);
  const revisionParam = (await searchParams)["phien-ban"];
  const revision = revisionParam === undefined ? undefined : parseId(revisionParam);
  if (!id || (revisionParam !== undefined && !revision)) notFound();
  const preview = await forbiddenUnless(getArticlePreview(await getDb(), user, id, revision));
  if (!preview) notFound();
  // Shown in the chrome of the site the article belongs to (the editor's current site).
  const site = (await getSites()).find((s) => s.id === user.siteId);
  if (!site) notFound();
  return (
    <SiteChrome site={site}>
      <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
        Bản xem trước ({STATUS_LABELS[preview.status]}{revision ? `, phiên bản #${revision}` : ""}) — chỉ cán bộ đã đăng nhập thấy trang này.{" "}
        <Link href={`/admin/bai-viet/${id}`} className="font-semibold underline">
          Quay lại sửa bài
        </Link>
      </p>
      {/* The article as a desktop column and, beside it, as a 390 px phone shows it: the
          view sizes itself by its container, so the narrow frame gets the phone layout.
          The phone copy is inert (a picture of the page: no second tab stop) and its title no second <h1>. */}
      <div className="flex flex-wrap items-start gap-6">
        <section aria-label="Xem trước trên máy tính" className="min-w-0 max-w-4xl flex-[1_1_36rem]">
          <h2 className="mb-2 text-sm font-semibold text-muted">Máy tính</h2>
          <ArticleView article={preview.view} />
        </section>
        <section aria-label="Xem trước trên điện thoại" className="shrink-0">
          <h2 className="mb-2 text-sm font-semibold text-muted">Điện thoại (390 px)</h2>
          <div className="w-[406px] max-w-full rounded-[2rem] border-8 border-stone-800 bg-stone-100 shadow-lg" data-testid="phone-preview">
            <div inert className="overflow-hidden rounded-[1.5rem] py-3">
              <ArticleView article={preview.view} id="bai-viet-dien-thoai" copy />
            </div>
          </div>
        </section>
      </div>
    </SiteChrome>
  );
}
