import { deleteDocumentFile, addDocumentFile } from "@/db/documents";
import { getDb } from "@/db/index";
import { UserRuleError } from "@/db/users";
import { routeActor } from "@/auth/guard";
import { isSameOriginRequest } from "@/lib/auth/origin";
import { ForbiddenError } from "@/lib/auth/policy";
import { invalidateDocuments } from "@/lib/cache";
import { AttachmentRejectedError } from "@/lib/attachments";
import { maxDocumentBytes } from "@/lib/document-files";
import { parseId } from "@/lib/form-fields";
import { FORM_OVERHEAD, MAX_DRAINED, parseMultipart, readBody } from "@/lib/upload-body";
import { clientIp } from "@/lib/visitor";

function back(id: number | undefined, outcome: { tb?: string; loi?: string }) {
  const query = new URLSearchParams(outcome as Record<string, string>);
  return new Response(null, { status: 303, headers: { Location: id ? `/admin/van-ban/${id}?${query}` : `/admin/van-ban?${query}`, "Cache-Control": "no-store" } });
}

/** AttachmentRejectedError messages → the codes the edit page words (never the text in the URL). */
function codeOf(error: AttachmentRejectedError): string {
  if (/dung lượng/.test(error.message)) return "qua-lon";
  if (/rỗng/.test(error.message)) return "rong";
  if (/đời cũ/.test(error.message)) return "doc-cu";
  if (/PDF bị hỏng/.test(error.message)) return "pdf-hong";
  return "sai-loai";
}

/**
 * Attaches a file to a document, or removes one: a plain multipart form (works without
 * JavaScript) that lands back on the edit page with the outcome. Left out of proxy.ts so
 * the size limit applies while the body is read; the session and permission are checked
 * here, and the data layer checks the document's site and the person's rights again.
 */
export async function POST(request: Request) {
  const id = parseId(new URL(request.url).searchParams.get("id") ?? "");
  const actor = await routeActor("document.write");
  if (actor instanceof Response) return actor;
  if (!isSameOriginRequest(request.headers)) return Response.json({ ok: false, message: "Yêu cầu không đến từ trang quản trị nên bị từ chối." }, { status: 403 });
  if (!id) return back(undefined, { loi: "loi" });

  const limit = maxDocumentBytes() + FORM_OVERHEAD;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_DRAINED) return back(id, { loi: "qua-lon" });
  const body = await readBody(request, limit);
  if (!body) return back(id, { loi: "qua-lon" });
  const form = await parseMultipart(body, request.headers.get("content-type") ?? "");
  if (!form) return back(id, { loi: "rong" });
  const db = await getDb();
  const ip = await clientIp();
  try {
    const removeFileId = parseId(form.get("removeFileId") ?? "");
    if (removeFileId) {
      const done = await deleteDocumentFile(db, actor, id, removeFileId, ip);
      invalidateDocuments(actor.siteId, [done.slug]);
      return back(id, { tb: "da-go-tep" });
    }
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return back(id, { loi: "rong" });
    const added = await addDocumentFile(db, actor, id, Buffer.from(await file.arrayBuffer()), file.name, ip);
    if (added.status === "published") invalidateDocuments(actor.siteId, [added.slug]);
    return back(id, { tb: added.textLength > 0 ? "da-tai-tep-co-chu" : "da-tai-tep" });
  } catch (error) {
    if (error instanceof AttachmentRejectedError) return back(id, { loi: codeOf(error) });
    if (error instanceof ForbiddenError) return back(id, { loi: "khong-quyen" });
    if (error instanceof UserRuleError) return back(undefined, { loi: "loi" });
    console.error("[document upload] failed:", error instanceof Error ? error.message : "unknown error");
    return back(id, { loi: "loi" });
  }
}
