import { getDb } from "@/db/index";
import { uploadMedia } from "@/db/media";
import { routeActor } from "@/auth/guard";
import { isSameOriginRequest } from "@/lib/auth/origin";
import { ForbiddenError } from "@/lib/auth/policy";
import { ImageRejectedError, maxUploadBytes, readBodyWithLimit, tooLargeMessage } from "@/lib/media";
import { clientIp } from "@/lib/visitor";

export type UploadResult = { ok: boolean; message: string; id?: number };

function reply(status: number, result: UploadResult) {
  return Response.json(result, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * One image per request, as the raw body (the name in X-File-Name), so the browser can
 * show each file's progress and the size limit applies while reading, not after.
 */
export async function POST(request: Request) {
  const user = await routeActor("media.upload");
  if (user instanceof Response) return user;
  // Cookies ride along on cross-site requests; Origin says where this one came from.
  if (!isSameOriginRequest(request.headers)) return reply(403, { ok: false, message: "Yêu cầu không đến từ trang quản trị nên bị từ chối." });

  const limit = maxUploadBytes();
  if (Number(request.headers.get("content-length") ?? 0) > limit) return reply(413, { ok: false, message: tooLargeMessage() });
  const body = await readBodyWithLimit(request.body, limit);
  if (!body) return reply(413, { ok: false, message: tooLargeMessage() });

  let name = "";
  try {
    name = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    name = "";
  }
  try {
    const { id } = await uploadMedia(await getDb(), user, body, name, await clientIp());
    return reply(201, { ok: true, id, message: "Đã tải lên." });
  } catch (error) {
    if (error instanceof ImageRejectedError) return reply(422, { ok: false, message: error.message });
    if (error instanceof ForbiddenError) return reply(403, { ok: false, message: error.message });
    console.error("[upload] failed:", error instanceof Error ? error.message : "unknown error");
    return reply(500, { ok: false, message: "Có lỗi khi lưu ảnh. Vui lòng thử lại." });
  }
}
