import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "./client";
import { settings } from "./schema";

const text = (max: number) => z.string().trim().max(max);

export const weatherCitySchema = z.object({
  name: text(80).min(1),
  latitude: z.coerce.number().min(-90).max(90),
  longitude: z.coerce.number().min(-180).max(180),
});

export const siteSettingsSchema = z.object({
  portalName: text(120).min(1).default("Cổng thông tin điện tử huyện Hưng Hà"),
  agencyName: text(160).min(1).default("Ủy ban nhân dân huyện Hưng Hà"),
  address: text(240).default(""),
  phone: text(40).default(""),
  fax: text(40).default(""),
  hotline: text(40).default(""),
  email: text(120).default(""),
  footerText: text(400).default(""),
  responsiblePerson: text(200).default(""),
  weatherCities: z.array(weatherCitySchema).max(6).default([
    { name: "Hà Nội", latitude: 21.0285, longitude: 105.8542 },
    { name: "Đà Nẵng", latitude: 16.0544, longitude: 108.2022 },
    { name: "TP Hồ Chí Minh", latitude: 10.7769, longitude: 106.7009 },
  ]),
  links: z.array(z.object({ label: text(120).min(1), url: z.url() })).max(30).default([]),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const SITE_KEY = "site";

/** The site's settings; missing or damaged values fall back to the defaults. */
export async function getSiteSettings(db: Database): Promise<SiteSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, SITE_KEY));
  const parsed = siteSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : siteSettingsSchema.parse({});
}

export async function saveSiteSettings(db: Database, value: SiteSettings): Promise<void> {
  const valid = siteSettingsSchema.parse(value);
  await db
    .insert(settings)
    .values({ key: SITE_KEY, value: valid })
    .onConflictDoUpdate({ target: settings.key, set: { value: valid, updatedAt: new Date() } });
}
