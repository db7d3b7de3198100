import Link from "next/link";
import type { ProcedureView } from "@/db/procedures";

type Field = { slug: string; name: string; count: number };

/** The search box of /thu-tuc-hanh-chinh: a plain GET form, so it works without JavaScript. */
export function ProcedureSearchForm({ q = "", field = "", fields }: { q?: string; field?: string; fields: Field[] }) {
  return (
    <form action="/thu-tuc-hanh-chinh" method="get" role="search" aria-label="Tra cứu thủ tục hành chính" className="mb-4 grid gap-2 rounded bg-stone-50 p-3 sm:grid-cols-[minmax(0,1fr)_14rem_auto] sm:items-end">
      <div className="flex flex-col gap-1">
        <label htmlFor="tthc-q" className="text-sm font-semibold">
          Tên hoặc mã thủ tục
        </label>
        <input id="tthc-q" name="q" type="search" defaultValue={q} maxLength={200} placeholder="Ví dụ: khai sinh, 1.001193" className="rounded border border-stone-300 bg-white px-3 py-2" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="tthc-linh-vuc" className="text-sm font-semibold">
          Lĩnh vực
        </label>
        <select id="tthc-linh-vuc" name="linh-vuc" defaultValue={field} className="rounded border border-stone-300 bg-white px-3 py-2">
          <option value="">Tất cả lĩnh vực</option>
          {fields.map((f) => (
            <option key={f.slug} value={f.slug}>
              {f.name} ({f.count})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
        Tìm thủ tục
      </button>
    </form>
  );
}

/** Procedures as a table (one row each: code, name, level, time, and the national portal link). */
export function ProcedureTable({ procedures, caption }: { procedures: ProcedureView[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[560px] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-semibold">Mã TTHC</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Tên thủ tục</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Mức độ</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Thời hạn giải quyết</th>
            <th scope="col" className="py-2 font-semibold">Nộp trực tuyến</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {procedures.map((p) => (
            <tr key={p.id}>
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{p.code}</td>
              <td className="py-2 pr-3">
                <Link href={`/thu-tuc-hanh-chinh/${p.slug}`} className="font-medium text-brand-800 hover:underline">
                  {p.name}
                </Link>
              </td>
              <td className="whitespace-nowrap py-2 pr-3">{p.level}</td>
              <td className="py-2 pr-3">{p.processingTime}</td>
              <td className="py-2">
                <a href={p.portalUrl} rel="noopener" className="whitespace-nowrap text-brand-700 hover:underline">
                  Cổng DVC quốc gia<span className="sr-only">: {p.name}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Procedures grouped under their fields' headings. */
export function ProceduresByField({ procedures, fields }: { procedures: ProcedureView[]; fields: Field[] }) {
  return (
    <div className="flex flex-col gap-6">
      {fields
        .map((field) => ({ field, list: procedures.filter((p) => p.fieldSlug === field.slug) }))
        .filter(({ list }) => list.length > 0)
        .map(({ field, list }) => (
          <section key={field.slug} aria-labelledby={`linh-vuc-${field.slug}`}>
            <h2 id={`linh-vuc-${field.slug}`} className="mb-2 text-lg font-bold text-brand-800">
              {field.name} <span className="text-sm font-normal text-muted">({list.length} thủ tục)</span>
            </h2>
            <ProcedureTable procedures={list} caption={`Thủ tục lĩnh vực ${field.name}`} />
          </section>
        ))}
    </div>
  );
}

export function ProcedureDataLinks({ query = "" }: { query?: string }) {
  const suffix = query ? `?${query}` : "";
  return (
    <p className="mt-4 text-sm text-muted">
      Dữ liệu mở:{" "}
      <a href={`/thu-tuc-hanh-chinh.json${suffix}`} className="text-brand-700 underline">
        JSON
      </a>
      {" · "}
      <a href={`/thu-tuc-hanh-chinh.csv${suffix}`} className="text-brand-700 underline">
        CSV
      </a>
    </p>
  );
}
