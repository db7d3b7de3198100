import { Card } from "@/components/admin/card";
import { DOCUMENT_LISTS, listDocumentListsForAdmin, type DocumentListKind } from "@/db/document-lists";
import { getDb } from "@/db/index";
import { requirePermission } from "@/auth/guard";
import { CreateEntryForm, EntryRowForms } from "./list-forms";
import { BackLink } from "@/components/admin/back-link";

export const metadata = { title: "Danh mục văn bản" };

const TITLES: Record<DocumentListKind, string> = { types: "Loại văn bản", issuers: "Cơ quan ban hành", fields: "Lĩnh vực" };

export default async function DocumentListsPage() {
  const user = await requirePermission("document.lists");
  const lists = await listDocumentListsForAdmin(await getDb(), user);
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/admin/van-ban">Văn bản</BackLink>
      <h1 className="text-2xl font-bold">Danh mục văn bản</h1>
      <p className="text-sm text-muted">Đổi tên giữ nguyên đường dẫn lọc và RSS; mục đang được văn bản dùng thì không xóa được.</p>
      <div className="grid gap-6 xl:grid-cols-3">
        {(Object.keys(DOCUMENT_LISTS) as DocumentListKind[]).map((kind) => (
          <Card key={kind} title={TITLES[kind]}>
            <ul className="mb-4 flex flex-col divide-y divide-stone-200">
              {lists[kind].map((e) => (
                <li key={e.id} className="py-2">
                  <EntryRowForms kind={kind} entry={e} />
                </li>
              ))}
            </ul>
            <CreateEntryForm kind={kind} label={TITLES[kind]} />
          </Card>
        ))}
      </div>
    </div>
  );
}
