import { BUDGET_STAGES } from "@/db/disclosures";
import { getDisclosures, getSiteChrome, siteOf } from "@/db/reader-data";
import { disclosureQuery } from "@/lib/disclosure-query";
import { openDataHeaders } from "@/lib/open-data";

/** Budget reports, projects and procurement as JSON (`?loai=ngan-sach|du-an|dau-thau`, `?nam=`). */
export async function GET(request: Request, { params }: RouteContext<"/[site]/cong-khai-ngan-sach.json">) {
  const site = await siteOf(params);
  const filter = disclosureQuery(new URL(request.url).searchParams);
  const [{ settings, origin }, items] = await Promise.all([getSiteChrome(site), getDisclosures(site.id, filter)]);
  return Response.json(
    {
      publisher: settings.agencyName,
      source: `${origin}/cong-khai-ngan-sach`,
      filter: { kind: filter.kind ?? null, year: filter.year ?? null },
      stages: BUDGET_STAGES,
      items: items.map((d) => ({ ...d, files: d.files.map((f) => ({ ...f, url: `${origin}${f.url}` })) })),
    },
    { headers: openDataHeaders() },
  );
}
