import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ScheduleEntryRow } from "@/components/site/schedule/schedule-entry";
import { getScheduleWeek, getSiteChrome, getToday, siteOf } from "@/db/reader-data";
import { formatDay } from "@/lib/format";
import { isoWeekOf, parseWeekParam, scheduleHref, shiftWeek, WEEKDAY_NAMES, weekday, weekDays, weekLabel, type IsoWeek } from "@/lib/schedule-week";
import { pageMetadata } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";
import { PrintButton } from "../print-button";

// Readers' URLs say `/lich-cong-tac?tuan=2026-W49&lanh-dao=<slug>`; proxy.ts turns that into
// this route's path so each week (and leader) is cached on its own. The current week's page
// answers to the `today` tag too, which expires at midnight (lib/cache.ts).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[site]/lich-cong-tac/[[...chon]]">;

const CURRENT = "hien-tai";

async function load({ params }: Props) {
  const { chon = [] } = await params;
  if (chon.length > 2) notFound();
  const [weekParam = CURRENT, leaderParam] = chon.map((c) => decodeURIComponent(c));
  const today = await getToday();
  const current = isoWeekOf(today);
  let week = current;
  if (weekParam !== CURRENT) {
    const parsed = parseWeekParam(weekParam);
    if (!parsed) notFound();
    // A day given for the week ("?tuan=2026-12-03") has one canonical URL: the week's.
    if (parsed !== weekParam) permanentRedirect(scheduleHref(parsed, leaderParam));
    week = parsed;
  }
  if (leaderParam !== undefined && !isValidSlug(leaderParam)) notFound();
  const site = await siteOf(params);
  const data = await getScheduleWeek(site.id, week, leaderParam);
  const leader = leaderParam ? data.leaders.find((l) => l.slug === leaderParam) : undefined;
  if (leaderParam && !leader) notFound();
  return { site, week, current, today, leader, ...data, explicit: weekParam !== CURRENT };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { site, week, leader, explicit } = await load(props);
  const { settings, origin } = await getSiteChrome(site);
  const who = leader ? ` của ${leader.name}` : "";
  return pageMetadata({
    title: `Lịch công tác${who} - ${weekLabel(week)} | ${settings.portalName}`,
    description: `Lịch công tác tuần của lãnh đạo ${settings.agencyName}${who}: ${weekLabel(week)}.`,
    path: scheduleHref(explicit ? week : null, leader?.slug),
    siteName: settings.portalName,
    origin,
    socialTitle: `Lịch công tác${who}`,
  });
}

export default async function SchedulePage(props: Props) {
  const { week, current, today, leader, leaders, entries } = await load(props);
  const days = weekDays(week);
  const feed = leader ? `/lich-cong-tac.ics?lanh-dao=${leader.slug}` : "/lich-cong-tac.ics";
  const link = "text-brand-700 hover:underline";
  // Links inside a sentence are underlined: colour alone does not tell them apart (WCAG 1.4.1).
  const inline = "text-brand-700 underline";
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Lịch công tác" }]} />
      <section aria-labelledby="lich-tieu-de" className="rounded bg-white p-4 shadow-sm">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3 border-b-2 border-brand-600 pb-2">
          <div>
            <h1 id="lich-tieu-de" className="text-2xl font-bold text-brand-800">
              Lịch công tác{leader && <> của {leader.name}</>}
            </h1>
            <p className="text-muted">
              {weekLabel(week)}
              {week === current && " · tuần này"}
            </p>
          </div>
          <PrintButton />
        </div>

        <nav aria-label="Chọn tuần" className="no-print mb-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <Link href={scheduleHref(shiftWeek(week, -1), leader?.slug)} className={link} rel="prev">
            ‹ Tuần trước
          </Link>
          {week !== current && (
            <Link href={scheduleHref(null, leader?.slug)} className={link}>
              Tuần này
            </Link>
          )}
          <Link href={scheduleHref(shiftWeek(week, 1), leader?.slug)} className={link} rel="next">
            Tuần sau ›
          </Link>
        </nav>

        <form action="/lich-cong-tac" method="get" className="no-print mb-4 flex flex-wrap items-end gap-2 rounded bg-stone-50 p-3">
          {week !== current && <input type="hidden" name="tuan" value={week} />}
          <div className="flex flex-col gap-1">
            <label htmlFor="loc-lanh-dao" className="text-sm font-semibold">
              Lãnh đạo
            </label>
            <select id="loc-lanh-dao" name="lanh-dao" defaultValue={leader?.slug ?? ""} className="rounded border border-stone-300 bg-white px-3 py-2">
              <option value="">Tất cả lãnh đạo</option>
              {leaders.map((l) => (
                <option key={l.slug} value={l.slug}>
                  {l.name}
                  {l.position && ` - ${l.position}`}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            Xem lịch
          </button>
        </form>

        <div className="flex flex-col gap-4">
          {days.map((day) => {
            const list = entries.filter((e) => e.day === day);
            return (
              <section key={day} aria-labelledby={`ngay-${day}`} className={`rounded border ${day === today ? "border-brand-600" : "border-stone-200"} break-inside-avoid`}>
                <h2 id={`ngay-${day}`} className={`px-3 py-2 font-bold ${day === today ? "bg-brand-50 text-brand-800" : "bg-stone-50"}`}>
                  {WEEKDAY_NAMES[weekday(day)]}, {formatDay(day)}
                  {day === today && <span className="ml-2 text-sm font-semibold text-brand-700"> (hôm nay)</span>}
                </h2>
                {list.length === 0 ? (
                  <p className="px-3 py-3 text-sm text-muted">Không có lịch công tác.</p>
                ) : (
                  <ul className="divide-y divide-stone-100 px-3">
                    {list.map((entry) => (
                      <ScheduleEntryRow key={entry.id} entry={entry} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>

        <p className="no-print mt-4 text-sm text-muted">
          Theo dõi lịch trên lịch điện tử của bạn:{" "}
          <a href={feed} className={inline}>
            tệp iCalendar{leader && ` của ${leader.name}`}
          </a>
          {" · "}
          Dữ liệu mở:{" "}
          <a href={`/lich-cong-tac.json?tuan=${week}${leader ? `&lanh-dao=${leader.slug}` : ""}`} className={inline}>
            JSON
          </a>
        </p>
      </section>
    </div>
  );
}
