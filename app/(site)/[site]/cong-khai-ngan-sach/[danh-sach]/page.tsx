import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { DisclosureDataLinks, DisclosureNav, DisclosureTable } from "@/components/site/disclosures/disclosure-parts";
import { DISCLOSURE_KINDS } from "@/db/disclosures";
import { getDisclosures, getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[site]/cong-khai-ngan-sach/[danh-sach]">;

const LISTS = { "du-an": "project", "dau-thau": "procurement" } as const;

async function load({ params }: Props) {
  const path = (await params)["danh-sach"];
  const kind = LISTS[path as keyof typeof LISTS];
  if (!kind) notFound();
  const site = await siteOf(params);
  return { site, kind, path: path as keyof typeof LISTS, items: await getDisclosures(site.id, { kind }) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { site, kind, path } = await load(props);
  const { settings, origin } = await getSiteChrome(site);
  return pageMetadata({
    title: `${DISCLOSURE_KINDS[kind]} | Công khai ngân sách | ${settings.portalName}`,
    description: `Công khai ${DISCLOSURE_KINDS[kind].toLowerCase()} của ${settings.agencyName}: tên, chủ đầu tư, giá trị, thời gian, tình trạng và hồ sơ.`,
    path: `/cong-khai-ngan-sach/${path}`,
    siteName: settings.portalName,
    origin,
    socialTitle: DISCLOSURE_KINDS[kind],
  });
}

export default async function DisclosureListPage(props: Props) {
  const { kind, path, items } = await load(props);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Công khai ngân sách", href: "/cong-khai-ngan-sach" }, { label: DISCLOSURE_KINDS[kind] }]} />
      <section aria-labelledby="ck-tieu-de" className="rounded bg-white p-4 shadow-sm">
        <h1 id="ck-tieu-de" className="mb-3 border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">
          {DISCLOSURE_KINDS[kind]}
        </h1>
        <DisclosureNav current={kind} />
        <DisclosureTable items={items} caption={DISCLOSURE_KINDS[kind]} />
        <DisclosureDataLinks kind={path} />
      </section>
    </div>
  );
}
