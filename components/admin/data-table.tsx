/** A header cell: its text, and classes beyond the shared ones (alignment, no wrapping). */
export type Column = string | { label: React.ReactNode; className?: string };

/**
 * The admin lists' table: scrolls sideways on a phone instead of squeezing (`minWidth`,
 * a Tailwind class such as "min-w-[640px]"), header row from `columns`, rows as children.
 */
export function DataTable({ columns, minWidth = "", caption, children }: { columns: Column[]; minWidth?: string; caption?: string; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full ${minWidth} text-left text-sm`}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-muted">
          <tr>
            {columns.map((column, i) => {
              const { label, className = "" } = typeof column === "string" ? { label: column } : column;
              // The last column has no right padding, as the cells below it.
              const padding = i === columns.length - 1 ? "py-2" : "py-2 pr-3";
              return (
                <th key={i} scope="col" className={`${padding} font-semibold ${className}`}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
      </table>
    </div>
  );
}
