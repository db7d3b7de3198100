/** One stored size of an image (the media table keeps a list of them per upload). */
export type MediaVariant = { width: number; height: number; format: "webp" | "avif" | "jpeg" | "png" | "gif"; path: string; bytes: number };

/** URLs of stored images; no server code here, so client components may use it too. */

/** Public URL of a stored file. */
export function mediaUrl(filePath: string): string {
  return `/media/${filePath}`;
}

export type ResponsiveImage = { src: string; srcSet: string; width: number; height: number };

/** `src`, `srcset`, width and height for an <img>, from a media row's variants. */
export function responsiveImage(item: { variants: MediaVariant[]; width: number; height: number }, preferredWidth = 960): ResponsiveImage {
  const webp = item.variants.filter((v) => v.format === "webp").sort((a, b) => a.width - b.width);
  const src = webp.find((v) => v.width >= preferredWidth) ?? webp.at(-1) ?? item.variants[0];
  return {
    src: src ? mediaUrl(src.path) : "",
    srcSet: webp.map((v) => `${mediaUrl(v.path)} ${v.width}w`).join(", "),
    width: item.width,
    height: item.height,
  };
}
