import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { PageRating } from "@/components/site/rating/page-rating";
import { getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";

// Cached like any reader page; a rating posted without JavaScript is rendered here with
// its outcome (a server action's answer), never from the cache.
export const revalidate = 3600;

type Props = PageProps<"/[site]/danh-gia">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Đánh giá thông tin | ${settings.portalName}`,
    description: `Đánh giá mức độ hài lòng với thông tin trên ${settings.portalName}.`,
    path: "/danh-gia",
    siteName: settings.portalName,
    origin,
    noindex: true,
  });
}

export default async function RatingPage({ params }: Props) {
  await siteOf(params);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Breadcrumbs items={[{ label: "Đánh giá thông tin" }]} />
      <h1 className="text-2xl font-bold">Đánh giá thông tin</h1>
      <PageRating path={null} />
    </div>
  );
}
