import Link from "next/link";
import type { SiteChrome } from "@/db/reader-data";
import { portalName, unitName } from "@/lib/site";
import type { MenuItem } from "@/lib/site-pages";
import { HeaderSearch } from "./header-search";

/** "Cổng thông tin điện tử huyện Hưng Hà" → ["Cổng thông tin điện tử", "huyện Hưng Hà"]. */
function splitPortalName(name: string): [string, string] {
  const match = /^(.*?điện tử)\s+(.+)$/i.exec(name);
  return match ? [match[1]!, match[2]!] : ["", name];
}

/**
 * The menu's items (the site's menu: lib/site-pages.ts resolveMenu over categories and
 * lib/sections.ts), drawn as a bar on wide screens and inside <details> on phones.
 */
function MenuItems({ items, linkClass }: { items: MenuItem[]; linkClass: string }) {
  return (
    <>
      <li>
        <Link href="/" className={linkClass}>
          Trang chủ
        </Link>
      </li>
      {items.map((item) => (
        <li key={item.ref}>
          <Link href={item.href} className={linkClass}>
            {item.label}
          </Link>
        </li>
      ))}
    </>
  );
}

export function SiteHeader({ chrome }: { chrome: SiteChrome }) {
  const [kicker, title] = splitPortalName(chrome.settings.portalName);
  const menu = chrome.menu.filter((item) => item.visible);
  return (
    <header>
      <div className="bg-gradient-to-r from-brand-900 via-brand-700 to-brand-600 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-4 md:flex-nowrap md:gap-5 md:py-6">
          <Link href="/" className="flex items-center gap-3 md:gap-5">
            {/* eslint-disable-next-line @next/next/no-img-element -- a small static SVG */}
            <img src="/logo.svg" alt="" width={64} height={64} className="h-12 w-12 md:h-16 md:w-16 drop-shadow" />
            <span className="flex flex-col">
              {kicker && <span className="text-xs font-semibold uppercase tracking-[0.2em] text-white/90 md:text-sm">{kicker}</span>}
              <span className="text-xl font-bold uppercase leading-tight text-gold-400 drop-shadow md:text-3xl">{title}</span>
            </span>
          </Link>
          <HeaderSearch />
        </div>
      </div>
      <nav aria-label="Chuyên mục" className="sticky top-0 z-30 bg-brand-800 text-white shadow">
        <div className="mx-auto max-w-6xl px-2">
          <ul className="hidden md:flex md:flex-wrap">
            <MenuItems items={menu} linkClass="block px-3 py-3 text-sm font-semibold hover:bg-brand-600" />
          </ul>
          <details className="nav-toggle md:hidden">
            <summary className="flex cursor-pointer items-center gap-2 px-2 py-3 font-semibold">
              <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2">
                <path d="M3 6h18M3 12h18M3 18h18" />
              </svg>
              Danh mục
            </summary>
            <ul className="border-t border-white/20 pb-2">
              <MenuItems items={menu} linkClass="block px-3 py-2.5 hover:bg-brand-600" />
            </ul>
          </details>
        </div>
      </nav>
    </header>
  );
}

/**
 * Above the header: an archived unit's notice, or the province a component belongs to
 * (outside the banner landmark, which names only the site itself).
 */
export function SiteNotice({ chrome }: { chrome: SiteChrome }) {
  const parent = chrome.parent;
  return (
    <>
      {chrome.site.state === "archived" ? (
        <p className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
          Đây là trang lưu trữ của {unitName(chrome.site)}; các bài viết được giữ nguyên để tra cứu.
          {parent && (
            <>
              {" "}Thông tin mới xem tại <a className="font-semibold underline" href={parent.origin}>{portalName(parent.site)}</a>.
            </>
          )}
        </p>
      ) : (
        parent && (
          <p className="bg-brand-900 px-4 py-1.5 text-center text-xs text-white/90">
            Trang thành phần của <a className="font-semibold underline" href={parent.origin}>{portalName(parent.site)}</a>
          </p>
        )
      )}
    </>
  );
}
