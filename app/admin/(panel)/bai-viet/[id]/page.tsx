import { can } from "@/lib/auth/policy";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { getArticleForEdit, STATUS_LABELS } from "@/db/article-editor";
import { getDb } from "@/db/index";
import { getSites, originOf } from "@/db/site-directory";
import { getSyndicationStatus } from "@/db/syndication";
import { forbiddenUnless, requirePermission } from "@/auth/guard";
import { formatDateTime } from "@/lib/format";
import { parseId } from "@/lib/form-fields";
import { SendUpForm } from "../../tin-gui-len/syndication-forms";
import { ArticleForm } from "../article-form";
import { editorChoices } from "../editor-data";
import { WorkflowPanel } from "../workflow-panel";

export const metadata = { title: "Sửa bài viết" };

/** What the new-article screen did, said once on the page it lands on. */
const NOTICES: Record<string, string> = {
  "da-tao": "Đã tạo bản nháp.",
  "da-gui-duyet": "Đã tạo bài và gửi cho biên tập viên duyệt.",
  "da-dang": "Đã xuất bản. Bài hiển thị ngay trên cổng thông tin.",
  "da-hen-gio": "Đã hẹn giờ đăng bài.",
};

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/bai-viet/[id]">) {
  const user = await requirePermission("admin.access");
  const id = parseId((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const found = await forbiddenUnless(getArticleForEdit(db, user, id));
  if (!found) notFound();
  const { article, pendingRevision } = found;
  // A pending edit of a live article is what the editor keeps working on.
  const content = pendingRevision ?? article;
  const { categories, cover, maxUploadBytes } = await editorChoices(db, user, content.coverMediaId);
  const isEditor = can(user, "article.publish");
  const editable = isEditor || (article.authorId === user.id && article.status === "draft");
  const { tb } = await searchParams;
  const notice = typeof tb === "string" ? NOTICES[tb] : undefined;
  const site = (await getSites()).find((s) => s.id === user.siteId)!;
  const origin = await originOf(site);
  // A component's published article can be sent up to its province ("Tin từ xã, phường").
  const sentUp = site.parentId && article.status === "published" && can(user, "article.syndicate") ? await getSyndicationStatus(db, user, article.id) : undefined;
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_300px]">
      <div className="flex min-w-0 flex-col gap-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">Sửa bài viết</h1>
          <div className="flex gap-3 text-sm">
            <Link href={`/admin/xem-truoc/${article.id}`} className="text-brand-700 hover:underline">
              Xem trước
            </Link>
            <Link href={`/admin/bai-viet/${article.id}/lich-su`} className="text-brand-700 hover:underline">
              Lịch sử phiên bản
            </Link>
          </div>
        </div>
        {notice && (
          <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">
            {notice}
          </p>
        )}
        {pendingRevision && (
          <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Có bản sửa chờ duyệt ({formatDateTime(pendingRevision.createdAt)}). Bài trên cổng thông tin vẫn là bản cũ cho đến khi được duyệt.
          </p>
        )}
        {editable ? (
          <ArticleForm
            key={article.id}
            values={{
              id: article.id,
              title: content.title,
              slug: article.slug,
              summary: content.summary,
              body: content.body,
              byline: content.byline,
              categoryId: content.categoryId,
              coverMediaId: content.coverMediaId,
              coverCaption: content.coverCaption,
              featured: article.featured,
              status: article.status,
            }}
            categories={categories}
            cover={cover}
            maxUploadBytes={maxUploadBytes}
            isEditor={isEditor}
          />
        ) : (
          <p className="rounded bg-white p-4 text-sm shadow-sm">Bài đã gửi duyệt hoặc đã đăng: chỉ biên tập viên được sửa. Bạn vẫn có thể xem trước và xem lịch sử.</p>
        )}
      </div>
      <aside className="flex flex-col gap-4">
        <Card title="Trạng thái">
          <p className="mb-1 text-lg font-bold text-brand-800" data-testid="article-status">
            {STATUS_LABELS[article.status]}
          </p>
          {article.publishedAt && <p className="mb-3 text-sm text-muted">Thời điểm đăng: {formatDateTime(article.publishedAt)}</p>}
          {article.status === "published" && (
            <p className="mb-3 text-sm">
              <a href={`${origin}/bai-viet/${article.slug}`} className="text-brand-700 hover:underline">
                Xem trên cổng thông tin ↗
              </a>
            </p>
          )}
          <WorkflowPanel id={article.id} status={article.status} isEditor={isEditor} isOwner={article.authorId === user.id} pendingRevisionId={pendingRevision?.id ?? null} />
        </Card>
        {sentUp !== undefined && (
          <Card title="Gửi lên cổng tỉnh">
            {sentUp === "approved" ? (
              <p className="text-sm">Cổng tỉnh đã đăng lại bài này ở mục “Tin từ xã, phường”.</p>
            ) : sentUp === "pending" ? (
              <p className="text-sm">Đã gửi, đang chờ biên tập viên của tỉnh duyệt.</p>
            ) : (
              <>
                {sentUp === "rejected" && <p className="mb-2 text-sm text-muted">Lần gửi trước chưa được duyệt; có thể gửi lại.</p>}
                <SendUpForm articleId={article.id} />
              </>
            )}
          </Card>
        )}
      </aside>
    </div>
  );
}
