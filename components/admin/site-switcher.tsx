import { switchSiteAction } from "@/app/admin/(panel)/actions";

/**
 * For people who work on several sites. A plain form (works without JavaScript): the
 * choice is kept in a cookie and honoured only for sites the person belongs to.
 */
export function SiteSwitcher({ sites, current }: { sites: { id: number; label: string }[]; current: number | null }) {
  return (
    <form action={switchSiteAction} className="flex w-full flex-wrap items-center gap-2 text-sm sm:w-auto">
      <label htmlFor="site-switcher" className="whitespace-nowrap text-muted">
        Đang làm việc trên
      </label>
      <select id="site-switcher" name="siteId" defaultValue={current ?? undefined} className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-2 py-1.5 sm:max-w-64 sm:flex-none">
        {sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <button type="submit" className="whitespace-nowrap rounded border border-stone-300 px-3 py-1.5 font-semibold hover:border-brand-600">
        Chuyển trang
      </button>
    </form>
  );
}
