import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { LastUpdated } from "@/components/site/last-updated";
import { LeaderCard, Panel } from "@/components/site/unit-info";
import { getSiteChrome, getUnitInfo, siteOf } from "@/db/reader-data";
import { pageMetadata } from "@/lib/seo";

// Cached whole; an editor's change to any leader expires the `unit` tag.
export const revalidate = 300;

type Props = PageProps<"/[site]/gioi-thieu/lanh-dao">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Lãnh đạo | ${settings.portalName}`,
    description: `Lãnh đạo ${settings.agencyName}: chức vụ, tiểu sử tóm tắt, nhiệm vụ đảm nhiệm và liên hệ công vụ.`,
    path: "/gioi-thieu/lanh-dao",
    siteName: settings.portalName,
    origin,
    socialTitle: "Lãnh đạo",
    languages: { vi: "/gioi-thieu/lanh-dao", en: "/en" },
  });
}

export default async function LeadersPage({ params }: Props) {
  const site = await siteOf(params);
  const [{ settings }, { leaders, updated }] = await Promise.all([getSiteChrome(site), getUnitInfo(site.id)]);
  const current = leaders.filter((l) => l.current);
  const former = leaders.filter((l) => !l.current);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Giới thiệu", href: "/gioi-thieu" }, { label: "Lãnh đạo" }]} />
      <Panel title={`Lãnh đạo ${settings.agencyName}`} id="lanh-dao">
        {current.length === 0 && <p className="py-6 text-center text-muted">Chưa có thông tin lãnh đạo.</p>}
        <div data-testid="current-leaders">
          {current.map((leader) => (
            <LeaderCard key={leader.id} leader={leader} />
          ))}
        </div>
        {former.length > 0 && (
          <section aria-labelledby="nguyen-lanh-dao" className="mt-6 border-t-2 border-stone-200 pt-4">
            <h2 id="nguyen-lanh-dao" className="mb-3 text-xl font-bold text-brand-800">Lãnh đạo qua các thời kỳ</h2>
            <ul className="divide-y divide-stone-200" data-testid="former-leaders">
              {former.map((l) => (
                <li key={l.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <span>
                    <span className="font-semibold">{l.name}</span> · {l.title}
                  </span>
                  {l.term && <span className="text-sm text-muted">Nhiệm kỳ {l.term}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        <LastUpdated at={updated.leaders} className="mt-6 border-t border-stone-200 pt-3" />
      </Panel>
    </div>
  );
}
