import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { DocumentStateBadge } from "@/components/site/document-state-badge";
import { Pagination } from "@/components/site/pagination";
import { DOCUMENTS_PAGE_SIZE, getDocumentList, type DocumentListData } from "@/db/documents-reader";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { DOCUMENT_STATE_LABELS } from "@/lib/document-state";
import { documentQuery, documentsHref, hasFilters, parseDocumentParams, type DocumentRequest } from "@/lib/document-query";
import { formatDay, formatNumber } from "@/lib/format";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";
import { pageMetadata } from "@/lib/seo";

// The query string is the list: rendered per request, its data cached briefly by tag.
export const dynamic = "force-dynamic";

type Props = PageProps<"/[site]/van-ban">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const request = parseDocumentParams(await searchParams);
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  const filtered = hasFilters(request) || request.scope === "province" || request.page > 1;
  return pageMetadata({
    title: `Văn bản${request.q ? `: ${request.q}` : ""}${request.page > 1 ? ` - Trang ${request.page}` : ""} | ${settings.portalName}`,
    description: `Sổ văn bản của ${settings.agencyName}: quyết định, chỉ thị, kế hoạch, thông báo… tra cứu theo loại, cơ quan ban hành, lĩnh vực, năm và tình trạng hiệu lực.`,
    path: documentsHref(request),
    siteName: settings.portalName,
    origin,
    socialTitle: "Văn bản",
    feeds: [{ title: `Văn bản mới | ${settings.portalName}`, url: "/van-ban/rss.xml" }],
    // Filtered variants are endless: only the register itself is indexed.
    noindex: filtered,
  });
}

export default async function DocumentsPage({ params, searchParams }: Props) {
  const request = parseDocumentParams(await searchParams);
  const site = await siteOf(params);
  const { parent, settings } = await getSiteChrome(site);
  const data = await getDocumentList(site, request);
  const provinceName = parent ? parent.site.name : site.name;
  const query = documentQuery({ ...request, page: undefined });
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Văn bản" }]} />
      <section aria-labelledby="van-ban" className="rounded bg-white p-4 shadow-sm md:p-6">
        <h1 id="van-ban" className="mb-1 border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">
          Văn bản
        </h1>
        <p className="mb-4 text-sm text-muted">Văn bản do {settings.agencyName} và các cơ quan liên quan ban hành. Tìm theo số, ký hiệu, trích yếu hoặc nội dung tệp đính kèm; gõ có dấu hoặc không dấu.</p>
        <DocumentSearchForm key={documentsHref(request)} request={request} provinceName={provinceName} />
        {request.truncated && <p className="mt-3 rounded border border-gold-500 bg-gold-400/20 px-3 py-2 text-sm">Từ khóa dài quá {MAX_QUERY_LENGTH} ký tự nên chỉ phần đầu được dùng để tìm.</p>}
      </section>
      <div className="grid gap-4 lg:grid-cols-[260px_minmax(0,1fr)]">
        <Facets request={request} data={data} />
        <Results request={request} data={data} />
      </div>
      <p className="text-sm text-muted">
        Dữ liệu mở:{" "}
        <a href={`/van-ban.json${query ? `?${query}` : ""}`} className="text-brand-700 underline">
          JSON
        </a>
        {" · "}
        <a href={`/van-ban.csv${query ? `?${query}` : ""}`} className="text-brand-700 underline">
          CSV
        </a>
        {" · "}
        <a href="/van-ban/rss.xml" className="text-brand-700 underline">
          RSS
        </a>{" "}
        (cùng bộ lọc với danh sách đang xem).
      </p>
    </div>
  );
}

const field = "h-11 w-full rounded border border-stone-300 bg-white px-3 text-ink focus:border-brand-600";

