import Link from "next/link";
import { Card } from "@/components/admin/card";
import { StateFilter } from "@/components/admin/state-filter";
import { DataTable } from "@/components/admin/data-table";
import { getDb } from "@/db/index";
import { formatDue, listQuestionQueue } from "@/db/questions";
import { requirePermission } from "@/auth/guard";
import { can } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/format";
import { QUESTION_STATE_LABELS, type QuestionState } from "@/lib/questions";

export const metadata = { title: "Hỏi đáp" };

const FILTERS: { value: QuestionState | "mo"; label: string }[] = [
  { value: "mo", label: "Đang mở" },
  ...Object.entries(QUESTION_STATE_LABELS).map(([value, label]) => ({ value: value as QuestionState, label })),
];

export default async function QuestionQueuePage({ searchParams }: PageProps<"/admin/hoi-dap">) {
  const actor = await requirePermission("question.handle");
  const raw = (await searchParams).trang_thai;
  const state = FILTERS.find((f) => f.value === raw)?.value ?? "mo";
  const rows = await listQuestionQueue(await getDb(), actor, { state });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Hỏi đáp</h1>
        {can(actor, "personal_data.manage") && (
          <Link href="/admin/hoi-dap/du-lieu-ca-nhan" className="text-sm font-semibold text-brand-700 hover:underline">
            Yêu cầu về dữ liệu cá nhân ›
          </Link>
        )}
      </div>
      <StateFilter basePath="/admin/hoi-dap" filters={FILTERS} current={state} />
      <Card title={`Câu hỏi (${rows.length})`}>
        {rows.length === 0 ? (
          <p className="text-sm text-muted">Không có câu hỏi nào.</p>
        ) : (
          <DataTable minWidth="min-w-[640px]" columns={["Câu hỏi", "Trạng thái", "Đơn vị", "Hạn trả lời", "Nhận lúc"]}>
            {rows.map((q) => (
              <tr key={q.id}>
                <td className="py-2.5 pr-3">
                  <Link href={`/admin/hoi-dap/${q.id}`} className="font-medium text-brand-800 hover:underline">
                    {q.title}
                  </Link>
                  <span className="block text-xs text-muted">{q.field}</span>
                </td>
                <td className="py-2.5 pr-3">{q.spam ? "Thư rác" : QUESTION_STATE_LABELS[q.state]}</td>
                <td className="py-2.5 pr-3">{q.unitName || "—"}</td>
                <td className="py-2.5 pr-3 whitespace-nowrap">
                  {formatDue(q.dueOn)}
                  {q.late && <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">Quá hạn</span>}
                </td>
                <td className="py-2.5 whitespace-nowrap">{formatDateTime(q.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
    </div>
  );
}
