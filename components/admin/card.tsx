export function Card({ title, children, className = "" }: { title?: string; children: React.ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-stone-200 bg-white p-5 shadow-sm ${className}`} aria-label={title}>
      {title && <h2 className="mb-3 text-base font-bold text-ink">{title}</h2>}
      {children}
    </section>
  );
}
