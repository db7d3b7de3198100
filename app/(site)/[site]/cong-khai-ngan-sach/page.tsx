import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { BudgetGridTable, DisclosureDataLinks, DisclosureNav } from "@/components/site/disclosures/disclosure-parts";
import { budgetGrid } from "@/db/disclosures";
import { getDisclosures, getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";

export const revalidate = 300;

type Props = PageProps<"/[site]/cong-khai-ngan-sach">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Công khai ngân sách | ${settings.portalName}`,
    description: `Công khai dự toán, tình hình thực hiện và quyết toán ngân sách; dự án đầu tư và đấu thầu của ${settings.agencyName}.`,
    path: "/cong-khai-ngan-sach",
    siteName: settings.portalName,
    origin,
    socialTitle: "Công khai ngân sách",
  });
}

export default async function BudgetPage({ params }: Props) {
  const site = await siteOf(params);
  const grid = budgetGrid(await getDisclosures(site.id, { kind: "budget" }));
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Công khai ngân sách" }]} />
      <section aria-labelledby="ckns-tieu-de" className="rounded bg-white p-4 shadow-sm">
        <h1 id="ckns-tieu-de" className="mb-3 border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">
          Công khai ngân sách
        </h1>
        <DisclosureNav current="budget" />
        <p className="mb-3 text-sm text-muted">Dự toán, tình hình thực hiện theo quý, 6 tháng, 9 tháng và quyết toán ngân sách từng năm. Ô “Chưa công bố” là báo cáo chưa được đăng.</p>
        <BudgetGridTable grid={grid} />
        <DisclosureDataLinks kind="ngan-sach" />
      </section>
    </div>
  );
}
