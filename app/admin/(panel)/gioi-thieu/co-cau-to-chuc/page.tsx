import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { listUnitsForAdmin } from "@/db/unit-info";
import { requirePermission } from "@/auth/guard";
import { buildTree, UNIT_KIND_LABELS, type TreeNode } from "@/lib/unit-info";
import type { AdminUnit } from "@/db/unit-info";
import { UnitForm, UnitRowCommands } from "./unit-forms";

export const metadata = { title: "Cơ cấu tổ chức" };

export default async function UnitsAdminPage() {
  const actor = await requirePermission("unit.manage");
  const units = await listUnitsForAdmin(await getDb(), actor);
  const tree = buildTree(units);
  const kinds = Object.entries(UNIT_KIND_LABELS).map(([value, label]) => ({ value, label }));
  const parents = units.map((u) => ({ id: u.id, name: u.name }));
  const row = (unit: TreeNode<AdminUnit>, index: number, siblings: TreeNode<AdminUnit>[]) => (
    <li key={unit.id} className="flex flex-col gap-2 border-l-4 border-stone-200 py-2 pl-3" data-testid="admin-unit">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p>
          <span className="font-semibold">{unit.name}</span> <span className="text-sm text-muted">· {UNIT_KIND_LABELS[unit.kind as keyof typeof UNIT_KIND_LABELS] ?? unit.kind}</span>
        </p>
        <UnitRowCommands id={unit.id} name={unit.name} first={index === 0} last={index === siblings.length - 1} />
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-semibold text-brand-700">Sửa {unit.name}</summary>
        <div className="mt-3">
          <UnitForm unit={unit} parents={parents} kinds={kinds} />
        </div>
      </details>
      {unit.children.length > 0 && <ul className="ml-4 flex flex-col gap-1">{unit.children.map((c, i, all) => row(c, i, all))}</ul>}
    </li>
  );
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Cơ cấu tổ chức</h1>
        <p className="text-sm text-muted">
          Các phòng, ban, cơ quan trực thuộc: hiện ở <a className="text-brand-700 underline" href="/gioi-thieu/co-cau-to-chuc">/gioi-thieu/co-cau-to-chuc</a>, sơ đồ tổ chức của <a className="text-brand-700 underline" href="/gioi-thieu">/gioi-thieu</a>, <a className="text-brand-700 underline" href="/danh-ba">/danh-ba</a> và <a className="text-brand-700 underline" href="/en">/en</a>.
        </p>
      </div>
      <Card title="Các đơn vị">
        {tree.length === 0 ? <p className="text-sm text-muted">Chưa có đơn vị.</p> : <ul className="flex flex-col gap-1">{tree.map((u, i, all) => row(u, i, all))}</ul>}
      </Card>
      <Card title="Thêm đơn vị">
        <UnitForm unit={null} parents={parents} kinds={kinds} />
      </Card>
    </div>
  );
}
