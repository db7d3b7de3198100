import { PROCEDURE_CSV_COLUMNS } from "@/db/procedures";
import { getProcedures, getSiteChrome, siteOf } from "@/db/reader-data";
import { csvDocument } from "@/lib/csv";
import { openDataHeaders } from "@/lib/open-data";
import { procedureQuery } from "@/lib/procedure-query";

/** The procedures as CSV in the import template's columns (plus the links), with the page's filters. */
export async function GET(request: Request, { params }: RouteContext<"/[site]/thu-tuc-hanh-chinh.csv">) {
  const site = await siteOf(params);
  const filter = procedureQuery(new URL(request.url).searchParams);
  const [{ origin }, { procedures }] = await Promise.all([getSiteChrome(site), getProcedures(site.id, filter)]);
  const header = [...PROCEDURE_CSV_COLUMNS.map((c) => c.header), "Trang thủ tục", "Cổng Dịch vụ công quốc gia"];
  const rows = procedures.map((p) => [p.code, p.name, p.field, p.level, p.processingTime, p.fee, p.agency, `${origin}/thu-tuc-hanh-chinh/${p.slug}`, p.portalUrl]);
  return new Response(csvDocument([header, ...rows]), {
    headers: openDataHeaders({ "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="thu-tuc-hanh-chinh.csv"' }),
  });
}
