import { Card } from "@/components/admin/card";
import { readDocumentLists } from "@/db/document-lists";
import { getDb } from "@/db/index";
import { requirePermission } from "@/auth/guard";
import { MAX_IMPORT_ROWS } from "@/lib/csv-import";
import { DOCUMENT_CSV_COLUMNS } from "@/lib/document-form";
import { ImportForm } from "./import-form";
import { BackLink } from "@/components/admin/back-link";

export const metadata = { title: "Nhập văn bản từ CSV" };

export default async function ImportDocumentsPage() {
  const user = await requirePermission("document.publish");
  const lists = await readDocumentLists(await getDb(), user.siteId);
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/admin/van-ban">Văn bản</BackLink>
      <h1 className="text-2xl font-bold">Nhập văn bản từ CSV</h1>
      <Card title="Cách nhập">
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          <li>
            <a href="/admin/van-ban/nhap/mau" className="font-semibold text-brand-700 underline">
              Tải tệp mẫu (CSV)
            </a>{" "}
            và mở bằng Excel hoặc LibreOffice.
          </li>
          <li>Mỗi dòng một văn bản; cột có dấu * là bắt buộc. Ngày theo dạng dd/mm/yyyy; nhiều lĩnh vực cách nhau bằng dấu chấm phẩy.</li>
          <li>Loại, cơ quan ban hành và lĩnh vực phải có trong danh mục của trang (ghi đúng tên).</li>
          <li>Lưu dưới dạng CSV UTF-8 rồi tải lên. Nếu có dòng sai, không dòng nào được nhập và các dòng sai được liệt kê. Tối đa {MAX_IMPORT_ROWS.toLocaleString("vi-VN")} dòng mỗi lần.</li>
        </ol>
        <p className="mt-3 text-sm text-muted">Các cột: {DOCUMENT_CSV_COLUMNS.map((c) => `${c.header}${c.required ? " *" : ""}`).join(", ")}.</p>
        <p className="mt-2 text-sm text-muted">
          Loại văn bản hiện có: {lists.types.map((t) => t.name).join(", ")}. Cơ quan: {lists.issuers.map((t) => t.name).join("; ")}.
        </p>
      </Card>
      <Card title="Tải tệp lên">
        <ImportForm />
      </Card>
    </div>
  );
}
