import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { uploadsDir } from "@/lib/config";

const TYPES: Record<string, string> = {
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  // Disclosure files (lib/disclosure-files.ts), checked by content when stored.
  ".pdf": "application/pdf",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

// Stored names are random and never reused, so a file never changes: cache it for a year.
const SAFE_SEGMENT = /^[a-z0-9][a-z0-9._-]{0,80}$/i;

export async function GET(_request: Request, { params }: RouteContext<"/media/[...path]">) {
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
        "Content-Type": type,
        "Content-Length": String(info.size),
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("Không tìm thấy tệp", { status: 404 });
  }
}
