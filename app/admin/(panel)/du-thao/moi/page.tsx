import Link from "next/link";
import { Card } from "@/components/admin/card";
import { requirePermission } from "@/auth/guard";
import { DraftForm } from "../draft-form";

export const metadata = { title: "Thêm dự thảo" };

const WAYS = "Góp ý trực tiếp tại mục “Gửi góp ý trên cổng” của trang này; hoặc gửi văn bản góp ý về cơ quan chủ trì soạn thảo; hoặc gửi thư điện tử tới địa chỉ của cơ quan.";

export default async function NewDraftPage() {
  await requirePermission("draft.manage");
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/du-thao" className="text-brand-700 hover:underline">
          ← Lấy ý kiến dự thảo
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Thêm dự thảo lấy ý kiến</h1>
      <Card title="Thông tin dự thảo">
        <DraftForm values={{ title: "", draftingUnit: "", field: "", summary: "", waysToRespond: WAYS, contactPerson: "", opensAt: null, closesAt: null, moderated: true }} />
      </Card>
    </div>
  );
}
