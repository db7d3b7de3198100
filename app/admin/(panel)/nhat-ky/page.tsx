import { Card } from "@/components/admin/card";
import { Pagination } from "@/components/site/pagination";
import { DateTimeField } from "@/components/ui/date-time-field";
import { listAudit, listAuditActions } from "@/db/audit";
import { getDb } from "@/db/index";
import { listUsers } from "@/db/users";
import { parseAuditQuery } from "@/lib/audit-filter";
import { auditLabel } from "@/lib/audit-labels";
import { formatDateTime } from "@/lib/format";
import { requirePermission } from "@/auth/guard";
import { parsePageParam } from "@/lib/params";

export const metadata = { title: "Nhật ký hoạt động" };
const PAGE_SIZE = 30;

export default async function AuditPage({ searchParams }: PageProps<"/admin/nhat-ky">) {
  const admin = await requirePermission("audit.view");
  const params = await searchParams;
  const query = parseAuditQuery(params);
  const page = parsePageParam(params.trang);
  const db = await getDb();
  const [{ rows, total }, actions, people] = await Promise.all([
    // A site admin sees their site's entries; platform admins everything (sign-ins too).
    listAudit(db, { ...query, siteId: admin.platformAdmin ? undefined : admin.siteId, viewerId: admin.id }, PAGE_SIZE, (page - 1) * PAGE_SIZE),
    listAuditActions(db),
    listUsers(db, admin),
  ]);
  const filterParams = new URLSearchParams(
    Object.entries({ nguoi: query.raw.nguoi?.toString(), "hanh-dong": query.raw.action, tu: query.raw.tu, den: query.raw.den }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const hrefFor = (p: number) => {
    const q = new URLSearchParams(filterParams);
    if (p > 1) q.set("trang", String(p));
    return `/admin/nhat-ky${q.size ? `?${q}` : ""}`;
  };
  const control = "rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Nhật ký hoạt động</h1>
        <a href={`/admin/nhat-ky/csv${filterParams.size ? `?${filterParams}` : ""}`} className="rounded border border-stone-300 bg-white px-3 py-2 text-sm font-semibold hover:border-brand-600">
          Tải CSV
        </a>
      </div>
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Lọc nhật ký">
          <div className="flex flex-col gap-1">
            <label htmlFor="loc-nguoi" className="text-xs font-semibold">Người thực hiện</label>
            <select id="loc-nguoi" name="nguoi" defaultValue={query.raw.nguoi ?? ""} className={control}>
              <option value="">Tất cả</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>{p.name} ({p.email})</option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="loc-hanh-dong" className="text-xs font-semibold">Hành động</label>
            <select id="loc-hanh-dong" name="hanh-dong" defaultValue={query.raw.action ?? ""} className={control}>
              <option value="">Tất cả</option>
              {actions.map((a) => (
                <option key={a} value={a}>{auditLabel(a)}</option>
              ))}
            </select>
          </div>
          <DateTimeField name="tu" label="Từ ngày" withTime={false} defaultValue={query.raw.tu} size="sm" hint={null} />
          <DateTimeField name="den" label="Đến ngày" withTime={false} defaultValue={query.raw.den} size="sm" hint={null} />
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Lọc</button>
        </form>
      </Card>
      <Card title={`${total} mục`}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="py-2 pr-3">Thời gian</th>
                <th scope="col" className="py-2 pr-3">Người thực hiện</th>
                <th scope="col" className="py-2 pr-3">Hành động</th>
                <th scope="col" className="py-2 pr-3">Nội dung</th>
                <th scope="col" className="py-2">IP</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="whitespace-nowrap py-2 pr-3">{formatDateTime(r.createdAt)}</td>
                  <td className="py-2 pr-3">{r.userName ?? <span className="text-muted">{r.action === "auth.sign_in_failed" ? r.entityId : "Hệ thống"}</span>}</td>
                  <td className="py-2 pr-3">{auditLabel(r.action)}</td>
                  <td className="py-2 pr-3">{r.summary}</td>
                  <td className="py-2 font-mono text-xs">{r.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination current={page} count={Math.max(1, Math.ceil(total / PAGE_SIZE))} hrefFor={hrefFor} />
      </Card>
    </div>
  );
}
