import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { DraftStateBadge } from "@/components/site/drafts/draft-state-badge";
import { PageRating } from "@/components/site/rating/page-rating";
import { orderDrafts } from "@/db/drafts";
import { getDrafts, getSiteChrome, siteOf } from "@/db/reader-data";
import { DRAFT_STATE_LABELS } from "@/lib/drafts";
import { formatMoment, formatNumber } from "@/lib/format";
import { pageMetadata } from "@/lib/seo";
import { sectionOf } from "@/lib/sections";

// Cached whole; a draft's edit, comment shown, report, and each opening and closing
// moment (the scheduler, app/api/tac-vu) expire the site's `drafts` tag.
export const revalidate = 300;

type Props = PageProps<"/[site]/du-thao">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Lấy ý kiến dự thảo | ${settings.portalName}`,
    description: sectionOf("/du-thao").description,
    path: "/du-thao",
    siteName: settings.portalName,
    origin,
    feeds: [{ title: `Lấy ý kiến dự thảo | ${settings.portalName}`, url: "/du-thao/rss.xml" }],
  });
}

const HEADINGS = { dang_lay_y_kien: "Đang lấy ý kiến", chua_mo: "Sắp lấy ý kiến", da_ket_thuc: "Đã kết thúc lấy ý kiến" } as const;
const EMPTY = { dang_lay_y_kien: "Hiện không có dự thảo nào đang lấy ý kiến.", chua_mo: "Chưa có dự thảo nào sắp lấy ý kiến.", da_ket_thuc: "Chưa có dự thảo nào đã kết thúc lấy ý kiến." } as const;

export default async function DraftsPage({ params }: Props) {
  const site = await siteOf(params);
  const { settings } = await getSiteChrome(site);
  const groups = orderDrafts(await getDrafts(site.id));
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Lấy ý kiến dự thảo" }]} />
      <div>
        <h1 className="text-2xl font-bold">Lấy ý kiến dự thảo</h1>
        <p className="mt-1 text-muted">
          Dự thảo văn bản của {settings.agencyName} đang lấy ý kiến nhân dân, cơ quan, tổ chức. Mỗi dự thảo mở và kết thúc lấy ý kiến theo thời gian ghi bên dưới (giờ Việt Nam); sau khi kết thúc, cơ quan soạn thảo
          công bố báo cáo tiếp thu, giải trình trên trang của dự thảo.
        </p>
        <p className="mt-2 text-sm">
          <a href="/du-thao/rss.xml" className="text-brand-700 hover:underline">
            Theo dõi bằng RSS
          </a>
        </p>
      </div>
      <nav aria-label="Theo tình trạng" className="text-sm">
        <ul className="flex flex-wrap gap-2">
          {groups.map((g) => (
            <li key={g.state}>
              <a href={`#${g.state}`} className="block rounded border border-stone-300 bg-white px-3 py-1.5 hover:border-brand-600">
                {DRAFT_STATE_LABELS[g.state]} ({formatNumber(g.items.length)})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.state} id={g.state} aria-labelledby={`${g.state}-tieu-de`} className="rounded bg-white p-4 shadow-sm">
          <h2 id={`${g.state}-tieu-de`} className="mb-2 text-lg font-bold">
            {HEADINGS[g.state]} ({formatNumber(g.items.length)})
          </h2>
          {g.items.length === 0 ? (
            <p className="text-sm text-muted">{EMPTY[g.state]}</p>
          ) : (
            <ul className="divide-y divide-stone-200">
              {g.items.map((d) => (
                <li key={d.slug} className="py-3">
                  <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
                    <Link href={`/du-thao/${d.slug}`} className="min-w-0 flex-1 font-semibold text-brand-800 hover:underline">
                      {d.title}
                    </Link>
                    <DraftStateBadge state={g.state} />
                  </div>
                  <p className="mt-1 text-sm text-muted">
                    {d.draftingUnit} · {d.field}
                  </p>
                  <p className="mt-1 text-sm">
                    Từ <time dateTime={d.opensAt}>{formatMoment(d.opensAt)}</time> đến <time dateTime={d.closesAt}>{formatMoment(d.closesAt)}</time>
                    {g.state !== "chua_mo" && <> · {formatNumber(d.commentCount)} góp ý công khai</>}
                    {d.reportPublished && <> · Đã có báo cáo tiếp thu, giải trình</>}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <PageRating path="/du-thao" />
    </div>
  );
}
