import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { LastUpdated, newest } from "@/components/site/last-updated";
import { Contact, Panel } from "@/components/site/unit-info";
import { getSiteChrome, getUnitInfo, siteOf } from "@/db/reader-data";
import { directoryEntries, filterDirectory } from "@/lib/directory";
import { parseId } from "@/lib/form-fields";
import { cleanQuery } from "@/lib/search-query";
import { pageMetadata } from "@/lib/seo";

// A search is its own answer (like /tim-kiem): rendered per request from the cached list.
export const dynamic = "force-dynamic";

type Props = PageProps<"/[site]/danh-ba">;

function criteria(params: Record<string, string | string[] | undefined>) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return { q: cleanQuery(first(params.q) ?? "").text, unit: parseId(first(params["don-vi"]) ?? "") ?? null };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { q, unit } = criteria(await searchParams);
  const { settings, origin } = await getSiteChrome(await siteOf(params));
  return pageMetadata({
    title: `Danh bạ${q ? `: ${q}` : ""} | ${settings.portalName}`,
    description: `Điện thoại và thư điện tử công vụ của lãnh đạo và các đơn vị thuộc ${settings.agencyName}.`,
    path: "/danh-ba",
    siteName: settings.portalName,
    origin,
    socialTitle: "Danh bạ",
    noindex: Boolean(q || unit),
  });
}

export default async function DirectoryPage({ params, searchParams }: Props) {
  const { q, unit } = criteria(await searchParams);
  const site = await siteOf(params);
  const [{ settings }, { leaders, units, updated }] = await Promise.all([getSiteChrome(site), getUnitInfo(site.id)]);
  const unitId = unit !== null && units.some((u) => u.id === unit) ? unit : null;
  const found = filterDirectory(directoryEntries(leaders, units, settings.agencyName), q, unitId);
  const input = "w-full rounded border border-stone-300 bg-white px-3 py-2";
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Danh bạ" }]} />
      <Panel title="Danh bạ điện thoại, thư điện tử" id="danh-ba">
        <form method="get" action="/danh-ba" role="search" aria-label="Tìm trong danh bạ" className="mb-5 grid gap-3 md:grid-cols-[2fr_1.5fr_auto] md:items-end">
          <div className="flex flex-col gap-1">
            <label htmlFor="danh-ba-q" className="text-sm font-semibold">Họ tên, chức vụ hoặc tên đơn vị</label>
            <input id="danh-ba-q" name="q" type="search" defaultValue={q} className={input} aria-describedby="danh-ba-goi-y" />
            <p id="danh-ba-goi-y" className="text-xs text-muted">Gõ có dấu hoặc không dấu, ví dụ “nguyen van”.</p>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="danh-ba-don-vi" className="text-sm font-semibold">Đơn vị</label>
            <select id="danh-ba-don-vi" name="don-vi" defaultValue={unitId ?? ""} className={input}>
              <option value="">Tất cả đơn vị</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
            <p className="text-xs text-muted" aria-hidden="true">&nbsp;</p>
          </div>
          <div className="md:pb-5">
            <button type="submit" className="w-full rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">Tìm</button>
          </div>
        </form>
        <p className="mb-3 text-sm" role="status">
          {q || unitId !== null ? `Tìm thấy ${found.length} kết quả.` : `${found.length} mục trong danh bạ.`}
        </p>
        {found.length > 0 ? (
          <ul className="divide-y divide-stone-200" data-testid="directory">
            {found.map((e) => (
              <li key={e.key} className="grid gap-2 py-3 md:grid-cols-[1.3fr_1fr]">
                <div>
                  <p className="font-semibold text-brand-800">{e.name}</p>
                  {e.role && <p className="text-sm">{e.role}</p>}
                  {e.unitName && <p className="text-sm text-muted">{e.kind === "unit" ? "Thuộc: " : ""}{e.unitName}</p>}
                </div>
                <Contact phone={e.phone} email={e.email} address={e.address} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="py-6 text-center text-muted">Không tìm thấy ai phù hợp. Hãy thử bớt từ khóa hoặc chọn “Tất cả đơn vị”.</p>
        )}
        <LastUpdated at={newest(updated.leaders, updated.units)} className="mt-6 border-t border-stone-200 pt-3" />
      </Panel>
    </div>
  );
}
