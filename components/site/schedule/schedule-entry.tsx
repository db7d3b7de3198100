import type { ScheduleEntryView } from "@/db/schedule";
import { formatDate } from "@/lib/format";

const leaderNames = (entry: ScheduleEntryView) => entry.leaders.map((l) => (l.position ? `${l.name} (${l.position})` : l.name)).join(", ");

/** What readers are told about an entry that moved or was called off (it stays visible). */
export function ScheduleEntryNotes({ entry }: { entry: ScheduleEntryView }) {
  const changes = entry.changes.filter((c) => c.kind === "change");
  return (
    <>
      {changes.map((change, i) => (
        <p key={i} className="mt-1 text-sm text-amber-900">
          <strong className="rounded bg-amber-100 px-1.5 py-0.5">Đã thay đổi</strong> ({formatDate(change.at)}): {change.summary}
        </p>
      ))}
      {entry.cancelled && (
        <p className="mt-1 text-sm text-red-800">
          <strong className="rounded bg-red-100 px-1.5 py-0.5">Đã hủy</strong>: lý do {entry.cancelReason}
        </p>
      )}
    </>
  );
}

export function ScheduleTime({ entry }: { entry: ScheduleEntryView }) {
  return (
    <span className="font-bold tabular-nums">
      {entry.startTime}
      {entry.endTime && <>–{entry.endTime}</>}
    </span>
  );
}

/** One entry of the week page: time, what, who, where, and its changes. */
export function ScheduleEntryRow({ entry }: { entry: ScheduleEntryView }) {
  const details: [string, string][] = [
    ["Lãnh đạo", leaderNames(entry)],
    ["Địa điểm", entry.place],
    ["Chủ trì", entry.chair],
    ["Thành phần", entry.participants],
    ["Đơn vị chuẩn bị", entry.preparingUnit],
    ["Ghi chú", entry.note],
  ];
  return (
    <li className="grid gap-1 py-3 sm:grid-cols-[7rem_minmax(0,1fr)] sm:gap-4" data-cancelled={entry.cancelled || undefined}>
      <ScheduleTime entry={entry} />
      <div className="min-w-0">
        <p className={entry.cancelled ? "font-semibold text-muted line-through" : "font-semibold"}>{entry.content}</p>
        <dl className="mt-1 grid gap-x-3 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
          {details
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted">{label}:</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        <ScheduleEntryNotes entry={entry} />
      </div>
    </li>
  );
}

export { leaderNames };
