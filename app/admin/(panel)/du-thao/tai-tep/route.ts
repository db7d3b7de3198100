import { addDraftFiles, MAX_DRAFT_FILES, removeDraftFile } from "@/db/drafts";
import { getDb } from "@/db/index";
import { UserRuleError } from "@/db/users";
import { AttachmentRejectedError } from "@/lib/attachments";
import { routeActor } from "@/auth/guard";
import { isSameOriginRequest } from "@/lib/auth/origin";
import { ForbiddenError } from "@/lib/auth/policy";
import { invalidateDraft } from "@/lib/cache";
import { maxDraftFileBytes, removeDraftFileBytes, storeDraftFile, type StoredDraftFile } from "@/lib/draft-files";
import { parseId } from "@/lib/form-fields";
import { FORM_OVERHEAD, MAX_DRAINED, parseMultipart, readBody } from "@/lib/upload-body";
import { clientIp } from "@/lib/visitor";

function back(id: number | undefined, outcome: { tb?: string; loi?: string }) {
  const query = new URLSearchParams(outcome as Record<string, string>);
  return new Response(null, { status: 303, headers: { Location: id ? `/admin/du-thao/${id}?${query}` : `/admin/du-thao?${query}`, "Cache-Control": "no-store" } });
}

/** AttachmentRejectedError messages → the codes the edit page words (never the text in the URL). */
function codeOf(error: AttachmentRejectedError): string {
  if (/dung lượng/.test(error.message)) return "qua-lon";
  if (/rỗng/.test(error.message)) return "rong";
  return "sai-loai";
}

/**
 * Attaches files to a draft or to its report, or removes one: a plain multipart form
 * (works without JavaScript) that lands back on the edit page with the outcome. Left out
 * of proxy.ts so the size limit applies while the body is read; the session and
 * permission are checked here, the draft's site again by the data layer. Every file is
 * checked before any is written; a refusal of the rows removes what was written.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const id = parseId(url.searchParams.get("id") ?? "");
  const kind = url.searchParams.get("loai") === "bao-cao" ? "report" : "draft";
  const actor = await routeActor("draft.manage");
  if (actor instanceof Response) return actor;
  if (!isSameOriginRequest(request.headers)) return Response.json({ ok: false, message: "Yêu cầu không đến từ trang quản trị nên bị từ chối." }, { status: 403 });
  if (!id) return back(undefined, { loi: "loi" });

  const limit = MAX_DRAFT_FILES * maxDraftFileBytes() + FORM_OVERHEAD;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_DRAINED) return back(id, { loi: "qua-lon" });
  const body = await readBody(request, limit);
  if (!body) return back(id, { loi: "qua-lon" });
  const form = await parseMultipart(body, request.headers.get("content-type") ?? "");
  if (!form) return back(id, { loi: "rong" });
  const db = await getDb();
  const ip = await clientIp();
  const written: StoredDraftFile[] = [];
  try {
    const removeFileId = parseId(form.get("removeFileId") ?? "");
    if (removeFileId) {
      const done = await removeDraftFile(db, actor, id, removeFileId, ip);
      await removeDraftFileBytes(done.path).catch(() => {});
      invalidateDraft(actor.siteId, done.slug);
      return back(id, { tb: "da-go-tep" });
    }
    const files = form.getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
    if (files.length === 0) return back(id, { loi: "rong" });
    if (files.length > MAX_DRAFT_FILES) return back(id, { loi: "qua-nhieu" });
    for (const file of files) written.push(await storeDraftFile(Buffer.from(await file.arrayBuffer()), file.name));
    const done = await addDraftFiles(db, actor, id, kind, written, ip);
    invalidateDraft(actor.siteId, done.slug);
    return back(id, { tb: kind === "report" ? "da-tai-tep-bao-cao" : "da-tai-tep" });
  } catch (error) {
    for (const file of written) await removeDraftFileBytes(file.path).catch(() => {});
    if (error instanceof AttachmentRejectedError) return back(id, { loi: codeOf(error) });
    if (error instanceof ForbiddenError) return back(id, { loi: "khong-quyen" });
    if (error instanceof UserRuleError) return back(/Không tìm thấy dự thảo/.test(error.message) ? undefined : id, { loi: /tối đa/.test(error.message) ? "qua-nhieu" : "loi" });
    console.error("[draft upload] failed:", error instanceof Error ? error.message : "unknown error");
    return back(id, { loi: "loi" });
  }
}
