import Link from "next/link";

export type Crumb = { label: string; href?: string };

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Đường dẫn" className="text-sm text-muted">
      <ol>
        <li className="inline">
          <Link href="/" className="hover:text-brand-700 hover:underline">
            Trang chủ
          </Link>
        </li>
        {items.map((item, i) => (
          <li key={i} className="inline">
            <span aria-hidden="true" className="mx-1">
              ›
            </span>
            {item.href ? (
              <Link href={item.href} className="hover:text-brand-700 hover:underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-ink">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
