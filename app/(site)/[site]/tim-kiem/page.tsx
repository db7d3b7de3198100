import type { Metadata } from "next";
import Link from "next/link";
import { ArticleLink, HeadlineList } from "@/components/site/article-list";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { Pagination } from "@/components/site/pagination";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { formatDate, formatDay, formatNumber } from "@/lib/format";
import { getHomepage, getSearchResults, getSiteChrome, SEARCH_PAGE_SIZE, siteOf, type SearchPageData } from "@/db/reader-data";
import type { SiteInfo } from "@/lib/site";
import { highlightTerms, MAX_QUERY_LENGTH, parseSearchParams, searchHref, type SearchRequest } from "@/lib/search-query";
import { pageMetadata } from "@/lib/seo";
import { HighlightedText } from "./highlighted-text";
import { SearchForm } from "./search-form";

// Every search is its own answer: never cached as a page (the data is cached briefly).
export const dynamic = "force-dynamic";

type Props = PageProps<"/[site]/tim-kiem">;

function hasCriteria(request: SearchRequest) {
  return Boolean(request.q || request.category || request.from || request.to);
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const request = parseSearchParams(await searchParams);
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  const title = request.q ? `Tìm kiếm: ${request.q}` : "Tìm kiếm";
  return pageMetadata({
    title: `${title}${request.page > 1 ? ` - Trang ${request.page}` : ""} | ${settings.portalName}`,
    description: `Tìm kiếm tin bài trên ${settings.portalName}, gõ có dấu hoặc không dấu.`,
    path: searchHref(request),
    siteName: settings.portalName,
    origin,
    socialTitle: title,
    // Result pages are endless and thin: crawl their links, do not index them.
    noindex: true,
  });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const request = parseSearchParams(await searchParams);
  const site = await siteOf(params);
  const { categories, parent } = await getSiteChrome(site);
  const data = hasCriteria(request) ? await getSearchResults(site, request) : null;
  // Every site of a province can search the whole province (itself and its components).
  const provinceName = parent ? parent.site.name : site.name;
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Tìm kiếm" }]} />
      <section aria-labelledby="tim-kiem" className="rounded bg-white p-4 shadow-sm md:p-6">
        <h1 id="tim-kiem" className="mb-4 border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">
          Tìm kiếm
        </h1>
        {/* Keyed by the request: a new search from the header refills the fields. */}
        <SearchForm key={searchHref(request)} request={request} categories={categories} provinceName={provinceName} />
        {request.truncated && (
          <p className="mt-3 rounded border border-gold-500 bg-gold-400/20 px-3 py-2 text-sm">
            Từ khóa dài quá {MAX_QUERY_LENGTH} ký tự nên chỉ phần đầu được dùng để tìm.
          </p>
        )}
      </section>
      {data ? <Results request={request} data={data} site={site} /> : <Intro />}
    </div>
  );
}

function Intro() {
  return (
    <section className="rounded bg-white p-4 text-muted shadow-sm md:p-6">
      <p>Nhập từ khóa để tìm tin bài trên cổng thông tin. Có thể gõ không dấu: “cai cach hanh chinh” cũng tìm thấy “Cải cách hành chính”.</p>
      <p className="mt-2 text-sm">Mẹo: đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm, thêm dấu trừ trước một từ để loại bỏ từ đó (ví dụ: “nông thôn mới” -lúa).</p>
    </section>
  );
}

