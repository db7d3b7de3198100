import type { Metadata } from "next";
import { HeadlineList, LeadStory, StoryRow } from "@/components/site/article-list";
import { JsonLd } from "@/components/site/json-ld";
import { SectionHeading } from "@/components/site/section-heading";
import { TodaySchedule } from "@/components/site/schedule/today-schedule";
import { Sidebar } from "@/components/site/sidebar";
import { getHomepage, getSentUp, getSiteChrome, siteOf } from "@/db/reader-data";
import { isProvincial } from "@/lib/site";
import { pageMetadata } from "@/lib/seo";
import { webSite } from "@/lib/structured-data";

// Rendered on a reader's first request, then served from the cache (lib/cache-handler.mjs)
// until an edit it shows, or the time limit, expires it.
export const revalidate = 300;

type Props = PageProps<"/[site]">;

// How wide the stories' images are shown (measured in Chromium from 360 to 1600 px): the
// lead beside its list, a category block in two columns from md, one column on phones
// inside the page's and the section's padding (2rem each side).
const LEAD_SIZES = "(min-width: 1024px) 440px, (min-width: 768px) 55vw, calc(100vw - 4rem)";
const BLOCK_SIZES = "(min-width: 1024px) 350px, (min-width: 768px) 45vw, calc(100vw - 4rem)";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: settings.portalName,
    description: `Tin tức, sự kiện, thông báo và thông tin chỉ đạo điều hành của ${settings.agencyName}.`,
    path: "/",
    siteName: settings.portalName,
    origin,
  });
}

export default async function HomePage({ params }: Props) {
  const site = await siteOf(params);
  const { featured, latest, blocks } = await getHomepage(site.id);
  const [lead, ...moreFeatured] = featured.length ? featured : latest;
  const chrome = await getSiteChrome(site);
  const { settings } = chrome;
  // A province's homepage carries what its communes and wards sent up (Điều 11: components).
  const sentUp = isProvincial(site.kind) ? await getSentUp(site.id) : [];
  return (
    <>
      <JsonLd data={webSite(chrome)} />
      <h1 className="sr-only">{settings.portalName}</h1>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]">
        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby="tin-noi-bat" className="rounded bg-white p-4 shadow-sm">
            <SectionHeading id="tin-noi-bat" title="Tin nổi bật" />
            <div className="grid gap-5 md:grid-cols-[3fr_2fr]">
              {lead && <LeadStory article={lead} sizes={LEAD_SIZES} priority />}
              <div className="flex flex-col gap-4">
                {moreFeatured.slice(0, 4).map((a) => (
                  <StoryRow key={a.id} article={a} showCategory compact />
                ))}
              </div>
            </div>
          </section>

          <section aria-labelledby="tin-moi" className="rounded bg-white p-4 shadow-sm">
            <SectionHeading id="tin-moi" title="Tin mới nhất" />
            <div className="grid gap-4 sm:grid-cols-2">
              {latest.slice(0, 6).map((a) => (
                <StoryRow key={a.id} article={a} showCategory />
              ))}
            </div>
          </section>

          {sentUp.length > 0 && (
            <section aria-labelledby="tin-xa-phuong" className="rounded bg-white p-4 shadow-sm">
              <SectionHeading id="tin-xa-phuong" title="Tin từ xã, phường" href="/trang-thanh-phan" />
              <div className="grid gap-4 sm:grid-cols-2">
                {sentUp.map((a) => (
                  <StoryRow key={a.id} article={a} showCategory />
                ))}
              </div>
            </section>
          )}

          <div className="grid gap-6 md:grid-cols-2">
            {blocks.map(({ category, articles: [first, ...rest] }) => (
              <section key={category.id} aria-labelledby={`cm-${category.slug}`} className="rounded bg-white p-4 shadow-sm">
                <SectionHeading id={`cm-${category.slug}`} title={category.name} href={`/chuyen-muc/${category.slug}`} />
                {first && <LeadStory article={first} sizes={BLOCK_SIZES} headingLevel={3} />}
                {rest.length > 0 && (
                  <div className="mt-3">
                    <HeadlineList articles={rest} />
                  </div>
                )}
              </section>
            ))}
          </div>
        </div>
        <Sidebar site={site}>
          <TodaySchedule siteId={site.id} />
        </Sidebar>
      </div>
    </>
  );
}
