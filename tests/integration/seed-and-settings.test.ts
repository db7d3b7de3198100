import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles, settings } from "@/db/schema";
import { isSeeded, seedDemoContent } from "@/db/seed";
import { getSiteSettings, saveSiteSettings } from "@/db/settings";
import type { SessionUser } from "@/lib/auth/roles";
import { createActors } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
let admin: SessionUser;
let removeActors: () => Promise<void>;
beforeAll(async () => {
  db = (await testDatabase()).db;
  const created = await createActors(db, "seed-settings");
  admin = created.actors.admin;
  removeActors = created.remove;
});
afterAll(() => removeActors());

describe("demo seed", () => {
  it("runs once: a second run changes nothing", async () => {
    expect(await isSeeded(db)).toBe(true);
    const count = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(articles))[0]!.n;
    const before = await count();
    expect(before).toBeGreaterThan(40);
    expect(await seedDemoContent(db, { images: false })).toBe(false);
    expect(await count()).toBe(before);
  });

  it("stores Vietnamese text in NFC", async () => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(articles)
      .where(sql`${articles.title} <> normalize(${articles.title}, NFC) or ${articles.body} <> normalize(${articles.body}, NFC)`);
    expect(row!.n).toBe(0);
  });

  it("seeds the reference poll, open and on the homepage", async () => {
    const rows = await db.query.polls.findMany({ with: { options: true } });
    const poll = rows.find((p) => p.question.startsWith("Nội dung thông tin cung cấp"));
    expect(poll?.showOnHome).toBe(true);
    expect(poll?.options.map((o) => o.label).sort()).toEqual(["Bình thường", "Hữu ích", "Không hữu ích", "Rất hữu ích"].sort());
  });
});

describe("site settings", () => {
  it("returns the seeded agency details", async () => {
    const s = await getSiteSettings(db);
    expect(s.portalName).toBe("Cổng thông tin điện tử huyện Hưng Hà");
    expect(s.weatherCities.map((c) => c.name)).toEqual(["Hà Nội", "Đà Nẵng", "TP Hồ Chí Minh"]);
  });

  it("falls back to defaults when the stored value is damaged", async () => {
    const original = await getSiteSettings(db);
    await db.update(settings).set({ value: { portalName: 42 } }).where(sql`${settings.key} = 'site'`);
    const s = await getSiteSettings(db);
    expect(s.portalName).toBe("Cổng thông tin điện tử huyện Hưng Hà");
    await saveSiteSettings(db, admin, original);
    expect((await getSiteSettings(db)).email).toBe(original.email);
  });

  it("refuses to save invalid settings", async () => {
    const original = await getSiteSettings(db);
    await expect(saveSiteSettings(db, admin, { ...original, portalName: "" })).rejects.toThrow();
    expect((await getSiteSettings(db)).portalName).toBe(original.portalName);
  });
});
