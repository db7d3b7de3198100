import Form from "next/form";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";

/**
 * The header's search box: a plain GET form to /tim-kiem, so it works before (or without)
 * JavaScript; next/form turns it into a client-side navigation once hydrated.
 */
export function HeaderSearch() {
  return (
    <Form action="/tim-kiem" role="search" aria-label="Tìm kiếm trên cổng thông tin" className="flex w-full md:ml-auto md:w-80">
      <label htmlFor="header-search" className="sr-only">
        Từ khóa tìm kiếm
      </label>
      <input
        id="header-search"
        name="q"
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Tìm kiếm tin bài…"
        autoComplete="off"
        enterKeyHint="search"
        className="h-11 min-w-0 flex-1 rounded-l border border-white/60 bg-white px-3 text-ink placeholder:text-muted"
      />
      <button type="submit" className="flex h-11 w-12 shrink-0 items-center justify-center rounded-r bg-gold-400 text-brand-900 hover:bg-gold-500">
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="sr-only">Tìm kiếm</span>
      </button>
    </Form>
  );
}
