import { getSiteChrome } from "@/db/reader-data";
import type { SiteInfo } from "@/lib/site";
import { GalleryBox } from "./gallery/gallery-box";
import { PollBox } from "./poll/poll-box";
import { SectionHeading } from "./section-heading";
import { WeatherBox } from "./weather-box";

/** The right-hand column of reader pages, as on the reference page. */
export async function Sidebar({ site, children }: { site: SiteInfo; children?: React.ReactNode }) {
  const { settings } = await getSiteChrome(site);
  return (
    <aside aria-label="Thông tin bên lề" className="flex flex-col gap-6">
      {/* Blocks of one page only (the homepage's "Lịch công tác hôm nay"). */}
      {children}
      <WeatherBox site={site} />
      <PollBox siteId={site.id} />
      <GalleryBox siteId={site.id} />
      {settings.links.length > 0 && (
        <section aria-labelledby="lien-ket" className="rounded bg-white p-4 shadow-sm">
          <SectionHeading id="lien-ket" title="Liên kết website" />
          <ul className="space-y-2 text-sm">
            {settings.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer" target="_blank" className="flex items-center gap-2 text-brand-700 hover:underline">
                  <span aria-hidden="true">↗</span>
                  {link.label}
                  <span className="sr-only"> (mở trong thẻ mới)</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
