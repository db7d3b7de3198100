import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { LastUpdated, newest } from "@/components/site/last-updated";
import { OrgChart, Panel, RichText } from "@/components/site/unit-info";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { getSiteChrome, getUnitInfo, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";
import { INTRO_SECTIONS } from "@/lib/unit-info";

// Cached whole like the other reader pages; editing the unit expires its `unit` tag.
export const revalidate = 300;

type Props = PageProps<"/[site]/gioi-thieu">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Giới thiệu | ${settings.portalName}`,
    description: `Giới thiệu ${settings.agencyName}: tổ chức bộ máy hành chính, bản đồ địa giới hành chính, điều kiện tự nhiên, lịch sử, truyền thống văn hóa, di tích và danh thắng.`,
    path: "/gioi-thieu",
    siteName: settings.portalName,
    origin,
    socialTitle: "Giới thiệu",
    languages: { vi: "/gioi-thieu", en: "/en" },
  });
}

export default async function IntroPage({ params }: Props) {
  const site = await siteOf(params);
  const [{ settings }, { leaders, units, intro, updated }] = await Promise.all([getSiteChrome(site), getUnitInfo(site.id)]);
  const current = leaders.filter((l) => l.current);
  const filled = INTRO_SECTIONS.filter((s) => s.key === "organization" || s.key === "map" || intro[s.key].trim());
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Giới thiệu" }]} />
      <Panel title={`Giới thiệu ${settings.agencyName}`} id="gioi-thieu">
        <nav aria-label="Các mục giới thiệu" className="mb-5">
          <ul className="flex flex-wrap gap-2 text-sm">
            {filled.map((s) => (
              <li key={s.key}>
                <a href={`#${s.key}`} className="inline-block rounded border border-stone-300 px-3 py-1 hover:border-brand-600 hover:text-brand-700">
                  {s.label}
                </a>
              </li>
            ))}
            <li>
              <Link href="/gioi-thieu/lanh-dao" className="inline-block rounded border border-stone-300 px-3 py-1 hover:border-brand-600 hover:text-brand-700">
                Lãnh đạo
              </Link>
            </li>
            <li>
              <Link href="/gioi-thieu/co-cau-to-chuc" className="inline-block rounded border border-stone-300 px-3 py-1 hover:border-brand-600 hover:text-brand-700">
                Cơ cấu tổ chức
              </Link>
            </li>
            <li>
              <Link href="/en" hrefLang="en" lang="en" className="inline-block rounded border border-stone-300 px-3 py-1 hover:border-brand-600 hover:text-brand-700">
                English
              </Link>
            </li>
          </ul>
        </nav>
        <div className="flex flex-col gap-8">
          <section aria-labelledby="organization">
            <h2 id="organization" className="mb-3 text-xl font-bold text-brand-800">Tổ chức bộ máy hành chính</h2>
            {intro.organization && <RichText html={intro.organization} />}
            <OrgChart rootName={settings.agencyName} leaders={current} units={units} />
            <p className="mt-2 text-sm">
              <Link href="/gioi-thieu/co-cau-to-chuc" className="text-brand-700 underline">Chức năng, nhiệm vụ và liên hệ của từng đơn vị</Link>
            </p>
          </section>
          <section aria-labelledby="map">
            <h2 id="map" className="mb-3 text-xl font-bold text-brand-800">Bản đồ địa giới hành chính</h2>
            {intro.map && <RichText html={intro.map} />}
            {intro.map === "" && !intro.mapImage && <p className="text-muted">Bản đồ đang được cập nhật.</p>}
            {intro.mapImage ? (
              <figure>
                <ResponsiveImage image={intro.mapImage} alt={intro.mapImage.alt || `Bản đồ địa giới hành chính ${settings.agencyName}`} sizes="(min-width: 1152px) 1100px, 100vw" className="h-auto w-full rounded border border-stone-200" />
                {intro.mapImage.caption && <figcaption className="mt-1 text-center text-sm italic text-muted">{intro.mapImage.caption}</figcaption>}
              </figure>
            ) : null}
          </section>
          {filled
            .filter((s) => s.key !== "organization" && s.key !== "map")
            .map((s) => (
              <section key={s.key} aria-labelledby={s.key}>
                <h2 id={s.key} className="mb-3 text-xl font-bold text-brand-800">{s.label}</h2>
                <RichText html={intro[s.key]} />
                {s.key === "landmarks" && intro.landmarkPhotos.length > 0 && (
                  <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                    {intro.landmarkPhotos.map((photo) => (
                      <li key={photo.id}>
                        <figure>
                          <ResponsiveImage image={photo} alt={photo.alt} sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw" className="aspect-[4/3] w-full rounded object-cover" />
                          {photo.caption && <figcaption className="mt-1 text-sm text-muted">{photo.caption}</figcaption>}
                        </figure>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
        </div>
        <LastUpdated at={newest(intro.updatedAt, updated.units, updated.leaders)} className="mt-6 border-t border-stone-200 pt-3" />
      </Panel>
    </div>
  );
}
