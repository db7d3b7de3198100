import type { SiteChrome } from "@/db/reader-data";

export function SiteFooter({ chrome }: { chrome: SiteChrome }) {
  const s = chrome.settings;
  return (
    <footer className="mt-10 bg-brand-900 text-white/90">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm md:grid-cols-[2fr_1fr]">
        <div className="space-y-1.5">
          <p className="text-base font-bold uppercase text-gold-400">{s.portalName}</p>
          <p>Cơ quan chủ quản: {s.agencyName}</p>
          {s.responsiblePerson && <p>Chịu trách nhiệm chính: {s.responsiblePerson}</p>}
          {s.address && <p>Địa chỉ: {s.address}</p>}
          <p>
            {s.phone && <>Điện thoại: <a className="hover:underline" href={`tel:${s.phone.replace(/\s+/g, "")}`}>{s.phone}</a></>}
            {s.fax && <> · Fax: {s.fax}</>}
            {s.hotline && <> · Đường dây nóng: <a className="hover:underline" href={`tel:${s.hotline.replace(/\s+/g, "")}`}>{s.hotline}</a></>}
          </p>
          {s.email && (
            <p>
              Thư điện tử: <a className="hover:underline" href={`mailto:${s.email}`}>{s.email}</a>
            </p>
          )}
        </div>
        <div className="space-y-2 md:text-right">
          <p className="font-semibold text-gold-400">Ghi rõ nguồn khi phát hành lại thông tin</p>
          {s.footerText && <p className="text-white/80">{s.footerText}</p>}
          <p>
            <a href="/rss.xml" className="inline-flex items-center gap-1.5 hover:underline">
              <svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="currentColor">
                <circle cx="5" cy="19" r="2.5" />
                <path d="M3 10.5a10.5 10.5 0 0 1 10.5 10.5h-3A7.5 7.5 0 0 0 3 13.5zM3 3.5A17.5 17.5 0 0 1 20.5 21h-3A14.5 14.5 0 0 0 3 6.5z" />
              </svg>
              Tin mới qua RSS
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
