import Link from "next/link";

/** The red-underlined block title that Vietnamese portals use for every section. */
export function SectionHeading({ title, href, id, as: Tag = "h2" }: { title: string; href?: string; id?: string; as?: "h2" | "h3" }) {
  return (
    <div className="mb-3 flex items-end justify-between border-b-2 border-brand-600">
      <Tag id={id} className="-mb-0.5 bg-brand-600 px-3 py-1.5 text-sm font-bold uppercase tracking-wide text-white">
        {href ? (
          <Link href={href} className="hover:underline">
            {title}
          </Link>
        ) : (
          title
        )}
      </Tag>
      {href && (
        <Link href={href} className="pb-1 text-sm text-brand-700 hover:underline">
          Xem tất cả<span className="sr-only"> {title}</span> ›
        </Link>
      )}
    </div>
  );
}
