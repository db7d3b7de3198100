import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { getProcedureForAdmin, PROCEDURE_LEVELS } from "@/db/procedures";
import { forbiddenUnless, requirePermission } from "@/auth/guard";
import { parseId } from "@/lib/form-fields";
import { deleteProcedureAction, updateProcedureAction } from "../actions";
import { DeleteForm, ProcedureForm } from "../procedure-forms";

export const metadata = { title: "Sửa thủ tục hành chính" };

export default async function EditProcedurePage({ params, searchParams }: PageProps<"/admin/thu-tuc-hanh-chinh/[id]">) {
  const actor = await requirePermission("procedure.manage");
  const id = parseId((await params).id);
  if (!id) notFound();
  const procedure = await forbiddenUnless(getProcedureForAdmin(await getDb(), actor, id));
  if (!procedure) notFound();
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/thu-tuc-hanh-chinh" className="text-brand-700 hover:underline">‹ Thủ tục hành chính</Link>
      </p>
      <h1 className="text-2xl font-bold">{procedure.name}</h1>
      {(await searchParams).tb === "da-them" && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">
          Đã thêm thủ tục.
        </p>
      )}
      <p className="text-sm">
        <a href={`/thu-tuc-hanh-chinh/${procedure.slug}`} className="text-brand-700 hover:underline">Xem trang bạn đọc</a>
        {" · "}
        <a href={procedure.portalUrl} rel="noopener" className="text-brand-700 hover:underline">Trên Cổng Dịch vụ công quốc gia</a>
      </p>
      <Card title="Thông tin thủ tục">
        <ProcedureForm action={updateProcedureAction} levels={PROCEDURE_LEVELS} submitLabel="Lưu thủ tục" procedure={procedure} />
      </Card>
      <Card title="Xóa">
        <DeleteForm action={deleteProcedureAction} id={procedure.id} />
      </Card>
    </div>
  );
}
