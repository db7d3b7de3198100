import { listAudit } from "@/db/audit";
import { getDb } from "@/db/index";
import { parseAuditQuery } from "@/lib/audit-filter";
import { auditLabel } from "@/lib/audit-labels";
import { currentUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";

/** A cell that spreadsheets neither split nor run as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return new Response("Chưa đăng nhập", { status: 401 });
  if (user.role !== "admin") return new Response("Không có quyền", { status: 403 });
  const query = parseAuditQuery(Object.fromEntries(new URL(request.url).searchParams));
  const { rows } = await listAudit(await getDb(), query, 50_000);
  const lines = [
    ["Thời gian", "Người thực hiện", "Email", "Hành động", "Đối tượng", "Nội dung", "IP"].map(csvCell).join(","),
    ...rows.map((r) =>
      [formatDateTime(r.createdAt), r.userName ?? "", r.userEmail ?? (r.action === "auth.sign_in_failed" ? r.entityId : ""), auditLabel(r.action), `${r.entityType}:${r.entityId}`, r.summary, r.ip].map(csvCell).join(","),
    ),
  ];
  // The BOM makes Excel read the Vietnamese text as UTF-8.
  return new Response(`\uFEFF${lines.join("\r\n")}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="nhat-ky-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
