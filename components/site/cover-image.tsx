import type { Cover } from "@/db/articles";
import { responsiveImage } from "@/lib/media";

type Props = {
  cover: Cover;
  /** CSS `sizes`: how wide the image is drawn, so the browser picks the right variant. */
  sizes: string;
  className?: string;
  /** Only the page's main (LCP) image loads eagerly with high priority. */
  priority?: boolean;
  alt?: string;
};

export function CoverImage({ cover, sizes, className, priority = false, alt }: Props) {
  const image = responsiveImage(cover);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload time; next/image would resize them again
    <img
      src={image.src}
      srcSet={image.srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt ?? cover.alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
}
