import { getSiteChrome } from "@/db/reader-data";
import type { SiteInfo } from "@/lib/site";
import { SiteFooter } from "./site-footer";
import { SiteHeader, SiteNotice } from "./site-header";
import { SuspensionBanner } from "./suspension-banner";

/** Header, main landmark and footer around every reader page (404 included). */
export async function SiteChrome({ site, children }: { site: SiteInfo; children: React.ReactNode }) {
  const chrome = await getSiteChrome(site);
  return (
    <>
      <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:text-ink">
        Bỏ qua để đến nội dung chính
      </a>
      <SuspensionBanner suspension={chrome.suspension} portalName={chrome.settings.portalName} />
      <SiteNotice chrome={chrome} />
      <SiteHeader chrome={chrome} />
      <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-5">
        {children}
      </main>
      <SiteFooter chrome={chrome} />
    </>
  );
}
