import { listAudit } from "@/db/audit";
import { getDb } from "@/db/index";
import { parseAuditQuery } from "@/lib/audit-filter";
import { auditLabel } from "@/lib/audit-labels";
import { routeUser } from "@/lib/auth/route-guard";
import { csvDocument, csvResponse } from "@/lib/csv";
import { formatDateTime } from "@/lib/format";

export async function GET(request: Request) {
  const { user, refusal } = await routeUser(["admin"]);
  if (refusal) return new Response(refusal.message, { status: refusal.status });
  const query = parseAuditQuery(Object.fromEntries(new URL(request.url).searchParams));
  const { rows: entries } = await listAudit(await getDb(), query, 50_000);
  const rows = [
    ["Thời gian", "Người thực hiện", "Email", "Hành động", "Đối tượng", "Nội dung", "IP"],
    ...entries.map((r) => [formatDateTime(r.createdAt), r.userName ?? "", r.userEmail ?? (r.action === "auth.sign_in_failed" ? r.entityId : ""), auditLabel(r.action), `${r.entityType}:${r.entityId}`, r.summary, r.ip]),
  ];
  return csvResponse(csvDocument(rows), `nhat-ky-${new Date().toISOString().slice(0, 10)}.csv`);
}
