import type { Metadata } from "next";
import { StatementPage } from "@/components/site/statement-page";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";
import { STATEMENT_PAGES } from "@/lib/site-pages";

// Cached whole; saving the text expires the site's `statements` tag.
export const revalidate = 300;

type Props = PageProps<"/[site]/chinh-sach-bao-ve-du-lieu-ca-nhan">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  const { title, path } = STATEMENT_PAGES["chinh-sach-bao-ve-du-lieu-ca-nhan"];
  return pageMetadata({ title: `${title} | ${settings.portalName}`, description: "Dữ liệu cá nhân cổng thu thập, mục đích, thời hạn lưu và quyền của chủ thể dữ liệu theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15.", path, siteName: settings.portalName, origin, socialTitle: title });
}

export default async function PrivacyPage({ params }: Props) {
  return <StatementPage site={await siteOf(params)} page="chinh-sach-bao-ve-du-lieu-ca-nhan" />;
}
