import { getDocumentList } from "@/db/documents-reader";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { csvDocument } from "@/lib/csv";
import { DOCUMENT_CSV_HEADER, documentCsvRow } from "@/lib/document-export";
import { parseDocumentParams, searchParamsRecord } from "@/lib/document-query";

const PAGE_SIZE = 1000;

/** The register as CSV (Excel-safe, lib/csv.ts) with the page's filters; ?trang= pages past 1,000 rows. */
export async function GET(request: Request, { params }: RouteContext<"/[site]/van-ban.csv">) {
  const site = await siteOf(params);
  const query = parseDocumentParams(searchParamsRecord(new URL(request.url)));
  const [data, { origin }] = await Promise.all([getDocumentList(site, query, PAGE_SIZE), getSiteChrome(site)]);
  const body = csvDocument([DOCUMENT_CSV_HEADER, ...data.items.map((item) => documentCsvRow(item, origin))]);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="van-ban-${site.slug}${query.page > 1 ? `-trang-${query.page}` : ""}.csv"`,
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
