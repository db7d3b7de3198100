import type { Metadata } from "next";
import { StatementPage } from "@/components/site/statement-page";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";
import { STATEMENT_PAGES } from "@/lib/site-pages";

// Cached whole; saving the text expires the site's `statements` tag.
export const revalidate = 300;

type Props = PageProps<"/[site]/kha-nang-tiep-can">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  const { title, path } = STATEMENT_PAGES["kha-nang-tiep-can"];
  return pageMetadata({ title: `${title} | ${settings.portalName}`, description: "Cách cổng đáp ứng người khuyết tật và mọi thiết bị (WCAG 2.1 AA), và cách báo lỗi tiếp cận.", path, siteName: settings.portalName, origin, socialTitle: title });
}

export default async function AccessibilityPage({ params }: Props) {
  return <StatementPage site={await siteOf(params)} page="kha-nang-tiep-can" />;
}
