import Link from "next/link";
import { Card } from "@/components/admin/card";
import { requirePermission } from "@/auth/guard";
import { createScheduleEntryAction } from "../actions";
import { ScheduleForm } from "../schedule-form";

export const metadata = { title: "Thêm lịch công tác" };

export default async function NewSchedulePage() {
  await requirePermission("schedule.manage");
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/lich-cong-tac" className="text-brand-700 hover:underline">‹ Lịch công tác</Link>
      </p>
      <h1 className="text-2xl font-bold">Thêm lịch công tác</h1>
      <Card title="Nội dung">
        <ScheduleForm action={createScheduleEntryAction} submitLabel="Thêm lịch" entry={{ day: "", startTime: "", endTime: "", leaders: "", content: "", place: "", chair: "", participants: "", preparingUnit: "", note: "" }} />
      </Card>
    </div>
  );
}
