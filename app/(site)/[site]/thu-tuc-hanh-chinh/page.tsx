import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ProcedureDataLinks, ProcedureSearchForm, ProceduresByField } from "@/components/site/procedures/procedure-list";
import { getProcedures, getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";

// Served from the cache until a procedure changes. A search (`?q=`, `?linh-vuc=`) is sent
// by proxy.ts to ./tra-cuu, rendered per request.
export const revalidate = 300;

type Props = PageProps<"/[site]/thu-tuc-hanh-chinh">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params);
  const { settings, origin } = await getSiteChrome(site);
  return pageMetadata({
    title: `Thủ tục hành chính | ${settings.portalName}`,
    description: `Các thủ tục hành chính do ${settings.agencyName} giải quyết, theo lĩnh vực, với mã thủ tục và liên kết nộp hồ sơ trên Cổng Dịch vụ công quốc gia.`,
    path: "/thu-tuc-hanh-chinh",
    siteName: settings.portalName,
    origin,
    socialTitle: "Thủ tục hành chính",
  });
}

export default async function ProceduresPage({ params }: Props) {
  const site = await siteOf(params);
  const { procedures, fields } = await getProcedures(site.id);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Thủ tục hành chính" }]} />
      <section aria-labelledby="tthc-tieu-de" className="rounded bg-white p-4 shadow-sm">
        <h1 id="tthc-tieu-de" className="mb-2 border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">
          Thủ tục hành chính
        </h1>
        <p className="mb-4 text-sm text-muted">
          {procedures.length} thủ tục trong {fields.length} lĩnh vực. Hồ sơ nộp trực tuyến trên Cổng Dịch vụ công quốc gia theo mã thủ tục.
        </p>
        <ProcedureSearchForm fields={fields} />
        {procedures.length === 0 ? <p className="py-6 text-center text-muted">Chưa có thủ tục hành chính nào.</p> : <ProceduresByField procedures={procedures} fields={fields} />}
        <ProcedureDataLinks />
      </section>
    </div>
  );
}
