import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { STATUS_LABELS } from "@/db/article-editor";
import { readDocumentLists } from "@/db/document-lists";
import { getDocumentForEdit, listRelationTargets } from "@/db/documents";
import { getDb } from "@/db/index";
import { forbiddenUnless, requirePermission } from "@/auth/guard";
import { can } from "@/lib/auth/policy";
import { DOCUMENT_FILE_KINDS } from "@/lib/document-form";
import { documentFileUrl, documentLimitText } from "@/lib/document-files";
import { formatBytes } from "@/lib/format";
import { RELATION_LABELS } from "@/lib/document-state";
import { parseId } from "@/lib/form-fields";
import { formatDateTime } from "@/lib/format";
import { WorkflowPanel } from "../../bai-viet/workflow-panel";
import { documentTransitionAction } from "../actions";
import { DocumentForm } from "../document-form";
import { AddRelationForm, RemoveRelationButton } from "./relation-forms";
import { BackLink } from "@/components/admin/back-link";

export const metadata = { title: "Sửa văn bản" };

/** Outcomes of the file upload (a plain form posting to ../tai-tep), by code: the page words them. */
const NOTICES: Record<string, { ok: boolean; text: string }> = {
  "da-tao": { ok: true, text: "Đã tạo văn bản (bản nháp). Đính kèm tệp rồi xuất bản khi sẵn sàng." },
  "da-tai-tep": { ok: true, text: "Đã đính kèm tệp." },
  "da-tai-tep-co-chu": { ok: true, text: "Đã đính kèm tệp. Nội dung chữ trong tệp PDF đã được đưa vào tìm kiếm." },
  "da-go-tep": { ok: true, text: "Đã gỡ tệp." },
};

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function EditDocumentPage({ params, searchParams }: PageProps<"/admin/van-ban/[id]">) {
  const user = await requirePermission("document.write");
  const id = parseId((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const found = await forbiddenUnless(getDocumentForEdit(db, user, id));
  if (!found) notFound();
  const query = await searchParams;
  const notice = NOTICES[one(query.tb) ?? ""];
  const error = one(query.loi);
  const isEditor = can(user, "document.publish");
  const { document: doc } = found;
  const editable = isEditor || (doc.authorId === user.id && doc.status === "draft");
  const [lists, targets] = await Promise.all([readDocumentLists(db, user.siteId), isEditor ? listRelationTargets(db, user, id) : Promise.resolve([])]);
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/admin/van-ban">Văn bản</BackLink>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{doc.number}</h1>
        <p className="text-sm">
          Trạng thái: <strong>{STATUS_LABELS[doc.status]}</strong> · Sửa lần cuối {formatDateTime(doc.updatedAt)} ·{" "}
          <Link href={`/admin/van-ban/${id}/lich-su`} className="text-brand-700 underline">
            Lịch sử sửa đổi
          </Link>
          {doc.status === "published" && (
            <>
              {" · "}
              <a href={`/van-ban/${doc.slug}`} className="text-brand-700 underline">
                Xem trên cổng
              </a>
            </>
          )}
        </p>
      </div>
      <div role="status" aria-live="polite">
        {notice && <p className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">{notice.text}</p>}
        {error && <p className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">{uploadErrorText(error)}</p>}
      </div>
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_300px]">
        <div className="flex flex-col gap-6">
          <Card title="Thông tin văn bản">
            {!editable && <p className="mb-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">Bạn chỉ được sửa bản nháp văn bản của chính mình.</p>}
            <DocumentForm
              values={{ id, number: doc.number, typeId: doc.typeId, issuerId: doc.issuerId, fieldIds: found.fieldIds, signer: doc.signer, signerTitle: doc.signerTitle, issuedOn: doc.issuedOn, effectiveOn: doc.effectiveOn, expiresOn: doc.expiresOn, summary: doc.summary, sourceUrl: doc.sourceUrl }}
              lists={lists}
              canSave={editable}
            />
          </Card>
          <Card title="Tệp đính kèm">
            {found.files.length > 0 && (
              <ul className="mb-4 flex flex-col gap-2">
                {found.files.map((f) => (
                  <li key={f.id} className="flex flex-wrap items-center gap-3 rounded border border-stone-200 px-3 py-2 text-sm">
                    <a href={documentFileUrl(f)} className="min-w-0 flex-1 break-words font-medium text-brand-700 underline">
                      {f.originalName}
                    </a>
                    <span className="text-muted">
                      {formatBytes(f.bytes)}
                      {f.mimeType === "application/pdf" && (f.textLength > 0 ? ` · ${f.textLength.toLocaleString("vi-VN")} ký tự tìm kiếm được` : " · không có chữ (bản quét?)")}
                    </span>
                    {editable && (
                      <form method="post" action={`/admin/van-ban/tai-tep?id=${id}`} encType="multipart/form-data">
                        <input type="hidden" name="id" value={id} />
                        <input type="hidden" name="removeFileId" value={f.id} />
                        <button type="submit" className="rounded border border-red-300 px-3 py-1 text-red-800 hover:bg-red-50">
                          Gỡ tệp<span className="sr-only"> {f.originalName}</span>
                        </button>
                      </form>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {editable ? (
              <form method="post" action={`/admin/van-ban/tai-tep?id=${id}`} encType="multipart/form-data" className="flex flex-col gap-2" aria-label="Đính kèm tệp">
                <input type="hidden" name="id" value={id} />
                <label htmlFor="tep-van-ban" className="text-sm font-semibold">
                  Chọn tệp
                </label>
                <input id="tep-van-ban" name="file" type="file" required accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,application/pdf" aria-describedby="tep-van-ban-hint" className="text-sm" />
                <p id="tep-van-ban-hint" className="text-xs text-muted">
                  {DOCUMENT_FILE_KINDS}, tối đa {documentLimitText()} mỗi tệp. Tệp được kiểm tra theo nội dung; chữ trong tệp PDF được đưa vào tìm kiếm.
                </p>
                <div>
                  <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
                    Tải tệp lên
                  </button>
                </div>
              </form>
            ) : (
              found.files.length === 0 && <p className="text-sm text-muted">Chưa có tệp.</p>
            )}
          </Card>
          <Card title="Văn bản liên quan">
            {found.outgoing.length + found.incoming.length === 0 && <p className="mb-3 text-sm text-muted">Chưa có quan hệ với văn bản khác.</p>}
            <ul className="mb-4 flex flex-col gap-2 text-sm">
              {found.outgoing.map((r) => (
                <li key={`o-${r.kind}-${r.id}`} className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{RELATION_LABELS[r.kind].outgoing}</span>
                  <Link href={`/admin/van-ban/${r.id}`} className="text-brand-700 underline">
                    {r.number}
                  </Link>
                  <span className="text-muted">{r.summary}</span>
                  {isEditor && <RemoveRelationButton id={id} fromId={id} toId={r.id} kind={r.kind} label={`${RELATION_LABELS[r.kind].outgoing} ${r.number}`} />}
                </li>
              ))}
              {found.incoming.map((r) => (
                <li key={`i-${r.kind}-${r.id}`} className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{RELATION_LABELS[r.kind].incoming}</span>
                  <Link href={`/admin/van-ban/${r.id}`} className="text-brand-700 underline">
                    {r.number}
                  </Link>
                  <span className="text-muted">{r.summary}</span>
                  {isEditor && <RemoveRelationButton id={id} fromId={r.id} toId={id} kind={r.kind} label={`${RELATION_LABELS[r.kind].incoming} ${r.number}`} />}
                </li>
              ))}
            </ul>
            {isEditor && <AddRelationForm id={id} targets={targets.map((t) => ({ id: t.id, label: `${t.number} — ${t.summary.slice(0, 80)}` }))} />}
          </Card>
        </div>
        <Card title="Quy trình">
          <WorkflowPanel id={id} status={doc.status} isEditor={isEditor} isOwner={doc.authorId === user.id} pendingRevisionId={null} onTransition={documentTransitionAction} noun="văn bản" />
        </Card>
      </div>
    </div>
  );
}

function uploadErrorText(code: string): string {
  return (
    {
      "qua-lon": `Tệp vượt quá dung lượng cho phép (tối đa ${documentLimitText()} mỗi tệp). Chưa có gì thay đổi.`,
      "sai-loai": `Tệp không phải ${DOCUMENT_FILE_KINDS} (kiểm tra theo nội dung tệp, không theo tên tệp). Chưa có gì thay đổi.`,
      "doc-cu": "Tệp Word/Excel đời cũ cần có đuôi .doc hoặc .xls. Chưa có gì thay đổi.",
      "pdf-hong": "Tệp PDF bị hỏng hoặc không đọc được. Chưa có gì thay đổi.",
      "rong": "Chưa chọn tệp, hoặc tệp rỗng.",
      "khong-quyen": "Bạn không có quyền sửa văn bản này.",
      "loi": "Có lỗi khi lưu tệp. Vui lòng thử lại.",
    }[code] ?? "Không lưu được tệp. Vui lòng thử lại."
  );
}
