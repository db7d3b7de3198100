import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryRow, LeadStory } from "@/components/site/article-list";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { Pagination } from "@/components/site/pagination";
import { Sidebar } from "@/components/site/sidebar";
import { parsePageParam } from "@/lib/params";
import { getCategoryPage, getSiteChrome } from "@/lib/reader-data";
import { isValidSlug } from "@/lib/slug";

type Props = PageProps<"/chuyen-muc/[slug]">;

async function load({ params, searchParams }: Props) {
  const { slug } = await params;
  const page = parsePageParam((await searchParams).trang);
  if (!isValidSlug(slug)) notFound();
  const data = await getCategoryPage(slug, page);
  if (!data || page > data.pageCount) notFound();
  return { ...data, page };
}

function pageHref(slug: string, page: number) {
  return page === 1 ? `/chuyen-muc/${slug}` : `/chuyen-muc/${slug}?trang=${page}`;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { category, page } = await load(props);
  const { settings } = await getSiteChrome();
  const suffix = page > 1 ? ` - Trang ${page}` : "";
  return {
    title: `${category.name}${suffix} | ${settings.portalName}`,
    description: category.description || `Tin bài chuyên mục ${category.name}`,
    alternates: { canonical: pageHref(category.slug, page) },
  };
}

export default async function CategoryPage(props: Props) {
  const { category, articles, page, pageCount, total } = await load(props);
  const [first, ...rest] = articles;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]">
      <div className="flex min-w-0 flex-col gap-4">
        <Breadcrumbs items={[{ label: category.name }]} />
        <section className="rounded bg-white p-4 shadow-sm">
          <h1 className="mb-1 border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">{category.name}</h1>
          <p className="mb-4 text-sm text-muted">
            {category.description} {total > 0 && <>· Trang {page}/{pageCount}</>}
          </p>
          {first ? (
            <div className="flex flex-col gap-5">
              {page === 1 ? <LeadStory article={first} priority /> : <StoryRow article={first} showSummary />}
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
      <Sidebar />
    </div>
  );
}
