import { randomBytes } from "node:crypto";
import sharp from "sharp";
import type { MediaVariant } from "./media-url";
import { uploadStore } from "@/lib/storage";

type Metadata = Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;

/** Widths of the responsive variants; none is made wider than the original. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/** Decoded pixels above this are refused before any work is done (decompression bombs). */
export const MAX_INPUT_PIXELS = 40_000_000;

const FORMATS = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif", gif: "image/gif" } as const;
type InputFormat = keyof typeof FORMATS;

export class ImageRejectedError extends Error {}

/** Upload size limit in bytes (MAX_UPLOAD_MB, default 10). */
export function maxUploadBytes(): number {
  const mb = Number(process.env.MAX_UPLOAD_MB);
  return Math.floor((Number.isFinite(mb) && mb > 0 ? mb : 10) * 1024 * 1024);
}

export function tooLargeMessage(): string {
  return `Tệp vượt quá dung lượng cho phép (tối đa ${Math.round((maxUploadBytes() / 1024 / 1024) * 10) / 10} MB).`;
}

/**
 * Reads a request body up to `limit` bytes and gives up as soon as it goes over, so a
 * huge upload is never held in memory. Returns null when the limit was exceeded.
 */
export async function readBodyWithLimit(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Buffer | null> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The container format from the first bytes. Only these reach sharp's decoders: SVG
 * (scripts), PDF, TIFF, HEIC and anything else are refused before being parsed at all.
 */
export function sniffImageFormat(input: Buffer): InputFormat | "svg" | null {
  const ascii = (start: number, end: number) => input.subarray(start, end).toString("latin1");
  if (input.length >= 3 && input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff) return "jpeg";
  if (input.length >= 8 && input.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a") return "gif";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (ascii(4, 8) === "ftyp" && /^avi[fs]$/.test(ascii(8, 12))) return "avif";
  if (/<svg[\s>]/i.test(input.subarray(0, 4096).toString("utf8"))) return "svg";
  return null;
}

/**
 * Re-encodes an image into web variants under a random folder. The format is read from
 * the content (sharp's decoder), never from the file name. Metadata (EXIF, GPS) is dropped
 * because sharp does not copy it unless asked.
 */
/** A stored upload, ready to be recorded for a site. */
export type StoredImage = {
  storageKey: string;
  originalName: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  variants: MediaVariant[];
  uploadedBy: number | null;
};

export async function storeImage(
  input: Buffer,
  info: { originalName: string; alt?: string; caption?: string; uploadedBy?: number | null },
): Promise<StoredImage> {
  if (input.length === 0) throw new ImageRejectedError("Tệp rỗng.");
  if (input.length > maxUploadBytes()) throw new ImageRejectedError(tooLargeMessage());
  const sniffed = sniffImageFormat(input);
  if (sniffed === "svg") throw new ImageRejectedError("Không nhận ảnh SVG (có thể chứa mã độc). Hãy dùng JPEG, PNG, WebP, AVIF hoặc GIF.");
  if (!sniffed) throw new ImageRejectedError("Tệp không phải là ảnh JPEG, PNG, WebP, AVIF hoặc GIF (kiểm tra theo nội dung, không theo tên tệp).");
  let meta: Metadata;
  try {
    // Only the header is read here, so the pixel count can be refused with its numbers below.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejectedError("Tệp không phải là ảnh hợp lệ.");
  }
  const format = meta.format === "heif" && meta.compression === "av1" ? "avif" : meta.format;
  if (!format || !(format in FORMATS)) throw new ImageRejectedError("Chỉ nhận ảnh JPEG, PNG, WebP, AVIF hoặc GIF.");
  if (!meta.width || !meta.height) throw new ImageRejectedError("Không đọc được kích thước ảnh.");
  if (meta.width * meta.height > MAX_INPUT_PIXELS) {
    throw new ImageRejectedError(`Ảnh quá lớn: ${meta.width}×${meta.height} điểm ảnh, vượt giới hạn ${MAX_INPUT_PIXELS / 1_000_000} triệu điểm ảnh.`);
  }

  const storageKey = randomBytes(12).toString("hex");
  const store = uploadStore();
  try {
    const base = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const { width, height } = orientedSize(meta);
    const widths = [...VARIANT_WIDTHS.filter((w) => w < width), width];
    const variants: MediaVariant[] = [];
    for (const w of widths) {
      const h = Math.round((height * w) / width);
      const webp = await base.clone().resize(w).webp({ quality: 78 }).toBuffer();
      const file = `${w}.webp`;
      await store.put(`${storageKey}/${file}`, webp, "image/webp");
      variants.push({ width: w, height: h, format: "webp", path: `${storageKey}/${file}`, bytes: webp.length });
    }
    // Full-size fallback in the original's family, for old browsers and downloads.
    const fallbackFormat: "jpeg" | "png" = format === "png" || format === "gif" ? "png" : "jpeg";
    const fallback =
      fallbackFormat === "png"
        ? await base.clone().png({ compressionLevel: 9 }).toBuffer()
        : await base.clone().jpeg({ quality: 82, mozjpeg: true }).toBuffer();
    const fallbackFile = `original.${fallbackFormat === "png" ? "png" : "jpg"}`;
    await store.put(`${storageKey}/${fallbackFile}`, fallback, `image/${fallbackFormat}`);
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
    await store.removeFolder(storageKey);
    // A file that passed the header checks but fails to decode is still the uploader's problem.
    if (error instanceof Error && /input|decode|corrupt|premature|VipsJpeg|pngload|webpload|gifload|heifload/i.test(error.message)) {
      throw new ImageRejectedError("Tệp ảnh bị hỏng hoặc không đọc được.");
    }
    throw error;
  }
}

/** Removes an image's folder (original and variants); used when its row is deleted or not saved. */
export async function removeStoredImage(storageKey: string): Promise<void> {
  await uploadStore().removeFolder(storageKey);
}

function orientedSize(meta: Metadata) {
  const swapped = (meta.orientation ?? 1) >= 5;
  return { width: swapped ? meta.height! : meta.width!, height: swapped ? meta.width! : meta.height! };
}
