import type { MediaVariant } from "@/db/schema";
import { responsiveImage } from "@/lib/media-url";

type Props = {
  image: { variants: MediaVariant[]; width: number; height: number };
  alt: string;
  /** CSS `sizes`: how wide the image is drawn, so the browser picks the right variant. */
  sizes: string;
  className?: string;
  /** Only a page's main (LCP) image loads eagerly with high priority. */
  priority?: boolean;
};

/** A stored image with its srcset, width and height (no layout shift), lazy unless priority. */
export function ResponsiveImage({ image, alt, sizes, className, priority = false }: Props) {
  const { src, srcSet, width, height } = responsiveImage(image);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload time; next/image would resize them again
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      width={width}
      height={height}
      alt={alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
}
