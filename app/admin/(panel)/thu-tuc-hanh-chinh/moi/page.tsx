import Link from "next/link";
import { Card } from "@/components/admin/card";
import { PROCEDURE_LEVELS } from "@/db/procedures";
import { requirePermission } from "@/auth/guard";
import { createProcedureAction } from "../actions";
import { ProcedureForm } from "../procedure-forms";

export const metadata = { title: "Thêm thủ tục hành chính" };

export default async function NewProcedurePage() {
  await requirePermission("procedure.manage");
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/thu-tuc-hanh-chinh" className="text-brand-700 hover:underline">‹ Thủ tục hành chính</Link>
      </p>
      <h1 className="text-2xl font-bold">Thêm thủ tục hành chính</h1>
      <Card title="Thông tin thủ tục">
        <ProcedureForm action={createProcedureAction} levels={PROCEDURE_LEVELS} submitLabel="Thêm thủ tục" procedure={{ code: "", name: "", field: "", level: "", processingTime: "", fee: "", agency: "" }} />
      </Card>
    </div>
  );
}
