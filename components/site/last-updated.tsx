import { formatDate, formatTime } from "@/lib/format";

/**
 * "Cập nhật lần cuối dd/mm/yyyy HH:mm" (NĐ 224/2026 Điều 9 k3: information kept up to
 * date, and readers can tell): the one line every content page shows, Việt Nam time.
 * Nothing when the page has never been edited (`at` null). `lang="en"` pages pass `english`.
 */
export function LastUpdated({ at, english = false, className = "" }: { at: string | Date | null | undefined; english?: boolean; className?: string }) {
  if (!at) return null;
  const iso = new Date(at).toISOString();
  const when = `${formatDate(iso)} ${formatTime(iso)}`;
  return (
    <p className={`text-sm text-muted ${className}`} data-testid="last-updated">
      {english ? "Last updated" : "Cập nhật lần cuối"} <time dateTime={iso}>{when}</time>
    </p>
  );
}

/** The newest of several timestamps (a page drawn from several records). */
export function newest(...dates: (string | Date | null | undefined)[]): string | null {
  const times = dates.filter((d): d is string | Date => Boolean(d)).map((d) => new Date(d).getTime());
  return times.length ? new Date(Math.max(...times)).toISOString() : null;
}
