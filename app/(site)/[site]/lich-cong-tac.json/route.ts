import { getScheduleWeek, getSiteChrome, getToday, siteOf } from "@/db/reader-data";
import { openDataHeaders } from "@/lib/open-data";
import { isoWeekOf, parseWeekParam, weekDays } from "@/lib/schedule-week";
import { isValidSlug } from "@/lib/slug";

/** One week of the schedule as JSON, with the page's filters (`?tuan=`, `?lanh-dao=`). */
export async function GET(request: Request, { params }: RouteContext<"/[site]/lich-cong-tac.json">) {
  const site = await siteOf(params);
  const query = new URL(request.url).searchParams;
  const weekParam = query.get("tuan");
  const week = weekParam ? parseWeekParam(weekParam) : isoWeekOf(await getToday());
  if (!week) return Response.json({ error: "Tuần không hợp lệ: dùng dạng 2026-W49 hoặc một ngày dd/mm/yyyy." }, { status: 400 });
  const leader = query.get("lanh-dao") ?? undefined;
  if (leader !== undefined && !isValidSlug(leader)) return Response.json({ error: "Không tìm thấy lãnh đạo này." }, { status: 404 });
  const [{ settings, origin }, { entries }] = await Promise.all([getSiteChrome(site), getScheduleWeek(site.id, week, leader)]);
  const days = weekDays(week);
  return Response.json(
    {
      publisher: settings.agencyName,
      source: `${origin}/lich-cong-tac?tuan=${week}${leader ? `&lanh-dao=${leader}` : ""}`,
      week,
      from: days[0],
      to: days[6],
      leader: leader ?? null,
      entries: entries.map((e) => ({
        id: e.id,
        date: e.day,
        start: e.startTime,
        end: e.endTime,
        leaders: e.leaders.map((l) => ({ name: l.name, position: l.position, slug: l.slug })),
        content: e.content,
        place: e.place,
        chair: e.chair,
        participants: e.participants,
        preparingUnit: e.preparingUnit,
        note: e.note,
        status: e.cancelled ? "cancelled" : e.changes.some((c) => c.kind === "change") ? "changed" : "confirmed",
        cancelReason: e.cancelled ? e.cancelReason : null,
        changes: e.changes,
        sequence: e.sequence,
        updatedAt: e.updatedAt,
      })),
    },
    { headers: openDataHeaders() },
  );
}
