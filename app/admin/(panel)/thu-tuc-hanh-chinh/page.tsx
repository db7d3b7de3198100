import Link from "next/link";
import { Card } from "@/components/admin/card";
import { DataTable } from "@/components/admin/data-table";
import { getDb } from "@/db/index";
import { listProceduresForAdmin } from "@/db/procedures";
import { requirePermission } from "@/auth/guard";
import { procedureQuery } from "@/lib/procedure-query";
import { importProceduresAction } from "./actions";
import { ImportForm } from "./procedure-forms";

export const metadata = { title: "Thủ tục hành chính" };

export default async function ProceduresAdminPage({ searchParams }: PageProps<"/admin/thu-tuc-hanh-chinh">) {
  const actor = await requirePermission("procedure.manage");
  const query = await searchParams;
  const { q } = procedureQuery(query);
  const list = await listProceduresForAdmin(await getDb(), actor, { q });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Thủ tục hành chính</h1>
        <Link href="/admin/thu-tuc-hanh-chinh/moi" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          + Thêm thủ tục
        </Link>
      </div>
      {query.tb === "da-xoa" && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">
          Đã xóa thủ tục.
        </p>
      )}
      <Card title="Nhập từ tệp CSV">
        <p className="mb-3 text-sm">
          <a href="/admin/thu-tuc-hanh-chinh/mau-nhap.csv" className="text-brand-700 hover:underline">
            Tải tệp mẫu (CSV)
          </a>
        </p>
        <ImportForm action={importProceduresAction} />
      </Card>
      <Card title={`Các thủ tục (${list.length})`}>
        <form method="get" className="mb-3 flex flex-wrap items-end gap-2" role="search">
          <div className="flex flex-col gap-1">
            <label htmlFor="tim-tthc" className="text-sm font-semibold">Tìm theo tên, mã, lĩnh vực</label>
            <input id="tim-tthc" name="q" type="search" defaultValue={q} className="rounded border border-stone-300 px-3 py-2" />
          </div>
          <button type="submit" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:border-brand-600">Tìm</button>
        </form>
        <DataTable minWidth="min-w-[560px]" columns={["Mã", "Tên thủ tục", "Lĩnh vực", "Mức độ"]}>
          {list.map((p) => (
            <tr key={p.id}>
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{p.code}</td>
              <td className="py-2 pr-3">
                <Link href={`/admin/thu-tuc-hanh-chinh/${p.id}`} className="font-medium text-brand-800 hover:underline">
                  {p.name}
                </Link>
              </td>
              <td className="py-2 pr-3">{p.field}</td>
              <td className="whitespace-nowrap py-2">{p.level}</td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </div>
  );
}
