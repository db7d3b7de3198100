import { getProcedures, getSiteChrome, siteOf } from "@/db/reader-data";
import { openDataHeaders } from "@/lib/open-data";
import { procedureQuery } from "@/lib/procedure-query";

/** The procedures as JSON, with the page's filters (`?q=`, `?linh-vuc=`). */
export async function GET(request: Request, { params }: RouteContext<"/[site]/thu-tuc-hanh-chinh.json">) {
  const site = await siteOf(params);
  const filter = procedureQuery(new URL(request.url).searchParams);
  const [{ settings, origin }, { procedures }] = await Promise.all([getSiteChrome(site), getProcedures(site.id, filter)]);
  return Response.json(
    {
      publisher: settings.agencyName,
      source: `${origin}/thu-tuc-hanh-chinh`,
      filter: { q: filter.q || null, field: filter.field ?? null },
      procedures: procedures.map((p) => ({
        code: p.code,
        name: p.name,
        field: p.field,
        level: p.level,
        processingTime: p.processingTime,
        fee: p.fee,
        agency: p.agency,
        url: `${origin}/thu-tuc-hanh-chinh/${p.slug}`,
        nationalPortalUrl: p.portalUrl,
        updatedAt: p.updatedAt,
      })),
    },
    { headers: openDataHeaders() },
  );
}
