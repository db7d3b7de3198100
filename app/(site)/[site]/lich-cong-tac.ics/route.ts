import { getScheduleFeed, getSiteChrome, getToday, siteOf } from "@/db/reader-data";
import { scheduleCalendar } from "@/lib/schedule-ical";
import { addDays } from "@/lib/schedule-week";
import { isValidSlug } from "@/lib/slug";

/**
 * The site's schedule as iCalendar, `?lanh-dao=<slug>` for one leader's: four weeks back to
 * a year ahead. Read per request (the query string), from cached data.
 */
export async function GET(request: Request, { params }: RouteContext<"/[site]/lich-cong-tac.ics">) {
  const site = await siteOf(params);
  const leaderParam = new URL(request.url).searchParams.get("lanh-dao") ?? undefined;
  if (leaderParam !== undefined && !isValidSlug(leaderParam)) return new Response("Không tìm thấy lãnh đạo này trên lịch công tác.", { status: 404 });
  const today = await getToday();
  const [{ settings, origin }, { entries, leaders }] = await Promise.all([getSiteChrome(site), getScheduleFeed(site.id, addDays(today, -28), addDays(today, 366), leaderParam)]);
  const leader = leaderParam ? leaders.find((l) => l.slug === leaderParam) : undefined;
  if (leaderParam && !leader) return new Response("Không tìm thấy lãnh đạo này trên lịch công tác.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = scheduleCalendar({
    name: leader ? `Lịch công tác của ${leader.name} - ${settings.agencyName}` : `Lịch công tác - ${settings.agencyName}`,
    description: `Lịch công tác của lãnh đạo ${settings.agencyName}`,
    url: `${origin}/lich-cong-tac${leader ? `?lanh-dao=${leader.slug}` : ""}`,
    uidDomain: new URL(origin).hostname,
    entries,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="lich-cong-tac${leader ? `-${leader.slug}` : ""}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
