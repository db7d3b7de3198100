import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { AlbumGrid, type GridPhoto } from "@/components/site/gallery/album-grid";
import { mediaUrl, responsiveImage } from "@/lib/media-url";
import { truncateText } from "@/lib/plain-text";
import { getAlbum, getSiteChrome, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";

// Rendered on a reader's first request, then served from the cache (lib/cache-handler.mjs)
// until an edit it shows, or the time limit, expires it.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[site]/thu-vien-anh/[slug]">;

async function load({ params }: Props) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const site = await siteOf(params);
  const album = await getAlbum(site.id, slug);
  if (!album) notFound();
  return { ...album, site };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const album = await load(props);
  const { settings, origin } = await getSiteChrome(album.site);
  const first = album.photos[0];
  const image = first ? responsiveImage(first, 1280) : null;
  return pageMetadata({
    title: `${album.title} | ${settings.portalName}`,
    description: truncateText(album.description || `Album ảnh ${album.title}: ${album.photos.length} ảnh.`, 160),
    path: `/thu-vien-anh/${album.slug}`,
    siteName: settings.portalName,
    origin,
    socialTitle: album.title,
    image: image && { url: image.src, width: image.width, height: image.height, alt: first?.alt },
  });
}

export default async function AlbumPage(props: Props) {
  const album = await load(props);
  const photos: GridPhoto[] = album.photos.map((photo) => {
    const thumb = responsiveImage(photo, 640);
    const full = responsiveImage(photo, 1920);
    const original = photo.variants.find((v) => v.format !== "webp");
    return {
      id: photo.id,
      alt: photo.alt,
      caption: photo.caption,
      thumb: thumb.src,
      srcSet: thumb.srcSet,
      full: full.src || (original ? mediaUrl(original.path) : ""),
      width: photo.width,
      height: photo.height,
    };
  });
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Thư viện ảnh", href: "/thu-vien-anh" }, { label: album.title }]} />
      <section className="rounded bg-white p-4 shadow-sm">
        <h1 className="border-b-2 border-brand-600 pb-2 text-2xl font-bold text-brand-800">{album.title}</h1>
        <p className="mb-4 mt-2 text-muted">{album.description}</p>
        <AlbumGrid photos={photos} title={album.title} />
      </section>
    </div>
  );
}
