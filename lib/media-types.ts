import path from "node:path";
import { ATTACHMENT_TYPES } from "@/lib/attachments";

/** What each stored file is, by the extension the portal itself gave it when storing it. */
const TYPES: Record<string, { mime: string; inline: boolean }> = {
  ".webp": { mime: "image/webp", inline: true },
  ".avif": { mime: "image/avif", inline: true },
  ".jpg": { mime: "image/jpeg", inline: true },
  ".png": { mime: "image/png", inline: true },
  ".gif": { mime: "image/gif", inline: true },
  ...Object.fromEntries(Object.entries(ATTACHMENT_TYPES).map(([ext, t]) => [`.${ext}`, { mime: t.mime, inline: t.inline }])),
};

export function storedFileType(key: string): { mime: string; inline: boolean } | undefined {
  return TYPES[path.extname(key).toLowerCase()];
}
