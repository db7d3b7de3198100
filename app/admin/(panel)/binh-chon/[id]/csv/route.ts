import { getDb } from "@/db/index";
import { getPollVoteReport } from "@/db/polls";
import { routeActor } from "@/auth/guard";
import { parseId } from "@/lib/form-fields";
import { csvDocument, csvResponse } from "@/lib/csv";
import { pollReportRows } from "@/lib/poll-report";

export async function GET(_request: Request, { params }: RouteContext<"/admin/binh-chon/[id]/csv">) {
  const actor = await routeActor("poll.manage");
  if (actor instanceof Response) return actor;
  const id = parseId((await params).id);
  if (!id) return new Response("Không tìm thấy", { status: 404 });
  const report = await getPollVoteReport(await getDb(), actor, id);
  if (!report) return new Response("Không tìm thấy", { status: 404 });
  return csvResponse(csvDocument(pollReportRows(report)), `binh-chon-${report.poll.id}-${new Date().toISOString().slice(0, 10)}.csv`);
}
