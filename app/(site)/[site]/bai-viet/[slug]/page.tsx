import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { HeadlineList } from "@/components/site/article-list";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ArticleView } from "@/components/site/article-view";
import { JsonLd } from "@/components/site/json-ld";
import { PageRating } from "@/components/site/rating/page-rating";
import { SectionHeading } from "@/components/site/section-heading";
import { Sidebar } from "@/components/site/sidebar";
import { responsiveImage } from "@/lib/media-url";
import { htmlToText, truncateText } from "@/lib/plain-text";
import { getArticlePage, getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";
import { breadcrumbList, newsArticle } from "@/lib/structured-data";
import { ArticleTools } from "./article-tools";
import { ShareLinks } from "./share-links";
import { ViewCounter } from "./view-counter";

// Rendered on a reader's first request, then served from the cache (lib/cache-handler.mjs)
// until an edit it shows, or the time limit, expires it.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[site]/bai-viet/[slug]">;

async function load({ params }: Props) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const site = await siteOf(params);
  const data = await getArticlePage(site.id, slug);
  if (!data) notFound();
  if ("redirectTo" in data) permanentRedirect(`/bai-viet/${data.redirectTo}`);
  return { ...data, site };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { article, site } = await load(props);
  const { settings, origin } = await getSiteChrome(site);
  const image = article.cover ? responsiveImage(article.cover, 1280) : null;
  const byline = article.byline.split(",")[0]?.replace(/\.$/, "").trim();
  return pageMetadata({
    title: `${article.title} | ${settings.portalName}`,
    description: truncateText(article.summary || htmlToText(article.body), 200),
    path: `/bai-viet/${article.slug}`,
    siteName: settings.portalName,
    origin,
    socialTitle: article.title,
    image: image && { url: image.src, width: image.width, height: image.height, alt: article.cover?.alt || article.title },
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt,
      section: article.categoryName,
      authors: byline ? [byline] : undefined,
    },
    feeds: [{ title: `${article.categoryName} | ${settings.portalName}`, url: `/chuyen-muc/${article.categorySlug}/rss.xml` }],
  });
}

export default async function ArticlePage(props: Props) {
  const { article, related, site } = await load(props);
  const chrome = await getSiteChrome(site);
  const { origin } = chrome;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]">
      <JsonLd data={newsArticle(article, chrome)} />
      <JsonLd
        data={breadcrumbList(
          [
            { name: article.categoryName, path: `/chuyen-muc/${article.categorySlug}` },
            { name: article.title, path: `/bai-viet/${article.slug}` },
          ],
          origin,
        )}
      />
      <div className="flex min-w-0 flex-col gap-4">
        <Breadcrumbs items={[{ label: article.categoryName, href: `/chuyen-muc/${article.categorySlug}` }, { label: article.title }]} />
        <ArticleView
          article={article}
          viewCount={<ViewCounter articleId={article.id} initialCount={article.viewCount} />}
          tools={<ArticleTools targetId="bai-viet" />}
          share={<ShareLinks url={`${origin}/bai-viet/${article.slug}`} title={article.title} />}
        />
        <PageRating path={`/bai-viet/${article.slug}`} />
        {related.length > 0 && (
          <section aria-labelledby="tin-khac" className="rounded bg-white p-4 shadow-sm">
            <SectionHeading id="tin-khac" title="Tin khác" />
            <HeadlineList articles={related} />
          </section>
        )}
      </div>
      <Sidebar site={site} />
    </div>
  );
}
