import { storedFileType } from "@/lib/media-types";
import { uploadStore } from "@/lib/storage";

// Stored names are random and never reused, so a file never changes: cache it for a year.
const SAFE_SEGMENT = /^[a-z0-9][a-z0-9._-]{0,80}$/i;

/**
 * Images and PDFs open in the browser; office files download. `?tai-ve` downloads a PDF
 * too (the "Tải về" links of the registers).
 */
export async function GET(request: Request, { params }: RouteContext<"/media/[...path]">) {
  const segments = (await params).path;
  const type = storedFileType(segments.at(-1) ?? "");
  if (segments.length !== 2 || !segments.every((s) => SAFE_SEGMENT.test(s) && !s.includes("..")) || !type) {
    return new Response("Không tìm thấy tệp", { status: 404 });
  }
  try {
    const file = await uploadStore().open(segments.join("/"));
    if (!file) return new Response("Không tìm thấy tệp", { status: 404 });
    return new Response(file.body, {
      headers: {
        "Content-Type": type.mime,
        ...(type.inline && !new URL(request.url).searchParams.has("tai-ve") ? {} : { "Content-Disposition": `attachment; filename="${segments[1]}"` }),
        "Content-Length": String(file.size),
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    // The storage server is down or slow: say so, briefly; the next request tries again.
    console.error("[media] upload store:", error instanceof Error ? error.message : error);
    return new Response("Tệp tạm thời không tải được", { status: 503, headers: { "Retry-After": "5" } });
  }
}
