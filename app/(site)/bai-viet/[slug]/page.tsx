import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { HeadlineList } from "@/components/site/article-list";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ArticleView } from "@/components/site/article-view";
import { SectionHeading } from "@/components/site/section-heading";
import { Sidebar } from "@/components/site/sidebar";
import { responsiveImage } from "@/lib/media-url";
import { getArticlePage, getSiteChrome } from "@/lib/reader-data";
import { isValidSlug } from "@/lib/slug";
import { ArticleTools } from "./article-tools";
import { ViewCounter } from "./view-counter";

type Props = PageProps<"/bai-viet/[slug]">;

async function load({ params }: Props) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const data = await getArticlePage(slug);
  if (!data) notFound();
  if ("redirectTo" in data) permanentRedirect(`/bai-viet/${data.redirectTo}`);
  return data;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { article } = await load(props);
  const { settings } = await getSiteChrome();
  const image = article.cover ? responsiveImage(article.cover, 1280) : null;
  return {
    title: `${article.title} | ${settings.portalName}`,
    description: article.summary.slice(0, 300),
    alternates: { canonical: `/bai-viet/${article.slug}` },
    openGraph: {
      type: "article",
      title: article.title,
      description: article.summary.slice(0, 300),
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      siteName: settings.portalName,
      locale: "vi_VN",
      images: image ? [{ url: image.src, width: image.width, height: image.height }] : undefined,
    },
  };
}

export default async function ArticlePage(props: Props) {
  const { article, related } = await load(props);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]">
      <div className="flex min-w-0 flex-col gap-4">
        <Breadcrumbs items={[{ label: article.categoryName, href: `/chuyen-muc/${article.categorySlug}` }, { label: article.title }]} />
        <ArticleView
          article={article}
          viewCount={<ViewCounter articleId={article.id} initialCount={article.viewCount} />}
          tools={<ArticleTools targetId="bai-viet" />}
        />
        {related.length > 0 && (
          <section aria-labelledby="tin-khac" className="rounded bg-white p-4 shadow-sm">
            <SectionHeading id="tin-khac" title="Tin khác" />
            <HeadlineList articles={related} />
          </section>
        )}
      </div>
      <Sidebar />
    </div>
  );
}
