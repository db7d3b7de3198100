import { Card } from "@/components/admin/card";
import { DataTable } from "@/components/admin/data-table";
import { getDb } from "@/db/index";
import { getRatingReport, type RatingSummary } from "@/db/ratings";
import { requirePermission } from "@/auth/guard";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { ratingLabel } from "@/lib/rating";

export const metadata = { title: "Đánh giá thông tin" };

const average = (n: number) => n.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function SummaryTable({ rows, caption, first, withSection = false }: { rows: (RatingSummary & { section?: string })[]; caption: string; first: string; withSection?: boolean }) {
  if (rows.length === 0) return <p className="text-sm text-muted">Chưa có đánh giá trong khoảng thời gian này.</p>;
  return (
    <DataTable
      minWidth="min-w-[480px]"
      caption={caption}
      columns={[first, ...(withSection ? ["Mục"] : []), { label: "Điểm trung bình (1–5)", className: "text-right" }, { label: "Lượt đánh giá", className: "text-right" }, { label: "Chưa hữu ích", className: "text-right" }]}
    >
      {rows.map((r) => (
        <tr key={r.key}>
          <td className="py-2 pr-3">
            {withSection ? (
              <a href={r.key} className="text-brand-800 hover:underline">
                {r.label}
              </a>
            ) : (
              r.label
            )}
          </td>
          {withSection && <td className="py-2 pr-3">{r.section}</td>}
          <td className="py-2 pr-3 text-right tabular-nums font-semibold">{average(r.average)}</td>
          <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(r.ratings)}</td>
          <td className="py-2 text-right tabular-nums">{formatNumber(r.unhelpful)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Ratings per page and per section over the last 90 days, lowest average first. */
export default async function RatingsPage() {
  const actor = await requirePermission("rating.view");
  const report = await getRatingReport(await getDb(), actor);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Đánh giá thông tin</h1>
        <p className="text-sm text-muted">Độc giả trả lời “Thông tin này có hữu ích với bạn không?” trong {report.days} ngày qua. Thấp nhất xếp trước.</p>
      </div>
      <Card title="Theo mục">
        <SummaryTable rows={report.sections} caption="Đánh giá theo mục" first="Mục" />
      </Card>
      <Card title="Theo trang">
        <SummaryTable rows={report.pages} caption="Đánh giá theo trang" first="Trang" withSection />
      </Card>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Theo tuần">
          {report.weeks.length === 0 ? (
            <p className="text-sm text-muted">Chưa có đánh giá.</p>
          ) : (
            <DataTable caption="Đánh giá theo tuần" columns={["Tuần bắt đầu", { label: "Điểm trung bình", className: "text-right" }, { label: "Lượt", className: "text-right" }]}>
              {report.weeks.map((w) => (
                <tr key={w.week}>
                  <td className="py-2 pr-3">{formatDate(`${w.week}T12:00:00+07:00`)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{average(w.average)}</td>
                  <td className="py-2 text-right tabular-nums">{formatNumber(w.ratings)}</td>
                </tr>
              ))}
              </DataTable>
          )}
        </Card>
        <Card title="Góp ý gần đây">
          {report.comments.length === 0 ? (
            <p className="text-sm text-muted">Chưa có góp ý.</p>
          ) : (
            <ul className="divide-y divide-stone-100 text-sm">
              {report.comments.map((c, i) => (
                <li key={i} className="py-2">
                  <span className="whitespace-pre-line">{c.comment}</span>
                  <span className="block text-xs text-muted">
                    {ratingLabel(c.score)} · {c.title} · {formatDateTime(c.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
