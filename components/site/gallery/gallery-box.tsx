import Link from "next/link";
import { getAlbum, getAlbums } from "@/db/reader-data";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { SectionHeading } from "../section-heading";

/** "Ảnh đẹp quê hương": thumbnails of the first published album. */
export async function GalleryBox({ siteId }: { siteId: number }) {
  const [first] = await getAlbums(siteId);
  const album = first ? await getAlbum(siteId, first.slug) : null;
  if (!album || album.photos.length === 0) return null;
  return (
    <section aria-labelledby="anh-dep" className="rounded bg-white p-4 shadow-sm">
      <SectionHeading id="anh-dep" title={album.title} href={`/thu-vien-anh/${album.slug}`} />
      <ul className="grid grid-cols-3 gap-1.5">
        {album.photos.slice(0, 6).map((photo, i) => {
          return (
            <li key={photo.id}>
              <Link href={`/thu-vien-anh/${album.slug}#anh-${i + 1}`} className="block overflow-hidden rounded">
                <ResponsiveImage image={photo} alt={photo.alt} sizes="100px" className="aspect-square w-full object-cover transition-transform hover:scale-105" />
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
