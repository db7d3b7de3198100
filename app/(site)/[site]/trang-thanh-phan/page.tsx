import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { getSites, originOf, provinceOf } from "@/db/site-directory";
import { pageMetadata } from "@/lib/seo";
import { portalName, SITE_KIND_LABELS, unitTitle, type SiteInfo } from "@/lib/site";

// Cached like the other reader pages; a new or changed site expires the `sites` tag.
export const revalidate = 300;

type Props = PageProps<"/[site]/trang-thanh-phan">;

async function load(params: Props["params"]) {
  const site = await siteOf(params);
  const sites = await getSites();
  const { province, members } = provinceOf(sites, site);
  const components = members.filter((s) => s.id !== province.id);
  const withOrigins = await Promise.all(components.map(async (s) => ({ site: s, origin: await originOf(s) })));
  return { site, province, components: withOrigins };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, province } = await load(params);
  const { settings, origin } = await getSiteChrome(site);
  return pageMetadata({
    title: `Các trang thành phần | ${settings.portalName}`,
    description: `Trang thông tin điện tử của các xã, phường, đặc khu và cơ quan chuyên môn thuộc ${portalName(province)}.`,
    path: "/trang-thanh-phan",
    siteName: settings.portalName,
    origin,
  });
}

const ORDER: SiteInfo["kind"][] = ["phuong", "xa", "dac_khu", "co_quan", "huyen"];

/** The province's components (NĐ 224/2026 Điều 11), grouped by kind, each linking to its own site. */
export default async function ComponentsPage({ params }: Props) {
  const { province, components } = await load(params);
  const groups = ORDER.map((kind) => ({ kind, items: components.filter((c) => c.site.kind === kind) })).filter((g) => g.items.length > 0);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Các trang thành phần" }]} />
      <section aria-labelledby="trang-thanh-phan" className="rounded bg-white p-4 shadow-sm md:p-6">
        <h1 id="trang-thanh-phan" className="mb-2 border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">
          Các trang thành phần
        </h1>
        <p className="mb-4 text-sm text-muted">Trang thông tin điện tử của các đơn vị thuộc {portalName(province)}.</p>
        {groups.length === 0 ? (
          <p className="text-muted">Chưa có trang thành phần nào.</p>
        ) : (
          groups.map((group) => (
            <section key={group.kind} aria-labelledby={`nhom-${group.kind}`} className="mb-5">
              <h2 id={`nhom-${group.kind}`} className="mb-2 text-lg font-bold">
                {SITE_KIND_LABELS[group.kind]} ({group.items.length})
              </h2>
              <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {group.items.map(({ site, origin }) => (
                  <li key={site.id}>
                    <a href={origin} className="block rounded border border-stone-200 px-3 py-2 hover:border-brand-600">
                      <span className="block font-semibold text-brand-700">{unitTitle(site)}</span>
                      <span className="block text-xs text-muted">{origin.replace(/^https?:\/\//, "")}{site.state === "archived" ? " · lưu trữ" : ""}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
    </div>
  );
}
