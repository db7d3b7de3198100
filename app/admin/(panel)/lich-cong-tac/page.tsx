import Link from "next/link";
import { Card } from "@/components/admin/card";
import { DataTable } from "@/components/admin/data-table";
import { getDb } from "@/db/index";
import { listScheduleForAdmin } from "@/db/schedule";
import { requirePermission } from "@/auth/guard";
import { formatDay, vietnamDay } from "@/lib/format";
import { currentWeek, isoWeekOf, parseWeekParam, shiftWeek, WEEKDAY_NAMES, weekday, weekDays, weekLabel } from "@/lib/schedule-week";

export const metadata = { title: "Lịch công tác" };

export default async function ScheduleAdminPage({ searchParams }: PageProps<"/admin/lich-cong-tac">) {
  const actor = await requirePermission("schedule.manage");
  const query = await searchParams;
  const week = parseWeekParam(query.tuan) ?? currentWeek();
  const days = weekDays(week);
  const entries = await listScheduleForAdmin(await getDb(), actor, { from: days[0]!, to: days[6]! });
  const today = vietnamDay(new Date());
  const link = "text-brand-700 hover:underline";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Lịch công tác</h1>
        <Link href="/admin/lich-cong-tac/moi" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          + Thêm lịch
        </Link>
      </div>
      {query.tb === "da-them" && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">
          Đã thêm lịch công tác.
        </p>
      )}
      <nav aria-label="Chọn tuần" className="flex flex-wrap gap-4 text-sm">
        <Link href={`/admin/lich-cong-tac?tuan=${shiftWeek(week, -1)}`} className={link}>‹ Tuần trước</Link>
        {week !== isoWeekOf(today) && <Link href="/admin/lich-cong-tac" className={link}>Tuần này</Link>}
        <Link href={`/admin/lich-cong-tac?tuan=${shiftWeek(week, 1)}`} className={link}>Tuần sau ›</Link>
        <a href={`/lich-cong-tac?tuan=${week}`} className={link}>Xem trang bạn đọc</a>
      </nav>
      <Card title={`${weekLabel(week)}: ${entries.length} lịch`}>
        <DataTable minWidth="min-w-[640px]" columns={["Ngày, giờ", "Nội dung", "Lãnh đạo", "Trạng thái"]}>
          {entries.length === 0 && (
            <tr>
              <td colSpan={4} className="py-4 text-muted">Tuần này chưa có lịch.</td>
            </tr>
          )}
          {entries.map((e) => (
            <tr key={e.id} className="align-top">
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums">
                {WEEKDAY_NAMES[weekday(e.day)]}, {formatDay(e.day)}
                <span className="block font-semibold">{e.startTime}{e.endTime && `–${e.endTime}`}</span>
              </td>
              <td className="py-2 pr-3">
                <Link href={`/admin/lich-cong-tac/${e.id}`} className="font-medium text-brand-800 hover:underline">
                  {e.content}
                </Link>
                {e.place && <span className="block text-xs text-muted">{e.place}</span>}
              </td>
              <td className="py-2 pr-3">{e.leaders.map((l) => l.name).join(", ")}</td>
              <td className="py-2">
                {e.cancelled ? (
                  <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">Đã hủy</span>
                ) : e.changes.length ? (
                  <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Đã thay đổi</span>
                ) : (
                  <span className="text-xs text-muted">Như đã đăng</span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
        <p className="mt-3 text-xs text-muted">Các ngày trong tuần: {days.map((d) => formatDay(d)).join(", ")}.</p>
      </Card>
    </div>
  );
}
