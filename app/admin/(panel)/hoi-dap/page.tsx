import Link from "next/link";
import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { formatDue, listQuestionQueue } from "@/db/questions";
import { requirePermission } from "@/lib/auth/guard";
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
      <nav aria-label="Lọc theo trạng thái">
        <ul className="flex flex-wrap gap-2 text-sm">
          {FILTERS.map((f) => (
            <li key={f.value}>
              <Link
                href={`/admin/hoi-dap?trang_thai=${f.value}`}
                aria-current={f.value === state ? "page" : undefined}
                className={`block rounded border px-3 py-1.5 ${f.value === state ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white hover:border-brand-600"}`}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Card title={`Câu hỏi (${rows.length})`}>
        {rows.length === 0 ? (
          <p className="text-sm text-muted">Không có câu hỏi nào.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[640px] text-left text-sm">
              <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-semibold">Câu hỏi</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Trạng thái</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Đơn vị</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Hạn trả lời</th>
                  <th scope="col" className="py-2 font-semibold">Nhận lúc</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
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
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
