import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { responsiveImage } from "@/lib/media-url";
import { getAlbums, getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";

// Rendered on a reader's first request, then served from the cache (lib/cache-handler.mjs)
// until an edit it shows, or the time limit, expires it.
export const revalidate = 300;

type Props = PageProps<"/[site]/thu-vien-anh">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params);
  const [{ settings, origin }, albums] = await Promise.all([getSiteChrome(site), getAlbums(site.id)]);
  const cover = albums.find((a) => a.cover)?.cover;
  const image = cover ? responsiveImage(cover, 1280) : null;
  return pageMetadata({
    title: `Thư viện ảnh | ${settings.portalName}`,
    description: `Những bộ ảnh về quê hương, con người và các sự kiện trên địa bàn: ${albums.map((a) => a.title).join(", ") || "thư viện ảnh"}.`,
    path: "/thu-vien-anh",
    siteName: settings.portalName,
    origin,
    socialTitle: "Thư viện ảnh",
    image: image && { url: image.src, width: image.width, height: image.height },
  });
}

export default async function GalleryPage({ params }: Props) {
  const albums = await getAlbums((await siteOf(params)).id);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Thư viện ảnh" }]} />
      <section className="rounded bg-white p-4 shadow-sm">
        <h1 className="mb-4 border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">Thư viện ảnh</h1>
        {albums.length === 0 && <p className="py-8 text-center text-muted">Chưa có album ảnh.</p>}
        <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {albums.map((album, i) => {
            return (
              <li key={album.id}>
                <Link href={`/thu-vien-anh/${album.slug}`} className="group block">
                  {album.cover && (
                    <ResponsiveImage
                      image={album.cover}
                      alt=""
                      sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
                      priority={i < 3}
                      className="aspect-[4/3] w-full rounded object-cover transition-opacity group-hover:opacity-90"
                    />
                  )}
                  <h2 className="mt-2 text-lg font-bold group-hover:text-brand-700 group-hover:underline">{album.title}</h2>
                </Link>
                <p className="text-sm text-muted">{album.photoCount} ảnh · {album.description}</p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
