import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

type Metadata = Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
import type { MediaVariant, NewMedia } from "@/db/schema";
import { uploadsDir } from "@/lib/config";

/** Widths of the responsive variants; none is made wider than the original. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/** Decoded pixels above this are refused before any work is done (decompression bombs). */
export const MAX_INPUT_PIXELS = 40_000_000;

const FORMATS = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif", gif: "image/gif" } as const;
type InputFormat = keyof typeof FORMATS;

export class ImageRejectedError extends Error {}

/**
 * Re-encodes an image into web variants under a random folder. The format is read from
 * the content (sharp's decoder), never from the file name. Metadata (EXIF, GPS) is dropped
 * because sharp does not copy it unless asked.
 */
export async function storeImage(
  input: Buffer,
  info: { originalName: string; alt?: string; caption?: string; uploadedBy?: number | null },
): Promise<NewMedia> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw new ImageRejectedError("Tệp không phải là ảnh hợp lệ.");
  }
  const format = meta.format === "heif" && meta.compression === "av1" ? "avif" : meta.format;
  if (!format || !(format in FORMATS)) throw new ImageRejectedError("Chỉ nhận ảnh JPEG, PNG, WebP, AVIF hoặc GIF.");
  if (!meta.width || !meta.height) throw new ImageRejectedError("Không đọc được kích thước ảnh.");
  if (meta.width * meta.height > MAX_INPUT_PIXELS) throw new ImageRejectedError("Ảnh quá lớn (số điểm ảnh vượt giới hạn).");

  const storageKey = randomBytes(12).toString("hex");
  const folder = path.join(uploadsDir(), storageKey);
  await mkdir(folder, { recursive: true });
  try {
    const base = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const { width, height } = orientedSize(meta);
    const widths = [...VARIANT_WIDTHS.filter((w) => w < width), width];
    const variants: MediaVariant[] = [];
    for (const w of widths) {
      const h = Math.round((height * w) / width);
      const webp = await base.clone().resize(w).webp({ quality: 78 }).toBuffer();
      const file = `${w}.webp`;
      await writeFile(path.join(folder, file), webp);
      variants.push({ width: w, height: h, format: "webp", path: `${storageKey}/${file}`, bytes: webp.length });
    }
    // Full-size fallback in the original's family, for old browsers and downloads.
    const fallbackFormat: "jpeg" | "png" = format === "png" || format === "gif" ? "png" : "jpeg";
    const fallback =
      fallbackFormat === "png"
        ? await base.clone().png({ compressionLevel: 9 }).toBuffer()
        : await base.clone().jpeg({ quality: 82, mozjpeg: true }).toBuffer();
    const fallbackFile = `original.${fallbackFormat === "png" ? "png" : "jpg"}`;
    await writeFile(path.join(folder, fallbackFile), fallback);
    variants.push({ width, height, format: fallbackFormat, path: `${storageKey}/${fallbackFile}`, bytes: fallback.length });

    return {
      storageKey,
      originalName: info.originalName.normalize("NFC").slice(0, 200),
      mimeType: FORMATS[format as InputFormat],
      width,
      height,
      bytes: input.length,
      alt: info.alt?.normalize("NFC") ?? "",
      caption: info.caption?.normalize("NFC") ?? "",
      variants,
      uploadedBy: info.uploadedBy ?? null,
    };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

function orientedSize(meta: Metadata) {
  const swapped = (meta.orientation ?? 1) >= 5;
  return { width: swapped ? meta.height! : meta.width!, height: swapped ? meta.width! : meta.height! };
}
