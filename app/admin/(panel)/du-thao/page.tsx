import Link from "next/link";
import { Card } from "@/components/admin/card";
import { DataTable } from "@/components/admin/data-table";
import { countPendingComments, listDraftsForStaff } from "@/db/drafts";
import { getDb } from "@/db/index";
import { requirePermission } from "@/auth/guard";
import { can } from "@/lib/auth/policy";
import { DRAFT_STATE_LABELS, draftState } from "@/lib/drafts";
import { formatMoment } from "@/lib/format";

export const metadata = { title: "Lấy ý kiến dự thảo" };

export default async function DraftsAdminPage() {
  const actor = await requirePermission("draft.manage");
  const db = await getDb();
  const [rows, pending] = await Promise.all([listDraftsForStaff(db, actor), can(actor, "draft.moderate") ? countPendingComments(db, actor) : Promise.resolve(0)]);
  const now = new Date();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Lấy ý kiến dự thảo</h1>
        <div className="flex flex-wrap items-center gap-3">
          {can(actor, "draft.moderate") && (
            <Link href="/admin/du-thao/y-kien" className="text-sm font-semibold text-brand-700 hover:underline">
              Góp ý chờ duyệt ({pending}) ›
            </Link>
          )}
          <Link href="/admin/du-thao/moi" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            Thêm dự thảo
          </Link>
        </div>
      </div>
      <Card title={`Dự thảo (${rows.length})`}>
        {rows.length === 0 ? (
          <p className="text-sm text-muted">Chưa có dự thảo nào.</p>
        ) : (
          <DataTable minWidth="min-w-[720px]" columns={["Dự thảo", "Tình trạng", "Thời gian lấy ý kiến", "Góp ý", "Báo cáo"]}>
            {rows.map((d) => (
              <tr key={d.id}>
                <td className="py-2.5 pr-3">
                  <Link href={`/admin/du-thao/${d.id}`} className="font-medium text-brand-800 hover:underline">
                    {d.title}
                  </Link>
                  <span className="block text-xs text-muted">
                    {d.field}
                    {d.moderated ? "" : " · góp ý hiện ngay"}
                  </span>
                </td>
                <td className="py-2.5 pr-3 whitespace-nowrap">{DRAFT_STATE_LABELS[draftState(d, now)]}</td>
                <td className="py-2.5 pr-3 whitespace-nowrap">
                  {formatMoment(d.opensAt)} – {formatMoment(d.closesAt)}
                </td>
                <td className="py-2.5 pr-3 whitespace-nowrap">
                  {d.shown} công khai{d.pending ? `, ${d.pending} chờ duyệt` : ""}
                </td>
                <td className="py-2.5 whitespace-nowrap">{d.reportPublishedAt ? "Đã công bố" : "—"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
    </div>
  );
}