function Results({ request, data, site }: { request: SearchRequest; data: SearchPageData; site: SiteInfo }) {
  const terms = highlightTerms(request.q);
  const scope = [
    data.category && `trong chuyên mục “${data.category.name}”`,
    request.from && `từ ngày ${formatDay(request.from)}`,
    request.to && `đến ngày ${formatDay(request.to)}`,
  ]
    .filter(Boolean)
    .join(", ");
  if (data.total === 0) return <NoResults request={request} data={data} scope={scope} site={site} />;
  const firstIndex = (request.page - 1) * SEARCH_PAGE_SIZE + 1;
  return (
    <section aria-labelledby="ket-qua" className="rounded bg-white p-4 shadow-sm md:p-6">
      <h2 id="ket-qua" className="sr-only">
        Kết quả tìm kiếm
      </h2>
      <p className="mb-4 text-sm text-muted">
        Tìm thấy <strong className="text-ink">{data.capped ? `hơn ${formatNumber(data.total)}` : formatNumber(data.total)}</strong> kết quả
        {request.q && (
          <>
            {" "}
            cho “<strong className="text-ink">{request.q}</strong>”
          </>
        )}
        {scope && ` ${scope}`}
        {data.pageCount > 1 && ` · Trang ${request.page}/${data.pageCount}`}
        {data.capped && ". Hiển thị những bài mới nhất phù hợp nhất; thêm từ khóa hoặc bộ lọc để thu hẹp."}
      </p>
      {data.hits.length === 0 ? (
        <p className="py-6 text-center">
          Trang này không có kết quả. <Link href={searchHref({ ...request, page: 1 })} className="text-brand-700 underline">Về trang đầu</Link>
        </p>
      ) : (
        <ol start={firstIndex} className="flex flex-col divide-y divide-stone-200">
          {data.hits.map((hit) => (
            <li key={hit.id} className="py-4 first:pt-0">
              <article className="flex gap-3 sm:gap-4">
                {hit.cover && (
                  <ArticleLink article={hit} tabIndex={-1} aria-hidden="true" className="shrink-0 overflow-hidden rounded">
                    <ResponsiveImage image={hit.cover} alt="" sizes="160px" className="aspect-[4/3] w-24 object-cover sm:w-36" />
                  </ArticleLink>
                )}
                <div className="flex min-w-0 flex-col gap-1">
                  <p className="text-xs">
                    <span className="font-semibold uppercase tracking-wide text-brand-700">{hit.categoryName}</span>
                    <span aria-hidden="true" className="text-muted"> · </span>
                    <time dateTime={hit.publishedAt} className="text-muted">
                      {formatDate(hit.publishedAt)}
                    </time>
                  </p>
                  <h3 className="text-lg font-bold leading-snug">
                    <ArticleLink article={hit} className="hover:text-brand-700 hover:underline">
                      <HighlightedText text={hit.title} terms={terms} />
                    </ArticleLink>
                  </h3>
                  <p className="text-[0.95rem] leading-relaxed text-stone-700">
                    <HighlightedText text={hit.snippet} terms={terms} />
                  </p>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination current={request.page} count={data.pageCount} hrefFor={(page) => searchHref({ ...request, page })} />
    </section>
  );
}

async function NoResults({ request, data, scope, site }: { request: SearchRequest; data: SearchPageData; scope: string; site: SiteInfo }) {
  const [{ latest }, { categories }] = await Promise.all([getHomepage(site.id), getSiteChrome(site)]);
  const searchable = !request.q || highlightTerms(request.q).length > 0;
  return (
    <section aria-labelledby="khong-co-ket-qua" className="rounded bg-white p-4 shadow-sm md:p-6">
      <h2 id="khong-co-ket-qua" className="text-xl font-bold text-brand-800">
        Không tìm thấy kết quả phù hợp
      </h2>
      <p className="mt-2">
        {!searchable ? (
          <>Từ khóa cần có ít nhất một chữ cái hoặc chữ số.</>
        ) : (
          <>
            Không có bài viết nào{request.q && <> khớp với “<strong>{request.q}</strong>”</>}
            {scope && ` ${scope}`}.
          </>
        )}
      </p>
      <h3 className="mt-5 font-semibold">Gợi ý</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {data.totalWithoutFilters ? (
          <li>
            <Link href={searchHref({ q: request.q })} className="font-semibold text-brand-700 underline">
              Bỏ bộ lọc để xem {formatNumber(data.totalWithoutFilters)} kết quả cho “{request.q}”
            </Link>
          </li>
        ) : null}
        <li>Kiểm tra lại chính tả của từ khóa.</li>
        <li>Dùng ít từ hơn hoặc từ chung hơn, ví dụ “cải cách” thay vì cả câu.</li>
        <li>Có thể gõ không dấu: “cai cach” cũng tìm thấy “cải cách”.</li>
        {scope && <li>Mở rộng khoảng thời gian hoặc chọn “Tất cả chuyên mục”.</li>}
      </ul>
      <h3 className="mt-5 font-semibold">Xem theo chuyên mục</h3>
      <ul className="mt-2 flex flex-wrap gap-2">
        {categories.map((c) => (
          <li key={c.id}>
            <Link href={`/chuyen-muc/${c.slug}`} className="inline-block rounded-full border border-stone-300 px-3 py-1.5 text-sm hover:border-brand-600 hover:text-brand-700">
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
      {latest.length > 0 && (
        <>
          <h3 className="mb-1 mt-5 font-semibold">Tin mới nhất</h3>
          <HeadlineList articles={latest.slice(0, 5)} />
        </>
      )}
    </section>
  );
}
