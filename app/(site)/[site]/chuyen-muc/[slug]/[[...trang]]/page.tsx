import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { StoryRow, LeadStory } from "@/components/site/article-list";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { Pagination } from "@/components/site/pagination";
import { Sidebar } from "@/components/site/sidebar";
import { parsePageParam } from "@/lib/params";
import { truncateText } from "@/lib/plain-text";
import { getCategory, getCategoryArticles, getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";
import { breadcrumbList } from "@/lib/structured-data";

type Props = PageProps<"/[site]/chuyen-muc/[slug]/[[...trang]]">;

// The lead's image spans the list column (measured in Chromium from 360 to 1600 px), inside
// the page's and the section's padding on phones.
const LEAD_SIZES = "(min-width: 1024px) 750px, calc(100vw - 4rem)";

// Rendered on a reader's first request, then served from the cache until an edit in
// this category (or the time limit) expires it. Readers' URLs say `?trang=2`; a rewrite
// in next.config.mjs turns that into this route's path, because a page that read the
// query string could not be cached.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

async function load({ params }: Props) {
  const { slug, trang = [] } = await params;
  if (!isValidSlug(slug) || trang.length > 1 || (trang[0] !== undefined && !/^\d+$/.test(trang[0]))) notFound();
  const page = parsePageParam(trang[0]);
  const site = await siteOf(params);
  const found = await getCategory(site.id, slug);
  if (found?.redirectTo) permanentRedirect(pageHref(found.redirectTo, page));
  if (!found?.category) notFound();
  const list = await getCategoryArticles(site.id, found.category.id, page);
  if (page > list.pageCount) notFound();
  return { site, category: found.category, ...list, page };
}

function pageHref(slug: string, page: number) {
  return page === 1 ? `/chuyen-muc/${slug}` : `/chuyen-muc/${slug}?trang=${page}`;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { site, category, page } = await load(props);
  const { settings, origin } = await getSiteChrome(site);
  const suffix = page > 1 ? ` - Trang ${page}` : "";
  const description = truncateText(category.description || `Tin bài chuyên mục ${category.name} của ${settings.portalName}.`, 160);
  return pageMetadata({
    title: `${category.name}${suffix} | ${settings.portalName}`,
    // Each page of the list is its own page for search engines: its own title and canonical.
    description: page > 1 ? `Trang ${page}: ${description}` : description,
    path: pageHref(category.slug, page),
    siteName: settings.portalName,
    origin,
    socialTitle: category.name,
    feeds: [{ title: `${category.name} | ${settings.portalName}`, url: `/chuyen-muc/${category.slug}/rss.xml` }],
  });
}

export default async function CategoryPage(props: Props) {
  const { site, category, articles, page, pageCount, total } = await load(props);
  const { origin } = await getSiteChrome(site);
  const [first, ...rest] = articles;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]">
      <JsonLd data={breadcrumbList([{ name: category.name, path: `/chuyen-muc/${category.slug}` }], origin)} />
      <div className="flex min-w-0 flex-col gap-4">
        <Breadcrumbs items={[{ label: category.name }]} />
        <section className="rounded bg-white p-4 shadow-sm">
          <div className="mb-1 flex items-end justify-between gap-3 border-b-2 border-brand-600 pb-2">
            <h1 className="text-2xl font-bold text-brand-800">{category.name}</h1>
            <a href={`/chuyen-muc/${category.slug}/rss.xml`} className="inline-flex shrink-0 items-center gap-1 rounded px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50 hover:underline">
              <svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="currentColor">
                <circle cx="5" cy="19" r="2.5" />
                <path d="M3 10.5a10.5 10.5 0 0 1 10.5 10.5h-3A7.5 7.5 0 0 0 3 13.5zM3 3.5A17.5 17.5 0 0 1 20.5 21h-3A14.5 14.5 0 0 0 3 6.5z" />
              </svg>
              RSS<span className="sr-only"> chuyên mục {category.name}</span>
            </a>
          </div>
          <p className="mb-4 text-sm text-muted">
            {category.description} {total > 0 && <>· Trang {page}/{pageCount}</>}
          </p>
          {first ? (
            <div className="flex flex-col gap-5">
              {page === 1 ? <LeadStory article={first} sizes={LEAD_SIZES} priority /> : <StoryRow article={first} showSummary />}
              <div className="flex flex-col gap-4 border-t border-stone-200 pt-4">
                {rest.map((a) => (
                  <StoryRow key={a.id} article={a} showSummary />
                ))}
              </div>
            </div>
          ) : (
            <p className="py-8 text-center text-muted">Chuyên mục chưa có bài viết.</p>
          )}
          <Pagination current={page} count={pageCount} hrefFor={(p) => pageHref(category.slug, p)} />
        </section>
      </div>
      <Sidebar site={site} />
    </div>
  );
}
