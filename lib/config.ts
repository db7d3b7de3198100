import path from "node:path";

/**
 * Where the portal keeps what it writes: the embedded database, uploads, generated
 * secrets. One folder, so a backup is one copy and two instances never share it by accident.
 */
export function dataDir(): string {
  // turbopackIgnore: a runtime folder, not something the build should trace.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATA_DIR || "data");
}

/** Uploaded and generated images (variants included). */
export function uploadsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.UPLOADS_DIR || path.join(dataDir(), "uploads"));
}

/** Absolute origin used for canonical URLs, feeds and sitemaps. */
export function siteUrl(): string {
  const url = process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`;
  return url.replace(/\/+$/, "");
}
