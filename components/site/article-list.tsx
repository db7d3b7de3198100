import Link from "next/link";
import type { ComponentProps } from "react";
import type { ArticleCard } from "@/lib/articles";
import { formatDate, formatDateTime, vietnamDay } from "@/lib/format";
import { ResponsiveImage } from "@/components/ui/responsive-image";

/** An article of this site by path; one of another site (province-wide lists) at its own home. */
function articleHref(article: Pick<ArticleCard, "slug" | "url">) {
  return article.url ?? `/bai-viet/${article.slug}`;
}

/**
 * A link to an article, never prefetched. A prefetched article brings the preload of its
 * own lead image, at the article page's width, which the browser then downloads at high
 * priority: on a phone's homepage, four 960 px images (16–21 kB each) the reader has not
 * asked for, competing with the page's own. A click still navigates within the app.
 */
export function ArticleLink({ article, ...props }: Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { article: Pick<ArticleCard, "slug" | "url"> }) {
  return <Link href={articleHref(article)} prefetch={false} {...props} />;
}

function PublishedAt({ value, withTime = false }: { value: string; withTime?: boolean }) {
  // A day shown, a day in the attribute: the instant's milliseconds cost bytes on every
  // list item of every page (twice: in the HTML and in the page's RSC payload).
  return (
    <time dateTime={withTime ? value : vietnamDay(new Date(value))} className="text-xs text-muted">
      {withTime ? formatDateTime(value) : formatDate(value)}
    </time>
  );
}

/**
 * The big story: image, title, date, summary. `sizes` says how wide the image is shown
 * where the story sits, so a phone picks the variant that fills it rather than one sized
 * for the whole screen (each layout's widths are noted where it passes them).
 */
export function LeadStory({
  article,
  sizes,
  priority = false,
  headingLevel = 2,
}: {
  article: ArticleCard;
  sizes: string;
  priority?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex flex-col gap-2">
      {article.cover && (
        <ArticleLink article={article} tabIndex={-1} aria-hidden="true" className="block overflow-hidden rounded">
          <ResponsiveImage
            image={article.cover}
            alt=""
            sizes={sizes}
            priority={priority}
            className="aspect-[16/9] w-full object-cover transition-transform duration-300 hover:scale-[1.02]"
          />
        </ArticleLink>
      )}
      <Heading className={headingLevel === 2 ? "text-xl md:text-2xl font-bold leading-snug" : "text-lg font-bold leading-snug"}>
        <ArticleLink article={article} className="hover:text-brand-700 hover:underline">
          {article.title}
        </ArticleLink>
      </Heading>
      <PublishedAt value={article.publishedAt} withTime />
      {article.summary && <p className="text-[0.95rem] leading-relaxed text-stone-700 line-clamp-4">{article.summary}</p>}
    </article>
  );
}

/** A row with a small thumbnail: lists on the homepage and category pages. */
export function StoryRow({
  article,
  showCategory = false,
  showSummary = false,
  compact = false,
}: {
  article: ArticleCard;
  showCategory?: boolean;
  showSummary?: boolean;
  /** Narrow columns: a smaller thumbnail so the title keeps room. */
  compact?: boolean;
}) {
  return (
    <article className="flex gap-3">
      {article.cover && (
        <ArticleLink article={article} tabIndex={-1} aria-hidden="true" className="shrink-0 overflow-hidden rounded">
          <ResponsiveImage image={article.cover} alt="" sizes="160px" className={`aspect-[4/3] object-cover ${compact ? "w-24" : "w-28 sm:w-40"}`} />
        </ArticleLink>
      )}
      <div className="flex min-w-0 flex-col gap-1">
        {showCategory && <span className="text-xs font-semibold uppercase tracking-wide text-brand-700">{article.categoryName}</span>}
        <h3 className={compact ? "text-[0.95rem] font-semibold leading-snug" : "font-semibold leading-snug"}>
          <ArticleLink article={article} className="hover:text-brand-700 hover:underline">
            {article.title}
          </ArticleLink>
        </h3>
        <PublishedAt value={article.publishedAt} />
        {showSummary && article.summary && <p className="hidden sm:block text-sm text-stone-700 line-clamp-2">{article.summary}</p>}
      </div>
    </article>
  );
}

/** Title-only list: "Tin khác", headlines under a lead story. */
export function HeadlineList({ articles }: { articles: ArticleCard[] }) {
  return (
    <ul className="divide-y divide-stone-200">
      {articles.map((a) => (
        <li key={a.id} className="py-2">
          <ArticleLink article={a} className="group flex gap-2 leading-snug">
            <span aria-hidden="true" className="mt-2 h-1.5 w-1.5 shrink-0 rounded-full bg-brand-600" />
            <span className="group-hover:text-brand-700 group-hover:underline">{a.title}</span>
          </ArticleLink>{" "}
          <span className="whitespace-nowrap text-xs text-muted">{`(${formatDate(a.publishedAt)})`}</span>
        </li>
      ))}
    </ul>
  );
}
