import Link from "next/link";

/** Page links: first, last, and two either side of the current one. */
export function pageWindow(current: number, count: number): (number | "…")[] {
  const pages = new Set([1, count, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const result: (number | "…")[] = [];
  for (const [i, p] of sorted.entries()) {
    if (i > 0 && p - sorted[i - 1]! > 1) result.push("…");
    result.push(p);
  }
  return result;
}

export function Pagination({ current, count, hrefFor }: { current: number; count: number; hrefFor: (page: number) => string }) {
  if (count <= 1) return null;
  const box = "flex h-10 min-w-10 items-center justify-center rounded border px-3 text-sm";
  const linkClass = `${box} border-stone-300 bg-white hover:border-brand-600 hover:text-brand-700`;
  // Its own colours, not the links' plus overrides: two background utilities in one class
  // list resolve by stylesheet order, which drew the current page white on white.
  const currentClass = `${box} border-brand-600 bg-brand-600 font-semibold text-white`;
  return (
    <nav aria-label="Phân trang" className="mt-6">
      <ul className="flex flex-wrap items-center gap-1.5">
        {current > 1 && (
          <li>
            <Link href={hrefFor(current - 1)} rel="prev" className={linkClass}>
              ‹ Trang trước
            </Link>
          </li>
        )}
        {pageWindow(current, count).map((p, i) =>
          p === "…" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === current ? (
                <span aria-current="page" className={currentClass}>
                  <span className="sr-only">Trang </span>
                  {p}
                </span>
              ) : (
                <Link href={hrefFor(p)} className={linkClass}>
                  <span className="sr-only">Trang </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {current < count && (
          <li>
            <Link href={hrefFor(current + 1)} rel="next" className={linkClass}>
              Trang sau ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
