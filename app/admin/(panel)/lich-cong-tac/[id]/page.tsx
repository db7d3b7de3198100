import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/admin/card";
import { getDb } from "@/db/index";
import { getScheduleEntryForAdmin } from "@/db/schedule";
import { forbiddenUnless, requirePermission } from "@/auth/guard";
import { formatDateTime } from "@/lib/format";
import { parseId } from "@/lib/form-fields";
import { isoWeekOf } from "@/lib/schedule-week";
import { cancelScheduleEntryAction, updateScheduleEntryAction } from "../actions";
import { CancelForm, ScheduleForm } from "../schedule-form";

export const metadata = { title: "Sửa lịch công tác" };

export default async function EditSchedulePage({ params }: PageProps<"/admin/lich-cong-tac/[id]">) {
  const actor = await requirePermission("schedule.manage");
  const id = parseId((await params).id);
  if (!id) notFound();
  const entry = await forbiddenUnless(getScheduleEntryForAdmin(await getDb(), actor, id));
  if (!entry) notFound();
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={`/admin/lich-cong-tac?tuan=${isoWeekOf(entry.day)}`} className="text-brand-700 hover:underline">‹ Lịch công tác</Link>
      </p>
      <h1 className="text-2xl font-bold">{entry.cancelled ? "Lịch đã hủy" : "Sửa lịch công tác"}</h1>
      {entry.cancelled ? (
        <p className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">Lịch “{entry.content}” đã hủy: {entry.cancelReason}. Lịch đã hủy không sửa được; hãy thêm lịch mới nếu cần.</p>
      ) : (
        <>
          <Card title="Nội dung">
            <ScheduleForm
              action={updateScheduleEntryAction}
              submitLabel="Lưu thay đổi"
              entry={{
                id: entry.id,
                day: entry.day,
                startTime: entry.startTime,
                endTime: entry.endTime ?? "",
                leaders: entry.leaders.map((l) => (l.position ? `${l.name}, ${l.position}` : l.name)).join("\n"),
                content: entry.content,
                place: entry.place,
                chair: entry.chair,
                participants: entry.participants,
                preparingUnit: entry.preparingUnit,
                note: entry.note,
              }}
            />
          </Card>
          <Card title="Hủy lịch">
            <CancelForm action={cancelScheduleEntryAction} id={entry.id} />
          </Card>
        </>
      )}
      <Card title="Các lần thay đổi">
        {entry.changes.length === 0 ? (
          <p className="text-sm text-muted">Chưa thay đổi lần nào.</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {entry.changes.map((c, i) => (
              <li key={i}>
                {formatDateTime(c.at)}: {c.kind === "cancel" ? "hủy lịch, lý do " : "thay đổi: "}
                {c.summary}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
