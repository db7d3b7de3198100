import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { getDraftForStaff, listCommentQueue, type DraftFile } from "@/db/drafts";
import { getDb } from "@/db/index";
import { forbiddenUnless, requirePermission } from "@/auth/guard";
import { can } from "@/lib/auth/policy";
import { attachmentUrl } from "@/lib/attachments";
import { DRAFT_FILE_KINDS, draftFileLimitText } from "@/lib/draft-files";
import { DRAFT_STATE_LABELS, draftState } from "@/lib/drafts";
import { parseId } from "@/lib/form-fields";
import { formatBytes, formatDateTime } from "@/lib/format";
import { maxUploadBytes } from "@/lib/media";
import { CommentQueue } from "../comment-queue";
import { DraftForm } from "../draft-form";
import { ReportForm } from "../report-form";

export const metadata = { title: "Sửa dự thảo" };

/** Outcomes of the file forms (plain forms posting to ../tai-tep), by code: the page words them. */
const NOTICES: Record<string, string> = {
  "da-tao": "Đã tạo dự thảo. Đính kèm toàn văn dự thảo (PDF hoặc Word) bên dưới.",
  "da-tai-tep": "Đã đính kèm tệp dự thảo.",
  "da-tai-tep-bao-cao": "Đã đính kèm tệp báo cáo. Tệp hiển thị trên cổng khi báo cáo được công bố.",
  "da-go-tep": "Đã gỡ tệp.",
};
const ERRORS: Record<string, string> = {
  "qua-lon": `Tệp vượt quá dung lượng cho phép (tối đa ${draftFileLimitText()} mỗi tệp).`,
  rong: "Vui lòng chọn tệp để tải lên.",
  "sai-loai": `Tệp không phải là ${DRAFT_FILE_KINDS} (kiểm tra theo nội dung tệp, không theo tên tệp).`,
  "qua-nhieu": "Mỗi dự thảo tối đa 10 tệp dự thảo và 10 tệp báo cáo.",
  "khong-quyen": "Bạn không có quyền thực hiện thao tác này.",
  loi: "Có lỗi xảy ra, chưa lưu được tệp. Vui lòng thử lại.",
};

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

function FileList({ id, files }: { id: number; files: DraftFile[] }) {
  if (!files.length) return <p className="mb-3 text-sm text-muted">Chưa có tệp.</p>;
  return (
    <ul className="mb-4 flex flex-col gap-2">
      {files.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center gap-3 rounded border border-stone-200 px-3 py-2 text-sm">
          <a href={attachmentUrl(f.path)} className="min-w-0 flex-1 break-words font-medium text-brand-700 underline">
            {f.originalName}
          </a>
          <span className="text-muted">{formatBytes(f.bytes)}</span>
          <form method="post" action={`/admin/du-thao/tai-tep?id=${id}`} encType="multipart/form-data">
            <input type="hidden" name="removeFileId" value={f.id} />
            <button type="submit" className="rounded border border-red-300 px-3 py-1 text-red-800 hover:bg-red-50">
              Gỡ tệp<span className="sr-only"> {f.originalName}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}

function UploadForm({ id, kind }: { id: number; kind: "draft" | "report" }) {
  const input = `tep-${kind}`;
  return (
    <form method="post" action={`/admin/du-thao/tai-tep?id=${id}${kind === "report" ? "&loai=bao-cao" : ""}`} encType="multipart/form-data" className="flex flex-col gap-2" aria-label={kind === "report" ? "Đính kèm tệp báo cáo" : "Đính kèm tệp dự thảo"}>
      <label htmlFor={input} className="text-sm font-semibold">
        {kind === "report" ? "Chọn tệp báo cáo" : "Chọn tệp dự thảo"}
      </label>
      <input id={input} name="file" type="file" multiple required accept=".pdf,.doc,.docx,.odt,application/pdf" aria-describedby={`${input}-hint`} className="text-sm" />
      <p id={`${input}-hint`} className="text-xs text-muted">
        {DRAFT_FILE_KINDS}, tối đa {draftFileLimitText()} mỗi tệp, chọn được nhiều tệp một lần. Tệp được kiểm tra theo nội dung.
      </p>
      <div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Tải tệp lên
        </button>
      </div>
    </form>
  );
}

export default async function EditDraftPage({ params, searchParams }: PageProps<"/admin/du-thao/[id]">) {
  const actor = await requirePermission("draft.manage");
  const id = parseId((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const draft = await forbiddenUnless(getDraftForStaff(db, actor, id));
  if (!draft) notFound();
  const query = await searchParams;
  const notice = NOTICES[one(query.tb) ?? ""];
  const error = ERRORS[one(query.loi) ?? ""];
  const state = draftState(draft);
  const comments = can(actor, "draft.moderate") ? await listCommentQueue(db, actor, { draftId: id, state: "tat_ca" }) : [];
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/du-thao" className="text-brand-700 hover:underline">
          ← Lấy ý kiến dự thảo
        </Link>
      </p>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{draft.title}</h1>
        <p className="text-sm">
          Tình trạng: <strong data-testid="admin-draft-state">{DRAFT_STATE_LABELS[state]}</strong> · Sửa lần cuối {formatDateTime(draft.updatedAt)} ·{" "}
          <a href={`/du-thao/${draft.slug}`} className="text-brand-700 underline">
            Xem trên cổng
          </a>
        </p>
      </div>
      <div role="status" aria-live="polite">
        {notice && <p className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">{notice}</p>}
        {error && <p className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>}
      </div>
      <Card title="Thông tin dự thảo">
        <DraftForm
          values={{
            id,
            title: draft.title,
            draftingUnit: draft.draftingUnit,
            field: draft.field,
            summary: draft.summary,
            waysToRespond: draft.waysToRespond,
            contactPerson: draft.contactPerson,
            opensAt: draft.opensAt,
            closesAt: draft.closesAt,
            moderated: draft.moderated,
          }}
        />
      </Card>
      <Card title="Tệp dự thảo">
        <FileList id={id} files={draft.files} />
        <UploadForm id={id} kind="draft" />
      </Card>
      <Card title={`Góp ý (${comments.length})`}>
        <CommentQueue rows={comments} />
      </Card>
      <Card title="Báo cáo tiếp thu, giải trình">
        {state === "da_ket_thuc" ? (
          <div className="flex flex-col gap-4">
            <p className="text-sm">
              {draft.reportPublishedAt ? (
                <>
                  Đã công bố lúc <strong>{formatDateTime(draft.reportPublishedAt)}</strong>.
                </>
              ) : (
                "Chưa công bố. Báo cáo hiện trên trang của dự thảo khi được công bố; các góp ý đã công khai vẫn giữ nguyên."
              )}
            </p>
            <ReportForm id={id} html={draft.report} published={Boolean(draft.reportPublishedAt)} maxUploadBytes={maxUploadBytes()} />
            <div>
              <h3 className="mb-2 text-sm font-bold">Tệp báo cáo</h3>
              <FileList id={id} files={draft.reportFiles} />
              <UploadForm id={id} kind="report" />
            </div>
          </div>
        ) : (
          <p className="text-sm text-muted">Báo cáo tiếp thu, giải trình được soạn và công bố sau khi kết thúc lấy ý kiến ({formatDateTime(draft.closesAt)}).</p>
        )}
      </Card>
    </div>
  );
}