function DocumentSearchForm({ request, provinceName }: { request: DocumentRequest; provinceName: string }) {
  return (
    <Form action="/van-ban" role="search" aria-label="Tìm văn bản" className="flex flex-col gap-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <label htmlFor="van-ban-q" className="mb-1 block text-sm font-semibold">
            Từ khóa
          </label>
          <input id="van-ban-q" name="q" type="search" defaultValue={request.q} maxLength={MAX_QUERY_LENGTH} enterKeyHint="search" placeholder="Ví dụ: 15/QĐ-UBND, kế hoach su dung dat" className={field} />
        </div>
        {request.q ? (
          <div>
            <label htmlFor="van-ban-sort" className="mb-1 block text-sm font-semibold">
              Sắp xếp
            </label>
            <select id="van-ban-sort" name="sap-xep" defaultValue={request.sort === "newest" ? "moi-nhat" : ""} className={field}>
              <option value="">Phù hợp nhất</option>
              <option value="moi-nhat">Mới nhất</option>
            </select>
          </div>
        ) : null}
        <button type="submit" className="h-11 rounded bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700">
          Tìm văn bản
        </button>
      </div>
      {/* The facets chosen so far stay when the words change. */}
      {request.type && <input type="hidden" name="loai" value={request.type} />}
      {request.issuer && <input type="hidden" name="co-quan" value={request.issuer} />}
      {request.field && <input type="hidden" name="linh-vuc" value={request.field} />}
      {request.year && <input type="hidden" name="nam" value={request.year} />}
      {request.state && <input type="hidden" name="tinh-trang" value={request.state} />}
      <fieldset className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <legend className="sr-only">Phạm vi</legend>
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="pham-vi" value="" defaultChecked={request.scope !== "province"} />
          Trang này
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="pham-vi" value="toan-tinh" defaultChecked={request.scope === "province"} />
          Toàn tỉnh {provinceName} (cổng tỉnh và các xã, phường)
        </label>
      </fieldset>
    </Form>
  );
}

type FacetEntry = { key: string; label: string; count: number; active: boolean; href: string };

