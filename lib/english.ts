import type { SiteKind, SiteRef } from "./site";

/**
 * English wording for /en when the editors have not written their own: the unit's name
 * from its kind ("People's Committee of Tan Hoa Commune"), without diacritics as
 * Vietnamese names are written in English-language government pages.
 */
const KIND_EN: Record<SiteKind, string> = {
  tinh: "Province",
  thanh_pho: "City",
  xa: "Commune",
  phuong: "Ward",
  dac_khu: "Special Zone",
  co_quan: "",
  huyen: "District",
};

export function withoutDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

export function englishAgencyName(site: Pick<SiteRef, "kind" | "name">): string {
  const name = withoutDiacritics(site.name);
  if (site.kind === "co_quan") return name;
  return `People's Committee of ${name} ${KIND_EN[site.kind]}`.trim();
}
