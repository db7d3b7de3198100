/** `?loai=ngan-sach|du-an|dau-thau&nam=YYYY` of the disclosure data files; anything else is dropped. */
const KINDS = { "ngan-sach": "budget", "du-an": "project", "dau-thau": "procurement" } as const;

export function disclosureQuery(params: URLSearchParams): { kind?: "budget" | "project" | "procurement"; year?: number } {
  const kind = KINDS[params.get("loai") as keyof typeof KINDS];
  const year = params.get("nam");
  return { kind, year: year && /^\d{4}$/.test(year) ? Number(year) : undefined };
}
