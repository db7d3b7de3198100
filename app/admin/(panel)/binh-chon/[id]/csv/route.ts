import { getDb } from "@/db/index";
import { getPollVoteReport } from "@/db/polls";
import { currentUser } from "@/lib/auth/guard";
import { csvDocument, csvResponse } from "@/lib/csv";
import { pollReportRows } from "@/lib/poll-report";

export async function GET(_request: Request, { params }: RouteContext<"/admin/binh-chon/[id]/csv">) {
  const user = await currentUser();
  if (!user) return new Response("Chưa đăng nhập", { status: 401 });
  if (user.role !== "admin" && user.role !== "editor") return new Response("Không có quyền", { status: 403 });
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return new Response("Không tìm thấy", { status: 404 });
  const report = await getPollVoteReport(await getDb(), user, Number(id));
  if (!report) return new Response("Không tìm thấy", { status: 404 });
  return csvResponse(csvDocument(pollReportRows(report)), `binh-chon-${report.poll.id}-${new Date().toISOString().slice(0, 10)}.csv`);
}
