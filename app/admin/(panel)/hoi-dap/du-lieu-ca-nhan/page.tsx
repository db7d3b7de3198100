import { Card } from "@/components/admin/card";
import { contactRetentionDays } from "@/db/questions";
import { requirePermission } from "@/auth/guard";
import { PersonDataForm } from "./person-forms";
import { BackLink } from "@/components/admin/back-link";

export const metadata = { title: "Dữ liệu cá nhân" };

/** A data subject's requests (Luật 91/2025/QH15): what the site keeps about them, and erasure. */
export default async function PersonalDataPage() {
  await requirePermission("personal_data.manage");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink href="/admin/hoi-dap">Hỏi đáp</BackLink>
        <h1 className="mt-1 text-2xl font-bold">Yêu cầu về dữ liệu cá nhân</h1>
        <p className="text-sm text-muted">
          Tìm theo thư điện tử hoặc số điện thoại người hỏi hoặc người góp ý dự thảo đã nhập. Thông tin liên hệ được mã hóa và tự động xóa {contactRetentionDays()} ngày sau khi trả lời câu hỏi hoặc sau khi dự thảo kết thúc lấy ý kiến (CONTACT_RETENTION_DAYS).
        </p>
      </div>
      <Card title="Xuất hoặc xóa dữ liệu của một người">
        <p className="mb-3 text-sm text-muted">
          Xóa: câu hỏi chưa trả lời bị xóa hẳn; câu hỏi đã công khai giữ lại nội dung nhưng bỏ tên, liên hệ và mọi chỗ ghi thư điện tử, số điện thoại của người này. Góp ý dự thảo chưa duyệt bị xóa hẳn; góp ý đã công khai hiện là “Ẩn danh”, bỏ liên hệ và các chỗ ghi liên hệ trong nội dung.
        </p>
        <PersonDataForm />
      </Card>
    </div>
  );
}
