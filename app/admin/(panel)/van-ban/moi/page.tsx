import { Card } from "@/components/admin/card";
import { readDocumentLists } from "@/db/document-lists";
import { getDb } from "@/db/index";
import { requirePermission } from "@/auth/guard";
import { DocumentForm } from "../document-form";
import { BackLink } from "@/components/admin/back-link";

export const metadata = { title: "Thêm văn bản" };

export default async function NewDocumentPage() {
  const user = await requirePermission("document.write");
  const lists = await readDocumentLists(await getDb(), user.siteId);
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/admin/van-ban">Văn bản</BackLink>
      <h1 className="text-2xl font-bold">Thêm văn bản</h1>
      <Card title="Thông tin văn bản">
        <p className="mb-4 text-sm text-muted">Tạo văn bản (bản nháp) rồi đính kèm tệp và xuất bản ở bước sau.</p>
        <DocumentForm values={{ number: "", typeId: null, issuerId: lists.issuers[0]?.id ?? null, fieldIds: [], signer: "", signerTitle: "", issuedOn: null, effectiveOn: null, expiresOn: null, summary: "", sourceUrl: "" }} lists={lists} />
      </Card>
    </div>
  );
}
