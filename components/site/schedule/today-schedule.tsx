import Link from "next/link";
import { getScheduleToday, getToday } from "@/db/reader-data";
import { isoDayToVietnamese } from "@/lib/format";
import { WEEKDAY_NAMES, weekday } from "@/lib/schedule-week";
import { SectionHeading } from "../section-heading";
import { leaderNames, ScheduleEntryNotes, ScheduleTime } from "./schedule-entry";

/**
 * "Lịch công tác hôm nay" for the homepage's sidebar. Cheap: one cached read keyed by the
 * day; the page holding it answers to the `today` tag, which the scheduler expires at
 * midnight Việt Nam time (lib/cache.ts invalidateOnNewDay).
 */
export async function TodaySchedule({ siteId }: { siteId: number }) {
  const today = await getToday();
  const entries = await getScheduleToday(siteId, today);
  return (
    <section aria-labelledby="lich-hom-nay" className="rounded bg-white p-4 shadow-sm">
      <SectionHeading id="lich-hom-nay" title="Lịch công tác hôm nay" href="/lich-cong-tac" />
      <p className="mb-2 text-sm text-muted">
        {WEEKDAY_NAMES[weekday(today)]}, {isoDayToVietnamese(today)}
      </p>
      {entries.length === 0 ? (
        <p className="text-sm text-muted">Hôm nay không có lịch công tác.</p>
      ) : (
        <ul className="divide-y divide-stone-100 text-sm">
          {entries.slice(0, 6).map((entry) => (
            <li key={entry.id} className="py-2">
              <ScheduleTime entry={entry} /> <span className={entry.cancelled ? "text-muted line-through" : ""}>{entry.content}</span>
              <span className="block text-muted">{leaderNames(entry)}{entry.place && ` · ${entry.place}`}</span>
              <ScheduleEntryNotes entry={entry} />
            </li>
          ))}
        </ul>
      )}
      {entries.length > 6 && (
        <p className="mt-2 text-sm">
          <Link href="/lich-cong-tac" className="text-brand-700 hover:underline">
            Xem thêm {entries.length - 6} lịch khác
          </Link>
        </p>
      )}
    </section>
  );
}
