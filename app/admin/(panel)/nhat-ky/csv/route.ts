import { listAudit } from "@/db/audit";
import { getDb } from "@/db/index";
import { parseAuditQuery } from "@/lib/audit-filter";
import { auditLabel } from "@/lib/audit-labels";
import { routeActor } from "@/auth/guard";
import { csvDocument, csvResponse } from "@/lib/csv";
import { formatDateTime } from "@/lib/format";

export async function GET(request: Request) {
  const actor = await routeActor("audit.view");
  if (actor instanceof Response) return actor;
  const query = parseAuditQuery(Object.fromEntries(new URL(request.url).searchParams));
  const { rows: entries } = await listAudit(await getDb(), { ...query, siteId: actor.platformAdmin ? undefined : actor.siteId }, 50_000);
  const rows = [
    ["Thời gian", "Người thực hiện", "Email", "Hành động", "Đối tượng", "Nội dung", "IP"],
    ...entries.map((r) => [formatDateTime(r.createdAt), r.userName ?? "", r.userEmail ?? (r.action === "auth.sign_in_failed" ? r.entityId : ""), auditLabel(r.action), `${r.entityType}:${r.entityId}`, r.summary, r.ip]),
  ];
  return csvResponse(csvDocument(rows), `nhat-ky-${new Date().toISOString().slice(0, 10)}.csv`);
}
