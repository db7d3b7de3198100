import { SiteChrome } from "@/components/site/site-chrome";
import { siteOf } from "@/db/reader-data";

// Sites are rendered on a reader's first request to each host, then cached (ISR).
export function generateStaticParams() {
  return [];
}

export default async function SiteLayout({ children, params }: LayoutProps<"/[site]">) {
  return <SiteChrome site={await siteOf(params)}>{children}</SiteChrome>;
}
