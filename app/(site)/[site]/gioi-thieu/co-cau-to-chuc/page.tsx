import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { LastUpdated } from "@/components/site/last-updated";
import { Panel, UnitTree } from "@/components/site/unit-info";
import { getSiteChrome, getUnitInfo, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";

// Cached whole; an editor's change to any unit expires the `unit` tag.
export const revalidate = 300;

type Props = PageProps<"/[site]/gioi-thieu/co-cau-to-chuc">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Cơ cấu tổ chức | ${settings.portalName}`,
    description: `Các phòng, ban, cơ quan trực thuộc ${settings.agencyName}: chức năng, nhiệm vụ, người đứng đầu, địa chỉ, điện thoại, thư điện tử.`,
    path: "/gioi-thieu/co-cau-to-chuc",
    siteName: settings.portalName,
    origin,
    socialTitle: "Cơ cấu tổ chức",
    languages: { vi: "/gioi-thieu/co-cau-to-chuc", en: "/en" },
  });
}

export default async function UnitsPage({ params }: Props) {
  const site = await siteOf(params);
  const [{ settings }, { units, updated }] = await Promise.all([getSiteChrome(site), getUnitInfo(site.id)]);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Giới thiệu", href: "/gioi-thieu" }, { label: "Cơ cấu tổ chức" }]} />
      <Panel title={`Cơ cấu tổ chức ${settings.agencyName}`} id="co-cau-to-chuc">
        <UnitTree units={units} />
        <LastUpdated at={updated.units} className="mt-6 border-t border-stone-200 pt-3" />
      </Panel>
    </div>
  );
}