function FacetGroup({ id, title, entries, clearHref }: { id: string; title: string; entries: FacetEntry[]; clearHref?: string }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={id} className="border-b border-stone-200 pb-3 last:border-0">
      <h3 id={id} className="mb-1 text-sm font-bold uppercase tracking-wide text-brand-800">
        {title}
      </h3>
      <ul className="flex flex-col gap-0.5 text-sm">
        {entries.map((e) => (
          <li key={e.key}>
            <Link href={e.href} aria-current={e.active ? "true" : undefined} className={`flex justify-between gap-2 rounded px-2 py-1.5 hover:bg-brand-50 ${e.active ? "bg-brand-50 font-semibold text-brand-800" : ""}`}>
              <span>{e.label}</span>
              <span className="text-muted">
                <span className="sr-only">: </span>
                {formatNumber(e.count)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {clearHref && (
        <Link href={clearHref} className="mt-1 inline-block px-2 text-sm text-brand-700 underline">
          Bỏ lọc {title.toLowerCase()}
        </Link>
      )}
    </section>
  );
}

function Facets({ request, data }: { request: DocumentRequest; data: DocumentListData }) {
  const { facets } = data;
  const link = (change: Partial<DocumentRequest>) => documentsHref({ ...request, ...change, page: 1 });
  return (
    <aside aria-labelledby="bo-loc" className="flex flex-col gap-3 rounded bg-white p-4 shadow-sm">
      <h2 id="bo-loc" className="text-lg font-bold">
        Lọc văn bản
      </h2>
      <FacetGroup id="loc-loai" title="Loại văn bản" entries={facets.types.map((t) => ({ key: t.slug, label: t.name, count: t.count, active: request.type === t.slug, href: link({ type: request.type === t.slug ? undefined : t.slug }) }))} clearHref={request.type ? link({ type: undefined }) : undefined} />
      <FacetGroup id="loc-co-quan" title="Cơ quan ban hành" entries={facets.issuers.map((t) => ({ key: t.slug, label: t.name, count: t.count, active: request.issuer === t.slug, href: link({ issuer: request.issuer === t.slug ? undefined : t.slug }) }))} clearHref={request.issuer ? link({ issuer: undefined }) : undefined} />
      <FacetGroup id="loc-linh-vuc" title="Lĩnh vực" entries={facets.fields.map((t) => ({ key: t.slug, label: t.name, count: t.count, active: request.field === t.slug, href: link({ field: request.field === t.slug ? undefined : t.slug }) }))} clearHref={request.field ? link({ field: undefined }) : undefined} />
      <FacetGroup id="loc-nam" title="Năm ban hành" entries={facets.years.map((y) => ({ key: String(y.year), label: String(y.year), count: y.count, active: request.year === y.year, href: link({ year: request.year === y.year ? undefined : y.year }) }))} clearHref={request.year ? link({ year: undefined }) : undefined} />
      <FacetGroup id="loc-tinh-trang" title="Tình trạng" entries={facets.states.map((s) => ({ key: s.state, label: DOCUMENT_STATE_LABELS[s.state], count: s.count, active: request.state === s.state, href: link({ state: request.state === s.state ? undefined : s.state }) }))} clearHref={request.state ? link({ state: undefined }) : undefined} />
    </aside>
  );
}

function Results({ request, data }: { request: DocumentRequest; data: DocumentListData }) {
  const first = (request.page - 1) * DOCUMENTS_PAGE_SIZE + 1;
  return (
    <section aria-labelledby="danh-sach-van-ban" className="min-w-0 rounded bg-white p-4 shadow-sm md:p-6">
      <h2 id="danh-sach-van-ban" className="text-lg font-bold">
        {request.q ? `Kết quả cho “${request.q}”` : "Danh sách văn bản"}
      </h2>
      <p className="mb-3 text-sm text-muted" aria-live="polite">
        {data.total === 0 ? (
          "Không có văn bản nào phù hợp."
        ) : (
          <>
            {data.capped ? "Hơn " : ""}
            {formatNumber(data.total)} văn bản{request.q && request.sort !== "newest" ? ", phù hợp nhất trước" : ", mới nhất trước"}
            {data.pageCount > 1 && ` · Trang ${request.page}/${data.pageCount}`}
            {data.capped && ". Chỉ những văn bản mới nhất khớp từ khóa được xếp hạng; thêm từ khóa hoặc bộ lọc để thu hẹp."}
          </>
        )}
      </p>
      {data.total === 0 ? (
        <div className="py-4">
          <p>Thử bỏ bớt bộ lọc, dùng ít từ hơn hoặc gõ không dấu (“quyet dinh” cũng tìm thấy “quyết định”).</p>
          {hasFilters(request) && (
            <p className="mt-2">
              <Link href="/van-ban" className="font-semibold text-brand-700 underline">
                Xem tất cả văn bản
              </Link>
            </p>
          )}
        </div>
      ) : (
        <ol start={first} className="flex flex-col divide-y divide-stone-200">
          {data.items.map((d) => (
            <li key={d.id} className="py-3 first:pt-0">
              <article className="flex flex-col gap-1">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                  <span className="font-semibold uppercase tracking-wide text-brand-700">{d.type.name}</span>
                  <DocumentStateBadge state={d.state} />
                </p>
                <h3 className="font-bold leading-snug">
                  <Link href={d.url ?? `/van-ban/${d.slug}`} className="hover:text-brand-700 hover:underline">
                    {d.number}
                  </Link>
                </h3>
                <p className="leading-relaxed text-stone-800">{d.summary}</p>
                <p className="text-sm text-muted">
                  {d.issuer.name} · Ban hành <time dateTime={d.issuedOn}>{formatDay(d.issuedOn)}</time>
                  {d.effectiveOn && (
                    <>
                      {" "}
                      · Hiệu lực <time dateTime={d.effectiveOn}>{formatDay(d.effectiveOn)}</time>
                    </>
                  )}
                  {d.expiresOn && (
                    <>
                      {" "}
                      · Hết hiệu lực <time dateTime={d.expiresOn}>{formatDay(d.expiresOn)}</time>
                    </>
                  )}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination current={request.page} count={data.pageCount} hrefFor={(page) => documentsHref({ ...request, page })} />
    </section>
  );
}
