/**
 * What a site is called and where it lives, worded from its kind: no page, title, feed or
 * JSON-LD spells an administrative level itself. Pure (no db/), so any layer may use it.
 */
export const SITE_KINDS = ["tinh", "thanh_pho", "xa", "phuong", "dac_khu", "co_quan", "huyen"] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
export const SITE_STATES = ["live", "archived", "hidden"] as const;
export type SiteState = (typeof SITE_STATES)[number];

export type SiteRef = { id: number; slug: string; kind: SiteKind; name: string; hosts: string[] };
export type SiteInfo = SiteRef & { parentId: number | null; state: SiteState; parent: SiteRef | null };

/** The level as written before a name: "xã Tân Hòa", "tỉnh Hưng Yên". */
const LEVEL: Record<SiteKind, string> = {
  tinh: "tỉnh",
  thanh_pho: "thành phố",
  xa: "xã",
  phuong: "phường",
  dac_khu: "đặc khu",
  co_quan: "",
  huyen: "huyện",
};

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  tinh: "Tỉnh",
  thanh_pho: "Thành phố trực thuộc trung ương",
  xa: "Xã",
  phuong: "Phường",
  dac_khu: "Đặc khu",
  co_quan: "Cơ quan chuyên môn",
  huyen: "Huyện (đơn vị cũ, lưu trữ)",
};

export const SITE_STATE_LABELS: Record<SiteState, string> = {
  live: "Đang hoạt động",
  archived: "Lưu trữ",
  hidden: "Ẩn",
};

/** Provinces and centrally-run cities have the portal; everything else is a component. */
export function isProvincial(kind: SiteKind): boolean {
  return kind === "tinh" || kind === "thanh_pho";
}

/** "xã Tân Hòa"; an agency is its own name. */
export function unitName(site: Pick<SiteRef, "kind" | "name">): string {
  const level = LEVEL[site.kind];
  return level ? `${level} ${site.name}` : site.name;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi-VN") + text.slice(1);
}

/** "Ủy ban nhân dân xã Tân Hòa", or the agency's name. */
export function agencyName(site: Pick<SiteRef, "kind" | "name">): string {
  return site.kind === "co_quan" ? site.name : `Ủy ban nhân dân ${unitName(site)}`;
}

/** NĐ 224/2026 Điều 11: the province has the "Cổng", its components a "Trang". */
export function portalName(site: Pick<SiteRef, "kind" | "name">): string {
  return `${isProvincial(site.kind) ? "Cổng thông tin điện tử" : "Trang thông tin điện tử"} ${unitName(site)}`;
}

/** "Xã Tân Hòa" at the start of a sentence or a heading. */
export function unitTitle(site: Pick<SiteRef, "kind" | "name">): string {
  return capitalize(unitName(site));
}

/** The host an admin request was made on, kept for renders that lose it (proxy.ts). */
export const ADMIN_HOST_COOKIE = "portal-admin-host";

export { normalizeHost } from "./reader-url.mjs";

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * The public origin of a site. Its first host name when it has one; otherwise the default
 * site is SITE_URL itself and any other site is `<slug>.<SITE_URL host>` — on localhost
 * `<slug>.localhost:<port>`, on a province's domain `tenxa.tentinh.gov.vn` (Điều 11 k4).
 */
export function siteOrigin(site: Pick<SiteRef, "slug" | "hosts">, isDefault: boolean, baseUrl: string): string {
  const base = new URL(baseUrl);
  const port = base.port ? `:${base.port}` : "";
  const [primary] = site.hosts;
  if (primary) return primary.endsWith(".localhost") ? `${base.protocol}//${primary}${port}` : `https://${primary}`;
  if (isDefault) return base.origin;
  const parentHost = LOCAL_HOST.test(base.hostname) ? "localhost" : base.hostname;
  return `${base.protocol}//${site.slug}.${parentHost}${port}`;
}
