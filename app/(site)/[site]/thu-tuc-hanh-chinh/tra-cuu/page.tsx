import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ProcedureDataLinks, ProcedureSearchForm, ProcedureTable } from "@/components/site/procedures/procedure-list";
import { getProcedures, getSiteChrome, siteOf } from "@/db/reader-data";
import { procedureQuery } from "@/lib/procedure-query";
import { pageMetadata } from "@/lib/seo";

// Per request: the query string is the page (like /tim-kiem).
export const dynamic = "force-dynamic";

type Props = PageProps<"/[site]/thu-tuc-hanh-chinh/tra-cuu">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  // Result pages are not for search engines: the list itself is.
  return { ...pageMetadata({ title: `Tra cứu thủ tục hành chính | ${settings.portalName}`, description: "Kết quả tra cứu thủ tục hành chính.", path: "/thu-tuc-hanh-chinh", siteName: settings.portalName, origin, noindex: true }) };
}

/** Search results, per request (the query string); the data itself is cached by query. */
export default async function ProcedureSearchPage({ params, searchParams }: Props) {
  await connection();
  const site = await siteOf(params);
  const filter = procedureQuery(await searchParams);
  const [{ procedures }, { fields }] = await Promise.all([getProcedures(site.id, filter), getProcedures(site.id)]);
  const field = fields.find((f) => f.slug === filter.field);
  const query = new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), ...(filter.field ? { "linh-vuc": filter.field } : {}) }).toString();
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Thủ tục hành chính", href: "/thu-tuc-hanh-chinh" }, { label: "Tra cứu" }]} />
      <section aria-labelledby="tthc-ket-qua" className="rounded bg-white p-4 shadow-sm">
        <h1 id="tthc-ket-qua" className="mb-3 border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">
          Tra cứu thủ tục hành chính
        </h1>
        <ProcedureSearchForm q={filter.q} field={filter.field} fields={fields} />
        <p role="status" className="mb-3 text-sm">
          {procedures.length} thủ tục
          {filter.q && <> khớp với “{filter.q}”</>}
          {field && <> trong lĩnh vực {field.name}</>}.
        </p>
        {procedures.length === 0 ? (
          <p className="py-4 text-muted">
            Không tìm thấy thủ tục phù hợp. Hãy thử từ khóa khác hoặc{" "}
            <Link href="/thu-tuc-hanh-chinh" className="text-brand-700 underline">
              xem tất cả thủ tục
            </Link>
            .
          </p>
        ) : (
          <ProcedureTable procedures={procedures} caption="Kết quả tra cứu thủ tục hành chính" />
        )}
        <ProcedureDataLinks query={query} />
      </section>
    </div>
  );
}
