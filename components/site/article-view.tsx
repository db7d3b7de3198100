import { ResponsiveImage } from "@/components/ui/responsive-image";
import type { Cover } from "@/lib/articles";
import { formatDateTime } from "@/lib/format";
import { LastUpdated } from "./last-updated";

export type ArticleViewData = {
  title: string;
  categoryName: string;
  publishedAt: string | null;
  summary: string;
  body: string;
  byline: string;
  cover: Cover | null;
  coverCaption: string;
  /** Its last edit: "Cập nhật lần cuối" (the published page; a preview has none yet). */
  updatedAt?: string | null;
};

/**
 * An article as readers see it; the public page and the staff preview both render this,
 * so a preview is exactly what will be published.
 */
export function ArticleView({
  article,
  viewCount,
  tools,
  share,
  id = "bai-viet",
  copy = false,
}: {
  article: ArticleViewData;
  viewCount?: React.ReactNode;
  tools?: React.ReactNode;
  share?: React.ReactNode;
  id?: string;
  /** A second rendering on the same page (the preview's phone frame): its title is not a second <h1>. */
  copy?: boolean;
}) {
  const Title = copy ? "p" : "h1";
  // Sized by its own column (container queries), not the window: the staff preview shows
  // it in a phone-width frame beside the desktop one.
  return (
    <div className="@container/article">
    <article id={id} className="rounded bg-white p-4 shadow-sm @2xl/article:p-6">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-brand-700">{article.categoryName}</p>
      <Title className="text-2xl font-bold leading-snug text-ink @2xl/article:text-3xl">{article.title}</Title>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 pb-3">
        <p className="text-sm text-muted">
          {article.publishedAt ? <time dateTime={article.publishedAt}>Ngày đăng {formatDateTime(article.publishedAt)}</time> : <span>Chưa đăng</span>}
          {viewCount !== undefined && (
            <>
              <span aria-hidden="true"> | </span>
              <span>Lượt xem: {viewCount}</span>
            </>
          )}
        </p>
        {tools}
      </div>
      <div className="prose-article mt-4">
        {article.summary && <p className="font-semibold">{article.summary}</p>}
        {article.cover && (
          <figure>
            <ResponsiveImage image={article.cover} alt={article.cover.alt} sizes="(min-width: 1024px) 760px, 100vw" priority className="w-full rounded" />
            {article.coverCaption && <figcaption>{article.coverCaption}</figcaption>}
          </figure>
        )}
        {/* Sanitized when stored (lib/sanitize.ts): the same allowlist for every writer. */}
        <div dangerouslySetInnerHTML={{ __html: article.body }} />
        {article.byline && <p className="text-right font-semibold italic">{article.byline}</p>}
      </div>
      <LastUpdated at={article.updatedAt} className="mt-2 text-right" />
      {share}
    </article>
    </div>
  );
}
