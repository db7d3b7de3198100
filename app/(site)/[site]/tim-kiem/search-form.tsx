import Form from "next/form";
import { DateTimeField } from "@/components/ui/date-time-field";
import type { PublicCategory } from "@/db/categories";
import { MAX_QUERY_LENGTH, type SearchRequest } from "@/lib/search-query";

const field = "h-11 w-full rounded border border-stone-300 bg-white px-3 text-ink focus:border-brand-600";
const label = "mb-1 block text-sm font-semibold";

/** The search page's own form: words, category and dates, all kept from the request. */
export function SearchForm({ request, categories, provinceName }: { request: SearchRequest; categories: PublicCategory[]; provinceName: string }) {
  return (
    <Form action="/tim-kiem" role="search" aria-label="Tìm kiếm bài viết" className="grid grid-cols-2 gap-3 lg:grid-cols-[minmax(0,2fr)_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)_auto] lg:items-end">
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor="search-q" className={label}>
          Từ khóa
        </label>
        <input id="search-q" name="q" type="search" defaultValue={request.q} maxLength={MAX_QUERY_LENGTH} enterKeyHint="search" className={field} />
      </div>
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor="search-category" className={label}>
          Chuyên mục
        </label>
        <select id="search-category" name="chuyen-muc" defaultValue={request.category ?? ""} className={field}>
          <option value="">Tất cả chuyên mục</option>
          {categories.map((c) => (
            <option key={c.id} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0">
        <DateTimeField name="tu" label="Từ ngày" withTime={false} defaultValue={request.from} hint={null} />
      </div>
      <div className="min-w-0">
        <DateTimeField name="den" label="Đến ngày" withTime={false} defaultValue={request.to} hint={null} />
      </div>
      <fieldset className="col-span-2 flex flex-wrap gap-x-5 gap-y-1 text-sm lg:col-span-5 lg:order-last">
        <legend className="sr-only">Phạm vi tìm kiếm</legend>
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="pham-vi" value="" defaultChecked={request.scope !== "province"} />
          Trang này
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="pham-vi" value="toan-tinh" defaultChecked={request.scope === "province"} />
          Toàn tỉnh {provinceName} (cổng tỉnh và các xã, phường)
        </label>
      </fieldset>
      <button type="submit" className="h-11 rounded bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700 col-span-2 lg:col-span-1">
        Tìm kiếm
      </button>
    </Form>
  );
}
