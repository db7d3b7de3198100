import { Card } from "@/components/admin/card";
import { DataTable } from "@/components/admin/data-table";
import { BUDGET_STAGES, DISCLOSURE_KINDS, listDisclosuresForAdmin } from "@/db/disclosures";
import { getDb } from "@/db/index";
import { requirePermission } from "@/auth/guard";
import { formatDay, formatNumber } from "@/lib/format";
import { createDisclosureAction, deleteDisclosureAction } from "./actions";
import { DeleteDisclosureButton, DisclosureForm } from "./disclosure-forms";

export const metadata = { title: "Công khai ngân sách" };

export default async function DisclosuresAdminPage() {
  const actor = await requirePermission("disclosure.manage");
  const list = await listDisclosuresForAdmin(await getDb(), actor);
  const stage = (key: string | null) => BUDGET_STAGES.find((s) => s.key === key)?.label;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Công khai ngân sách, dự án, đấu thầu</h1>
      <Card title="Thêm mục công khai">
        <DisclosureForm action={createDisclosureAction} stages={BUDGET_STAGES} kinds={DISCLOSURE_KINDS} />
      </Card>
      <Card title={`Đã công khai (${list.length})`}>
        <DataTable minWidth="min-w-[640px]" columns={["Loại", "Tên", "Công bố", "Tệp", { label: <span className="sr-only">Thao tác</span> }]}>
          {list.map((d) => (
            <tr key={d.id} className="align-top">
              <td className="py-2 pr-3">{DISCLOSURE_KINDS[d.kind]}{d.year && <span className="block text-xs text-muted">{d.year} · {stage(d.stage)}</span>}</td>
              <td className="py-2 pr-3">{d.title}{d.valueVnd !== null && <span className="block text-xs text-muted">{formatNumber(d.valueVnd)} đồng</span>}</td>
              <td className="whitespace-nowrap py-2 pr-3">{formatDay(d.publishedOn)}</td>
              <td className="py-2 pr-3">{d.files.length}</td>
              <td className="py-2"><DeleteDisclosureButton action={deleteDisclosureAction} id={d.id} title={d.title} /></td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </div>
  );
}
