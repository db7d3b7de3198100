import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { ATTACHMENT_TYPES } from "@/lib/attachments";
import { uploadsDir } from "@/lib/config";

const TYPES: Record<string, { mime: string; inline: boolean }> = {
  ".webp": { mime: "image/webp", inline: true },
  ".avif": { mime: "image/avif", inline: true },
  ".jpg": { mime: "image/jpeg", inline: true },
  ".png": { mime: "image/png", inline: true },
  ".gif": { mime: "image/gif", inline: true },
  ...Object.fromEntries(Object.entries(ATTACHMENT_TYPES).map(([ext, t]) => [`.${ext}`, { mime: t.mime, inline: t.inline }])),
};

// Stored names are random and never reused, so a file never changes: cache it for a year.
const SAFE_SEGMENT = /^[a-z0-9][a-z0-9._-]{0,80}$/i;

/**
 * Images and PDFs open in the browser; office files download. `?tai-ve` downloads a PDF
 * too (the "Tải về" links of the registers).
 */
export async function GET(request: Request, { params }: RouteContext<"/media/[...path]">) {
  const segments = (await params).path;
  const type = TYPES[path.extname(segments.at(-1) ?? "").toLowerCase()];
  if (segments.length !== 2 || !segments.every((s) => SAFE_SEGMENT.test(s) && !s.includes("..")) || !type) {
    return new Response("Không tìm thấy tệp", { status: 404 });
  }
  const file = path.join(uploadsDir(), ...segments);
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a file");
    const body = Readable.toWeb(createReadStream(file)) as ReadableStream;
    return new Response(body, {
      headers: {
        "Content-Type": type.mime,
        ...(type.inline && !new URL(request.url).searchParams.has("tai-ve") ? {} : { "Content-Disposition": `attachment; filename="${segments[1]}"` }),
        "Content-Length": String(info.size),
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("Không tìm thấy tệp", { status: 404 });
  }
}
