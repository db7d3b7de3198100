import Link from "next/link";
import { Card } from "@/components/admin/card";
import { DataTable } from "@/components/admin/data-table";
import { getDb } from "@/db/index";
import { listPollsForAdmin, pollState } from "@/db/polls";
import { requirePermission } from "@/auth/guard";
import { formatDateTime, formatNumber } from "@/lib/format";
import { PollStateBadge } from "./poll-state-badge";

export const metadata = { title: "Bình chọn" };

export default async function PollsPage({ searchParams }: PageProps<"/admin/binh-chon">) {
  const user = await requirePermission("poll.manage");
  const deleted = (await searchParams).tb === "da-xoa";
  const polls = await listPollsForAdmin(await getDb(), user);
  const homepageId = polls.find((p) => p.showOnHome)?.id; // newest first, as the homepage picks
  const now = new Date();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Bình chọn</h1>
        <Link href="/admin/binh-chon/moi" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          + Tạo cuộc bình chọn
        </Link>
      </div>
      {deleted && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">
          Đã xóa cuộc bình chọn.
        </p>
      )}
      <Card title={`Các cuộc bình chọn (${polls.length})`}>
        {polls.length === 0 ? (
          <p className="text-sm text-muted">Chưa có cuộc bình chọn nào.</p>
        ) : (
          <DataTable minWidth="min-w-[480px]" columns={["Câu hỏi", { label: "Trạng thái", className: "whitespace-nowrap" }, "Thời gian", { label: "Số phiếu", className: "whitespace-nowrap text-right" }]}>
            {polls.map((p) => (
              <tr key={p.id}>
                <td className="py-2.5 pr-3">
                  <Link href={`/admin/binh-chon/${p.id}`} className="font-medium text-brand-800 hover:underline">
                    {p.question}
                  </Link>
                  <span className="block text-xs text-muted">
                    {p.optionCount} phương án
                    {p.id === homepageId && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900">Trên trang chủ</span>}
                  </span>
                </td>
                <td className="py-2.5 pr-3">
                  <PollStateBadge state={pollState({ opensAt: p.opensAt?.toISOString() ?? null, closesAt: p.closesAt?.toISOString() ?? null }, now)} />
                </td>
                <td className="whitespace-nowrap py-2.5 pr-3 text-xs tabular-nums">
                  <span className="block">Mở: {p.opensAt ? formatDateTime(p.opensAt) : "ngay khi tạo"}</span>
                  <span className="block">Đóng: {p.closesAt ? formatDateTime(p.closesAt) : "không đặt"}</span>
                </td>
                <td className="py-2.5 text-right font-semibold tabular-nums">{formatNumber(p.totalVotes)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
    </div>
  );
}
