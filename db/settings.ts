import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { toPlainText } from "@/lib/sanitize";
import { agencyName, portalName, type SiteRef } from "@/lib/site";
import { recordAudit } from "./audit";
import type { Database } from "./client";
import { settings } from "./schema";

/** Plain text (tags dropped, as every other text field), with Vietnamese messages. */
const text = (max: number, label: string, required = false) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .transform(toPlainText)
    .pipe(required ? z.string().min(1, `Vui lòng nhập ${label.toLowerCase()}.`).max(max, `${label} tối đa ${max} ký tự.`) : z.string().max(max, `${label} tối đa ${max} ký tự.`));

const phone = (label: string) =>
  text(40, label).refine((v) => v === "" || /^\+?[0-9][0-9 .()-]{4,}$/.test(v), `${label} chỉ gồm chữ số, dấu cách và các ký tự + ( ) . -, ví dụ 0227 3861 234.`);

/** "21,0285" is how many Vietnamese type a decimal: accept it; "" is missing, not 0. */
const coordinate = (label: string, limit: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
    z
      .number({ error: `Nhập ${label.toLowerCase()} dạng số, ví dụ ${limit === 90 ? "21.0285" : "105.8542"}.` })
      .min(-limit, `${label} phải từ -${limit} đến ${limit}.`)
      .max(limit, `${label} phải từ -${limit} đến ${limit}.`),
  );

export const weatherCitySchema = z.object({
  name: text(80, "Tên thành phố", true),
  latitude: coordinate("Vĩ độ", 90),
  longitude: coordinate("Kinh độ", 180),
});

export const MAX_WEATHER_CITIES = 6;
export const MAX_LINKS = 30;

const HTTPS_MESSAGE = "Nhập địa chỉ đầy đủ bắt đầu bằng https://, ví dụ https://chinhphu.vn.";

const linkSchema = z.object({
  label: text(120, "Tên liên kết", true),
  url: z
    .string({ error: "Địa chỉ không hợp lệ." })
    .trim()
    .max(500, "Địa chỉ tối đa 500 ký tự.")
    .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: HTTPS_MESSAGE }).startsWith("https://", HTTPS_MESSAGE)),
});

/**
 * A site's settings. The two names are optional: left empty, they are worded from the
 * site's kind and name (lib/site.ts), so no level is ever written into the defaults.
 */
export const siteSettingsSchema = z.object({
  portalName: text(120, "Tên cổng thông tin").default(""),
  agencyName: text(160, "Tên cơ quan chủ quản").default(""),
  address: text(240, "Địa chỉ").default(""),
  phone: phone("Điện thoại").default(""),
  fax: phone("Fax").default(""),
  hotline: phone("Đường dây nóng").default(""),
  email: z
    .string({ error: "Email không hợp lệ." })
    .trim()
    .max(120, "Email tối đa 120 ký tự.")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Email không hợp lệ, ví dụ vanphong@hungha.gov.vn.")
    .default(""),
  footerText: text(400, "Dòng chữ chân trang").default(""),
  responsiblePerson: text(200, "Người chịu trách nhiệm").default(""),
  weatherCities: z
    .array(weatherCitySchema)
    .max(MAX_WEATHER_CITIES, `Tối đa ${MAX_WEATHER_CITIES} thành phố.`)
    .default([
      { name: "Hà Nội", latitude: 21.0285, longitude: 105.8542 },
      { name: "Đà Nẵng", latitude: 16.0544, longitude: 108.2022 },
      { name: "TP Hồ Chí Minh", latitude: 10.7769, longitude: 106.7009 },
    ]),
  links: z.array(linkSchema).max(MAX_LINKS, `Tối đa ${MAX_LINKS} liên kết.`).default([]),
});
export type StoredSiteSettings = z.infer<typeof siteSettingsSchema>;
/** What pages use: the names always filled in. */
export type SiteSettings = StoredSiteSettings & { portalName: string; agencyName: string };
export type SiteSettingsInput = z.input<typeof siteSettingsSchema>;

const SITE_KEY = "site";

async function readStored(db: Database, siteId: number): Promise<StoredSiteSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(and(eq(settings.siteId, siteId), eq(settings.key, SITE_KEY)));
  const parsed = siteSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : siteSettingsSchema.parse({});
}

/** The site's settings; missing or damaged values fall back to the defaults. */
export async function getSiteSettings(db: Database, site: Pick<SiteRef, "id" | "kind" | "name">): Promise<SiteSettings> {
  const stored = await readStored(db, site.id);
  return { ...stored, portalName: stored.portalName || portalName(site), agencyName: stored.agencyName || agencyName(site) };
}

/** For the settings form: what the admin typed, empty where the site's wording applies. */
export async function getStoredSiteSettings(db: Database, actor: Actor): Promise<StoredSiteSettings> {
  assertCan(actor, "settings.edit");
  return readStored(db, actor.siteId);
}

const LABELS: Record<keyof StoredSiteSettings, string> = {
  portalName: "tên cổng",
  agencyName: "cơ quan chủ quản",
  address: "địa chỉ",
  phone: "điện thoại",
  fax: "fax",
  hotline: "đường dây nóng",
  email: "email",
  footerText: "chân trang",
  responsiblePerson: "người chịu trách nhiệm",
  weatherCities: "thành phố thời tiết",
  links: "liên kết website",
};

/** "điện thoại "a" → "b"; liên kết website (3 → 4)": what an audit reader needs to know. */
function describeChanges(before: StoredSiteSettings, after: StoredSiteSettings): string {
  const changes: string[] = [];
  for (const key of Object.keys(LABELS) as (keyof StoredSiteSettings)[]) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      const names = (list: typeof a) => list.map((item) => ("name" in item ? item.name : item.label)).join(", ");
      changes.push(`${LABELS[key]}: ${names(b) || "(trống)"}`);
    } else {
      changes.push(`${LABELS[key]} "${String(a)}" → "${String(b)}"`);
    }
  }
  return changes.length ? `Đổi ${changes.join("; ")}` : "Lưu, không thay đổi";
}

/** Admins only. Throws a ZodError (nothing saved) when any value is invalid. */
export async function saveSiteSettings(db: Database, actor: Actor, value: SiteSettingsInput, ip = ""): Promise<StoredSiteSettings> {
  assertCan(actor, "settings.edit");
  const valid = siteSettingsSchema.parse(value);
  const before = await readStored(db, actor.siteId);
  await db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ siteId: actor.siteId, key: SITE_KEY, value: valid })
      .onConflictDoUpdate({ target: [settings.siteId, settings.key], set: { value: valid, updatedAt: new Date() } });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "settings.update", entityType: "settings", entityId: SITE_KEY, summary: describeChanges(before, valid), ip });
  });
  return valid;
}
