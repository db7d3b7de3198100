import type { Metadata } from "next";
import Link from "next/link";
import { LastUpdated, newest } from "@/components/site/last-updated";
import { Contact, Panel, Paragraphs, Portrait, RichText, UnitTree } from "@/components/site/unit-info";
import { getSiteChrome, getUnitInfo, siteOf } from "@/db/reader-data";
import { englishAgencyName, withoutDiacritics } from "@/lib/english";
import { pageMetadata } from "@/lib/seo";

// Cached whole; the unit's English texts live with the unit (`unit` tag).
export const revalidate = 300;

type Props = PageProps<"/[site]/en">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params);
  const [{ settings, origin }, { intro }] = await Promise.all([getSiteChrome(site), getUnitInfo(site.id)]);
  const name = intro.nameEn || englishAgencyName(site);
  return pageMetadata({
    title: `${name} | ${withoutDiacritics(settings.portalName)}`,
    description: `${name}: the unit, its structure and functions, and its leaders' official contacts.`,
    path: "/en",
    siteName: settings.portalName,
    origin,
    socialTitle: name,
    languages: { vi: "/gioi-thieu", en: "/en" },
    locale: "en_GB",
  });
}

/**
 * The unit in English (NĐ 224/2026 and Điều 9's audience beyond Vietnamese readers). The
 * site's chrome stays Vietnamese; everything in this page's content is marked lang="en",
 * and a Vietnamese text shown because no English one was written is marked lang="vi".
 */
export default async function EnglishPage({ params }: Props) {
  const site = await siteOf(params);
  const [{ settings }, { leaders, units, intro, updated }] = await Promise.all([getSiteChrome(site), getUnitInfo(site.id)]);
  const name = intro.nameEn || englishAgencyName(site);
  const current = leaders.filter((l) => l.current);
  return (
    <div lang="en" className="flex flex-col gap-4" data-testid="english-page">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/" className="hover:underline">Home</Link> <span aria-hidden="true">›</span> <span aria-current="page" className="text-ink">English</span>
        {" · "}
        <Link href="/gioi-thieu" hrefLang="vi" lang="vi" className="text-brand-700 underline">Tiếng Việt</Link>
      </nav>
      <Panel title={name} id="en-unit">
        {intro.overviewEn ? (
          <RichText html={intro.overviewEn} />
        ) : (
          <p>
            {name} is the local state administrative body of <span lang="vi">{site.name}</span>. This page presents its organisation, the functions of its offices and its leaders&apos; official contacts. Further information is published in Vietnamese on{" "}
            <span lang="vi">{settings.portalName}</span>.
          </p>
        )}
        {(settings.address || settings.phone || settings.email) && (
          <div className="mt-4">
            <h2 className="mb-2 text-lg font-bold text-brand-800">Contact</h2>
            <Contact phone={settings.phone} email={settings.email} address={settings.address} english />
          </div>
        )}
      </Panel>
      <Panel title="Structure and functions" id="en-structure" level={2}>
        {intro.functionsEn && <RichText html={intro.functionsEn} />}
        <UnitTree units={units} english />
      </Panel>
      <Panel title="Leaders" id="en-leaders" level={2}>
        {current.length === 0 && <p className="text-muted">No leaders listed yet.</p>}
        <ul className="grid gap-5 md:grid-cols-2">
          {current.map((l) => (
            <li key={l.id} className="flex gap-4" data-testid="english-leader">
              <Portrait leader={l} english className="aspect-[4/5] w-24 shrink-0 rounded" />
              <div className="flex min-w-0 flex-col gap-1">
                <h3 className="font-bold text-brand-800">{withoutDiacritics(l.name)}</h3>
                <p className="text-sm font-semibold" lang={l.titleEn ? undefined : "vi"}>{l.titleEn || l.title}</p>
                {l.term && <p className="text-sm text-muted">Term: {l.term}</p>}
                {(l.dutiesEn || l.biographyEn) && <Paragraphs text={l.dutiesEn || l.biographyEn} className="text-sm" />}
                <Contact phone={l.phone} email={l.email} english />
              </div>
            </li>
          ))}
        </ul>
        <LastUpdated at={newest(intro.updatedAt, updated.leaders, updated.units)} english className="mt-6 border-t border-stone-200 pt-3" />
      </Panel>
    </div>
  );
}
