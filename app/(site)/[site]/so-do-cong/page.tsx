import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { Panel } from "@/components/site/unit-info";
import { getAlbums, getSiteChrome, siteOf } from "@/db/reader-data";
import type { PublicCategory } from "@/db/categories";
import { SECTIONS } from "@/lib/sections";
import { pageMetadata } from "@/lib/seo";
import { isProvincial } from "@/lib/site";
import { buildTree, type TreeNode } from "@/lib/unit-info";

// Cached whole; it answers to the chrome's tags (menu, categories) and the albums'.
export const revalidate = 300;

type Props = PageProps<"/[site]/so-do-cong">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Sơ đồ cổng | ${settings.portalName}`,
    description: `Toàn bộ các mục của ${settings.portalName}: chuyên mục tin, giới thiệu, văn bản, lịch công tác, thủ tục hành chính và các trang thông tin khác.`,
    path: "/so-do-cong",
    siteName: settings.portalName,
    origin,
    socialTitle: "Sơ đồ cổng",
  });
}

const link = "text-brand-700 hover:underline";

/**
 * The HTML site map, generated from the site's menu, its categories and lib/sections.ts,
 * so it lists exactly what exists: nothing to keep up by hand.
 */
export default async function SiteMapPage({ params }: Props) {
  const site = await siteOf(params);
  const [{ menu, categories }, albums] = await Promise.all([getSiteChrome(site), getAlbums(site.id)]);
  const shown = menu.filter((m) => m.visible);
  const tree = buildTree(categories);
  const category = (c: TreeNode<PublicCategory>) => (
    <li key={c.id}>
      <Link href={`/chuyen-muc/${c.slug}`} className={link}>
        {c.name}
      </Link>
      {c.children.length > 0 && <ul className="ml-5 mt-1 list-[circle] space-y-1 pl-4">{c.children.map(category)}</ul>}
    </li>
  );
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Sơ đồ cổng" }]} />
      <Panel title="Sơ đồ cổng" id="so-do-cong">
        <div className="grid gap-8 md:grid-cols-2" data-testid="site-map">
          <section aria-labelledby="sd-menu">
            <h2 id="sd-menu" className="mb-2 text-lg font-bold text-brand-800">Trình đơn chính</h2>
            <ul className="list-disc space-y-1 pl-5">
              <li>
                <Link href="/" className={link}>Trang chủ</Link>
              </li>
              {shown.map((m) => (
                <li key={m.ref}>
                  <Link href={m.href} className={link}>
                    {m.label}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="sd-categories">
            <h2 id="sd-categories" className="mb-2 text-lg font-bold text-brand-800">Chuyên mục tin</h2>
            {tree.length ? <ul className="list-disc space-y-1 pl-5">{tree.map(category)}</ul> : <p className="text-muted">Chưa có chuyên mục.</p>}
          </section>
          <section aria-labelledby="sd-sections" className="md:col-span-2">
            <h2 id="sd-sections" className="mb-2 text-lg font-bold text-brand-800">Thông tin của cơ quan</h2>
            <dl className="grid gap-x-6 gap-y-3 md:grid-cols-2">
              {SECTIONS.map((s) => (
                <div key={s.path}>
                  <dt>
                    <Link href={s.path} className={`${link} font-semibold`} hrefLang={s.path === "/en" ? "en" : undefined}>
                      {s.path === "/en" ? <span lang="en">{s.label}</span> : s.label}
                    </Link>
                  </dt>
                  <dd className="text-sm text-muted" lang={s.path === "/en" ? "en" : undefined}>{s.description}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="sd-other" className="md:col-span-2">
            <h2 id="sd-other" className="mb-2 text-lg font-bold text-brand-800">Tiện ích</h2>
            <ul className="list-disc space-y-1 pl-5">
              <li><Link href="/tim-kiem" className={link}>Tìm kiếm</Link></li>
              {albums.length > 0 && <li><Link href="/thu-vien-anh" className={link}>Thư viện ảnh</Link></li>}
              {isProvincial(site.kind) && <li><Link href="/trang-thanh-phan" className={link}>Các trang thành phần</Link></li>}
              <li><a href="/rss.xml" className={link}>Tin mới qua RSS</a></li>
              <li><a href="/sitemap.xml" className={link}>Sơ đồ cổng cho máy tìm kiếm (XML)</a></li>
            </ul>
          </section>
        </div>
      </Panel>
    </div>
  );
}
