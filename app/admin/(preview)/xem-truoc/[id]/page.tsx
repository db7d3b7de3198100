import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { SiteChrome } from "@/components/site/site-chrome";
import { getArticlePreview, STATUS_LABELS } from "@/db/article-editor";
import { getDb } from "@/db/index";
import { forbiddenUnless, requirePermission } from "@/lib/auth/guard";

// Staff only, never indexed, never cached, never counted as a view (no counter here).
export const metadata: Metadata = { title: "Xem trước bài viết", robots: { index: false, follow: false } };

export default async function PreviewPage({ params, searchParams }: PageProps<"/admin/xem-truoc/[id]">) {
  const user = await requirePermission("admin.access");
  const { id } = await params;
  const revision = (await searchParams)["phien-ban"];
  if (!/^\d{1,9}$/.test(id) || (revision !== undefined && (typeof revision !== "string" || !/^\d{1,9}$/.test(revision)))) notFound();
  const preview = await forbiddenUnless(getArticlePreview(await getDb(), user, Number(id), revision ? Number(revision) : undefined));
  if (!preview) notFound();
  return (
    <SiteChrome>
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
