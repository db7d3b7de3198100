import Link from "next/link";

/** Links that filter an admin list by state (`?trang_thai=`), the current one marked. */
export function StateFilter({ basePath, filters, current }: { basePath: string; filters: readonly { value: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Lọc theo trạng thái">
      <ul className="flex flex-wrap gap-2 text-sm">
        {filters.map((f) => (
          <li key={f.value}>
            <Link
              href={`${basePath}?trang_thai=${f.value}`}
              aria-current={f.value === current ? "page" : undefined}
              className={`block rounded border px-3 py-1.5 ${f.value === current ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white hover:border-brand-600"}`}
            >
              {f.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
