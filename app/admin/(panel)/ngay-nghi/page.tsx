import { Card } from "@/components/admin/card";
import { listDaysOff } from "@/db/holidays";
import { getDb } from "@/db/index";
import { requirePermission } from "@/auth/guard";
import { isoDayToVietnamese } from "@/lib/format";
import { DaysOffForm } from "./days-off-form";

export const metadata = { title: "Ngày nghỉ" };

/** The platform's days off (lib/working-days.ts skips them): Hỏi đáp due dates, notices. */
export default async function DaysOffPage() {
  await requirePermission("platform.days_off");
  const days = await listDaysOff(await getDb());
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Ngày nghỉ lễ, Tết</h1>
        <p className="text-sm text-muted">Dùng chung cho mọi trang: hạn trả lời Hỏi đáp và các thời hạn tính theo ngày làm việc bỏ qua các ngày này.</p>
      </div>
      <Card title={`Danh sách (${days.length} ngày)`}>
        <DaysOffForm initial={days.map((d) => `${isoDayToVietnamese(d.day)} ${d.name}`).join("\n")} />
      </Card>
    </div>
  );
}
