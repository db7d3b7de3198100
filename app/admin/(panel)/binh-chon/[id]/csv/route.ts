import { getDb } from "@/db/index";
import { getPollVoteReport } from "@/db/polls";
import { routeUser } from "@/lib/auth/route-guard";
import { csvDocument, csvResponse } from "@/lib/csv";
import { pollReportRows } from "@/lib/poll-report";

export async function GET(_request: Request, { params }: RouteContext<"/admin/binh-chon/[id]/csv">) {
  const { user, refusal } = await routeUser(["admin", "editor"]);
  if (refusal) return new Response(refusal.message, { status: refusal.status });
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return new Response("Không tìm thấy", { status: 404 });
  const report = await getPollVoteReport(await getDb(), user, Number(id));
  if (!report) return new Response("Không tìm thấy", { status: 404 });
  return csvResponse(csvDocument(pollReportRows(report)), `binh-chon-${report.poll.id}-${new Date().toISOString().slice(0, 10)}.csv`);
}
