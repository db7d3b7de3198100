import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { LastUpdated } from "@/components/site/last-updated";
import { Panel, RichText } from "@/components/site/unit-info";
import { getSiteChrome, getStatementPage } from "@/db/reader-data";
import type { SiteInfo } from "@/lib/site";
import { defaultStatement, STATEMENT_PAGES, type StatementKey } from "@/lib/site-pages";

/** /kha-nang-tiep-can and /chinh-sach-bao-ve-du-lieu-ca-nhan: the site's text, or the default worded for the site. */
export async function StatementPage({ site, page }: { site: SiteInfo; page: StatementKey }) {
  const [{ settings }, stored] = await Promise.all([getSiteChrome(site), getStatementPage(site.id, page)]);
  const html = stored.html ?? defaultStatement(page, settings);
  const { title } = STATEMENT_PAGES[page];
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: title }]} />
      <Panel title={title} id="van-ban-trang">
        <RichText html={html} />
        <LastUpdated at={stored.updatedAt} className="mt-6 border-t border-stone-200 pt-3" />
      </Panel>
    </div>
  );
}
