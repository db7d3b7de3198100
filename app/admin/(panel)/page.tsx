import { can } from "@/lib/auth/policy";
import Link from "next/link";
import { Card } from "@/components/admin/card";
import { ViewsChart } from "@/components/admin/views-chart";
import { PollResults } from "@/components/site/poll/poll-results";
import { getDashboard } from "@/db/dashboard";
import { getDb } from "@/db/index";
import { draftsDue } from "@/db/drafts";
import { formatDue, questionDeadlines } from "@/db/questions";
import { getRatingReport } from "@/db/ratings";
import { auditLabel } from "@/lib/audit-labels";
import { formatDateTime, formatMoment, formatNumber } from "@/lib/format";
import { requirePermission } from "@/auth/guard";

export const metadata = { title: "Tổng quan" };

export default async function DashboardPage() {
  const user = await requirePermission("admin.access");
  const db = await getDb();
  const data = await getDashboard(db, user);
  const deadlines = can(user, "question.handle") ? await questionDeadlines(db, user) : null;
  const draftsDueNow = can(user, "draft.manage") ? await draftsDue(db, user) : null;
  const ratings = can(user, "rating.view") ? await getRatingReport(db, user, 30) : null;
  const totalViews = data.viewsPerDay.reduce((sum, d) => sum + d.views, 0);
  const stats = [
    { label: "Đã xuất bản", value: data.counts.published },
    { label: "Chờ duyệt", value: data.counts.pending },
    { label: "Bản nháp", value: data.counts.drafts },
    { label: "Lượt xem 30 ngày", value: totalViews },
  ];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Xin chào, {user.name}</h1>
        <p className="text-sm text-muted">Tình hình cổng thông tin hôm nay.</p>
      </div>

      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-muted">{s.label}</dt>
            <dd className="mt-1 text-3xl font-bold tabular-nums text-brand-800">{formatNumber(s.value)}</dd>
          </div>
        ))}
      </dl>

      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <Card title="Lượt xem theo ngày (30 ngày)">
          <ViewsChart data={data.viewsPerDay} />
        </Card>
        <Card title="Đọc nhiều nhất tuần này">
          {data.mostRead.length === 0 ? (
            <p className="text-sm text-muted">Chưa có lượt xem trong tuần.</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {data.mostRead.map((a, i) => (
                <li key={a.id} className="flex gap-2">
                  <span className="font-bold text-brand-700">{i + 1}.</span>
                  <span className="flex-1">
                    <Link href={`/bai-viet/${a.slug}`} className="hover:underline">
                      {a.title}
                    </Link>
                    <span className="block text-xs text-muted">{formatNumber(a.views)} lượt xem</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>

      <div className="grid gap-6 xl:grid-cols-3">
        {can(user, "article.publish") && (
          <Card title={`Chờ duyệt (${formatNumber(data.counts.pending)})`}>
            {data.pending.length === 0 ? (
              <p className="text-sm text-muted">Không có bài nào chờ duyệt.</p>
            ) : (
              <ul className="divide-y divide-stone-100 text-sm">
                {data.pending.map((a) => (
                  <li key={a.id} className="py-2">
                    <span className="font-medium">{a.title}</span>
                    <span className="block text-xs text-muted">
                      {a.category} · {a.author ?? "—"} · {formatDateTime(a.updatedAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        )}
        {data.poll && (
          <Card title="Bình chọn đang mở">
            <p className="mb-3 text-sm font-semibold">{data.poll.question}</p>
            <PollResults poll={data.poll} />
          </Card>
        )}
        {deadlines && (
          <Card title={`Hỏi đáp: quá hạn ${formatNumber(deadlines.late.length)}, sắp đến hạn ${formatNumber(deadlines.dueSoon.length)}`}>
            {deadlines.late.length + deadlines.dueSoon.length === 0 ? (
              <p className="text-sm text-muted">Không có câu hỏi nào quá hạn hoặc sắp đến hạn.</p>
            ) : (
              <ul className="divide-y divide-stone-100 text-sm" data-testid="question-deadlines">
                {[...deadlines.late.map((q) => ({ ...q, late: true })), ...deadlines.dueSoon.map((q) => ({ ...q, late: false }))].map((q) => (
                  <li key={q.id} className="py-2">
                    <Link href={`/admin/hoi-dap/${q.id}`} className="font-medium hover:underline">
                      {q.title}
                    </Link>
                    <span className="block text-xs text-muted">
                      {q.late ? <strong className="text-red-800">Quá hạn</strong> : "Đến hạn"} {formatDue(q.dueOn)}
                      {q.unitName && ` · ${q.unitName}`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        )}
        {draftsDueNow && (
          <Card title={`Lấy ý kiến dự thảo: ${formatNumber(draftsDueNow.pending)} góp ý chờ duyệt`}>
            {draftsDueNow.awaitingReport.length + draftsDueNow.closingSoon.length === 0 ? (
              <p className="text-sm text-muted">Không có dự thảo nào sắp kết thúc hoặc chờ báo cáo tiếp thu, giải trình.</p>
            ) : (
              <ul className="divide-y divide-stone-100 text-sm" data-testid="drafts-due">
                {[...draftsDueNow.awaitingReport.map((d) => ({ ...d, note: "Đã kết thúc, chưa công bố báo cáo" })), ...draftsDueNow.closingSoon.map((d) => ({ ...d, note: `Kết thúc ${formatMoment(d.closesAt)}` }))].map((d) => (
                  <li key={d.id} className="py-2">
                    <Link href={`/admin/du-thao/${d.id}`} className="font-medium hover:underline">
                      {d.title}
                    </Link>
                    <span className="block text-xs text-muted">
                      {d.note}
                      {d.pending > 0 && ` · ${formatNumber(d.pending)} góp ý chờ duyệt`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {draftsDueNow.pending > 0 && can(user, "draft.moderate") && (
              <p className="mt-3 text-sm">
                <Link href="/admin/du-thao/y-kien" className="font-semibold text-brand-700 hover:underline">
                  Duyệt góp ý ›
                </Link>
              </p>
            )}
          </Card>
        )}
        {ratings && (
          <Card title="Đánh giá thấp nhất (30 ngày)">
            {ratings.pages.length === 0 ? (
              <p className="text-sm text-muted">Chưa có đánh giá.</p>
            ) : (
              <ol className="space-y-2 text-sm">
                {ratings.pages.slice(0, 5).map((p) => (
                  <li key={p.key}>
                    <a href={p.key} className="hover:underline">
                      {p.label}
                    </a>
                    <span className="block text-xs text-muted">
                      {p.average.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} / 5 · {formatNumber(p.ratings)} lượt
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <p className="mt-3 text-sm">
              <Link href="/admin/danh-gia" className="text-brand-700 hover:underline">
                Xem theo trang và theo mục ›
              </Link>
            </p>
          </Card>
        )}
        <Card title="Hoạt động gần đây">
          {data.activity.length === 0 ? (
            <p className="text-sm text-muted">Chưa có hoạt động.</p>
          ) : (
            <ul className="divide-y divide-stone-100 text-sm">
              {data.activity.map((entry) => (
                <li key={entry.id} className="py-2">
                  <span className="font-medium">{entry.userName ?? "Hệ thống"}</span> — {auditLabel(entry.action)}
                  <span className="block text-xs text-muted">
                    {formatDateTime(entry.createdAt)}
                    {entry.summary && ` · ${entry.summary}`}
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
