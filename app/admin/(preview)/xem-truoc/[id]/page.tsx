import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { SiteChrome } from "@/components/site/site-chrome";
import { getArticlePreview, STATUS_LABELS } from "@/db/article-editor";
import { getDb } from "@/db/index";
import { getSites } from "@/db/site-directory";
import { forbiddenUnless, requirePermission } from "@/lib/auth/guard";
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
      <div className="max-w-4xl">
        <ArticleView article={preview.view} />
      </div>
    </SiteChrome>
  );
}
