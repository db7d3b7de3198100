/**
 * URL slugs from Vietnamese text: "Đoàn kiểm tra" → "doan-kiem-tra".
 * NFD splits every accented letter into base + combining marks, which we drop;
 * đ/Đ are letters of their own (not a d with a mark), so they are mapped by hand.
 */
export function slugify(text: string, maxLength = 120): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so a slug never ends mid-word.
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, "");
}

/**
 * A slug not yet taken: "ten", then "ten-2", "ten-3"… `isTaken` is asked in order.
 * The database's unique index stays the real guard against a race.
 */
export async function uniqueSlug(
  text: string,
  isTaken: (slug: string) => Promise<boolean>,
  fallback = "bai-viet",
): Promise<string> {
  const base = slugify(text) || fallback;
  if (!(await isTaken(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}

/** Slugs in URLs come from readers: accept only what slugify could have produced. */
export function isValidSlug(value: string): boolean {
  return value.length > 0 && value.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
