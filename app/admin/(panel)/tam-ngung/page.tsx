import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { getSuspensionForAdmin } from "@/db/site-pages";
import { daysOffSet } from "@/db/holidays";
import { requirePermission } from "@/auth/guard";
import { formatDay } from "@/lib/format";
import { earliestNoticedStart, SUSPENSION_NOTICE_WORKING_DAYS, suspensionWindow } from "@/lib/site-pages";
import { ClearSuspensionForm, SuspensionForm } from "./suspension-form";

export const metadata = { title: "Tạm ngừng hoạt động" };

export default async function SuspensionAdminPage() {
  const actor = await requirePermission("suspension.manage");
  const db = await getDb();
  const [{ suspension, warning }, daysOff] = await Promise.all([getSuspensionForAdmin(db, actor), daysOffSet(db)]);
  const active = suspension && new Date(suspension.endsAt) > new Date() ? suspension : null;
  const earliest = earliestNoticedStart(new Date(), daysOff);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Tạm ngừng hoạt động theo kế hoạch</h1>
        <p className="text-sm text-muted">
          Nghị định 224/2026/NĐ-CP, Điều 13: thông báo công khai trên cổng ít nhất {SUSPENSION_NOTICE_WORKING_DAYS} ngày làm việc trước khi tạm ngừng. Thông báo hiện ở đầu mọi trang của cổng ngay khi lưu, đến khi hết thời gian tạm ngừng. Nếu không khẩn cấp, nên tạm ngừng từ ngày {formatDay(earliest)} trở đi.
        </p>
      </div>
      {active && (
        <Card title="Thông báo đang hiện">
          <p className="mb-2 text-sm" data-testid="current-suspension">
            Tạm ngừng {suspensionWindow(active)}. {active.message}
          </p>
          {warning && <p className="mb-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950" role="alert">{warning}</p>}
          <ClearSuspensionForm />
        </Card>
      )}
      <Card title={active ? "Sửa thông báo" : "Đặt lịch tạm ngừng"}>
        <SuspensionForm startsAt={active?.startsAt ?? null} endsAt={active?.endsAt ?? null} message={active?.message ?? ""} />
      </Card>
    </div>
  );
}
