import "server-only";
import { and, eq } from "drizzle-orm";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { agencyName, portalName, type SiteRef } from "@/lib/site";
import { siteSettingsSchema, type SiteSettings, type SiteSettingsInput, type StoredSiteSettings } from "@/lib/site-settings";
import { recordAudit } from "./audit";
import type { Database } from "./client";
import { settings } from "./schema";

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
