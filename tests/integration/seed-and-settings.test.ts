import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articleSyndications, articles, settings, siteMembers, sites, users } from "@/db/schema";
import { demoDistrict, isSeeded, seedDemoContent } from "@/db/seed";
import { demoCommunes, demoProvince } from "@/db/seed/sites-data";
import { getSiteSettings, getStoredSiteSettings, saveSiteSettings } from "@/db/settings";
import { listSites } from "@/db/sites";
import type { Actor } from "@/lib/auth/policy";
import type { SiteKind } from "@/lib/site";
import { createActors, defaultSiteId, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

const DEMO_SLUGS = ["hung-ha", "hung-yen", "tan-hoa", "dong-kinh", "minh-tan"];

type SiteRow = { id: number; slug: string; kind: SiteKind; name: string; parentId: number | null; state: string };

let db: Database;
let admin: Actor;
let communeAdmin: Actor;
let removeActors: () => Promise<void>;
let removeCommuneActors: () => Promise<void>;
/** The default site (the demo district) and the seeded sites by slug. */
let site: number;
let demoSites: Map<string, SiteRow>;
beforeAll(async () => {
  db = (await testDatabase()).db;
  site = await defaultSiteId(db);
  const created = await createActors(db, "seed-settings");
  admin = created.actors.admin;
  removeActors = created.remove;
  const commune = await createActors(db, "seed-settings-xa", await siteIdOf(db, "tan-hoa"));
  communeAdmin = commune.actors.admin;
  removeCommuneActors = commune.remove;
  const rows = await db
    .select({ id: sites.id, slug: sites.slug, kind: sites.kind, name: sites.name, parentId: sites.parentId, state: sites.state })
    .from(sites)
    .where(inArray(sites.slug, DEMO_SLUGS));
  demoSites = new Map(rows.map((r) => [r.slug, r]));
});
afterAll(async () => {
  await removeActors();
  await removeCommuneActors();
});

const siteOf = (slug: string) => {
  const row = demoSites.get(slug);
  if (!row) throw new Error(`site ${slug} not seeded`);
  return row;
};

describe("demo seed", () => {
  it("runs once: a second run changes nothing", async () => {
    expect(await isSeeded(db)).toBe(true);
    const count = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(articles))[0]!.n;
    const siteCount = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(sites))[0]!.n;
    const before = await count();
    const sitesBefore = await siteCount();
    expect(before).toBeGreaterThan(40);
    expect(await seedDemoContent(db, { images: false })).toBe(false);
    expect(await count()).toBe(before);
    expect(await siteCount()).toBe(sitesBefore);
  });

  it("stores Vietnamese text in NFC", async () => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(articles)
      .where(sql`${articles.title} <> normalize(${articles.title}, NFC) or ${articles.body} <> normalize(${articles.body}, NFC)`);
    expect(row!.n).toBe(0);
  });

  it("seeds the reference poll, open and on the homepage of the default site", async () => {
    const rows = await db.query.polls.findMany({ with: { options: true } });
    const poll = rows.find((p) => p.question.startsWith("Nội dung thông tin cung cấp"));
    expect(poll?.showOnHome).toBe(true);
    expect(poll?.siteId).toBe(site);
    expect(poll?.options.map((o) => o.label).sort()).toEqual(["Bình thường", "Hữu ích", "Không hữu ích", "Rất hữu ích"].sort());
  });

  it("creates the district, the province and its three communes", async () => {
    const province = siteOf("hung-yen");
    expect([...demoSites.keys()].sort()).toEqual([...DEMO_SLUGS].sort());
    const shape = (slug: string) => {
      const { kind, name, parentId, state } = siteOf(slug);
      return { kind, name, parentId, state };
    };
    expect(shape("hung-yen")).toEqual({ kind: "tinh", name: "Hưng Yên", parentId: null, state: "live" });
    // The abolished district is kept as an archive, under the province that absorbed it.
    expect(shape("hung-ha")).toEqual({ kind: "huyen", name: "Hưng Hà", parentId: province.id, state: "archived" });
    expect(shape("tan-hoa")).toEqual({ kind: "xa", name: "Tân Hòa", parentId: province.id, state: "live" });
    expect(shape("dong-kinh")).toEqual({ kind: "phuong", name: "Đông Kinh", parentId: province.id, state: "live" });
    expect(shape("minh-tan")).toEqual({ kind: "xa", name: "Minh Tân", parentId: province.id, state: "live" });
    expect(demoDistrict.slug).toBe("hung-ha");
  });

  it("makes the district the default site: the oldest one", async () => {
    expect(site).toBe(siteOf("hung-ha").id);
    const oldest = [...demoSites.values()].sort((a, b) => a.id - b.id)[0]!;
    expect(oldest.slug).toBe("hung-ha");
    // listSites (the host map's source) knows every seeded site with its parent.
    const listed = await listSites(db);
    const tanHoa = listed.find((s) => s.slug === "tan-hoa");
    expect(tanHoa?.parent?.slug).toBe("hung-yen");
    expect(listed.filter((s) => DEMO_SLUGS.includes(s.slug))).toHaveLength(5);
  });

  it("gives every site its own categories, articles and editors", async () => {
    const district = await db.select({ n: sql<number>`count(*)::int` }).from(articles).where(eq(articles.siteId, site));
    expect(district[0]!.n).toBeGreaterThan(40);
    for (const demo of [demoProvince, ...demoCommunes]) {
      const id = siteOf(demo.slug).id;
      const titles = (await db.select({ title: articles.title }).from(articles).where(eq(articles.siteId, id))).map((a) => a.title);
      for (const article of demo.articles) expect(titles, demo.slug).toContain(article.title.normalize("NFC"));
      const members = await db
        .select({ email: users.email, role: siteMembers.role, mustChangePassword: users.mustChangePassword })
        .from(siteMembers)
        .innerJoin(users, eq(users.id, siteMembers.userId))
        .where(eq(siteMembers.siteId, id))
        .orderBy(asc(users.email));
      for (const editor of demo.editors) {
        // Seeded accounts have passwords nobody knows: they must be changed at first sign-in.
        expect(members, demo.slug).toContainEqual({ email: editor.email, role: editor.role, mustChangePassword: true });
      }
    }
  });

  it("sends the marked commune articles up to the province, approved", async () => {
    const province = siteOf("hung-yen").id;
    const rows = await db
      .select({ title: articles.title, siteId: articles.siteId, target: articleSyndications.targetSiteId, status: articleSyndications.status })
      .from(articleSyndications)
      .innerJoin(articles, eq(articles.id, articleSyndications.articleId))
      .where(eq(articleSyndications.targetSiteId, province));
    for (const demo of demoCommunes) {
      const communeId = siteOf(demo.slug).id;
      const sent = demo.articles.filter((a) => a.sendUp).map((a) => a.title.normalize("NFC"));
      expect(sent.length, demo.slug).toBeGreaterThan(0);
      for (const title of sent) expect(rows).toContainEqual({ title, siteId: communeId, target: province, status: "approved" });
    }
    // Only the communes' own articles are sent up, never the province's or the district's.
    const communeIds = demoCommunes.map((d) => siteOf(d.slug).id);
    const seeded = rows.filter((r) => communeIds.includes(r.siteId));
    expect(seeded.length).toBe(demoCommunes.flatMap((d) => d.articles.filter((a) => a.sendUp)).length);
  });
});

describe("site settings", () => {
  it("returns the seeded agency details", async () => {
    const s = await getSiteSettings(db, siteOf("hung-ha"));
    expect(s.portalName).toBe("Cổng thông tin điện tử huyện Hưng Hà");
    expect(s.agencyName).toBe("Ủy ban nhân dân huyện Hưng Hà");
    expect(s.weatherCities.map((c) => c.name)).toEqual(["Hà Nội", "Đà Nẵng", "TP Hồ Chí Minh"]);
  });

  it("words the names from the site when none is stored", async () => {
    const province = await getSiteSettings(db, siteOf("hung-yen"));
    expect(province.portalName).toBe("Cổng thông tin điện tử tỉnh Hưng Yên");
    expect(province.agencyName).toBe("Ủy ban nhân dân tỉnh Hưng Yên");
    expect(province.address).toBe(demoProvince.settings.address);
    const commune = await getSiteSettings(db, siteOf("tan-hoa"));
    expect(commune.portalName).toBe("Trang thông tin điện tử xã Tân Hòa");
    expect(commune.agencyName).toBe("Ủy ban nhân dân xã Tân Hòa");
    expect(commune.address).toBe(demoCommunes.find((d) => d.slug === "tan-hoa")!.settings.address);
    expect((await getSiteSettings(db, siteOf("dong-kinh"))).portalName).toBe("Trang thông tin điện tử phường Đông Kinh");
    // What the form shows: empty, so the wording keeps following the site.
    expect((await getStoredSiteSettings(db, communeAdmin)).portalName).toBe("");
  });

  it("falls back to defaults when the stored value is damaged, on that site only", async () => {
    const original = await getStoredSiteSettings(db, admin);
    const provinceBefore = await getSiteSettings(db, siteOf("hung-yen"));
    await db
      .update(settings)
      .set({ value: { portalName: 42 } })
      .where(and(eq(settings.siteId, site), eq(settings.key, "site")));
    const s = await getSiteSettings(db, siteOf("hung-ha"));
    // The stored name is unreadable: the default site's name is worded from its kind and name.
    expect(s.portalName).toBe("Trang thông tin điện tử huyện Hưng Hà");
    expect(s.agencyName).toBe("Ủy ban nhân dân huyện Hưng Hà");
    expect(s.weatherCities.map((c) => c.name)).toEqual(["Hà Nội", "Đà Nẵng", "TP Hồ Chí Minh"]);
    expect(await getSiteSettings(db, siteOf("hung-yen"))).toEqual(provinceBefore);
    await saveSiteSettings(db, admin, original);
    expect((await getSiteSettings(db, siteOf("hung-ha"))).email).toBe(original.email);
    expect((await getSiteSettings(db, siteOf("hung-ha"))).portalName).toBe("Cổng thông tin điện tử huyện Hưng Hà");
  });

  it("refuses to save invalid settings", async () => {
    const original = await getStoredSiteSettings(db, admin);
    await expect(saveSiteSettings(db, admin, { ...original, email: "khong-phai-email" })).rejects.toThrow();
    await expect(saveSiteSettings(db, admin, { ...original, links: [{ label: "Không an toàn", url: "http://example.vn" }] })).rejects.toThrow();
    await expect(saveSiteSettings(db, admin, { ...original, portalName: "x".repeat(121) })).rejects.toThrow();
    expect(await getStoredSiteSettings(db, admin)).toEqual(original);
  });

  it("saves a site's settings on that site only", async () => {
    const tanHoa = siteOf("tan-hoa");
    const original = await getStoredSiteSettings(db, communeAdmin);
    const districtBefore = await getSiteSettings(db, siteOf("hung-ha"));
    try {
      await saveSiteSettings(db, communeAdmin, { ...original, portalName: "Trang tin xã Tân Hòa (thử)", hotline: "0221 3871 999" });
      const saved = await getSiteSettings(db, tanHoa);
      expect(saved.portalName).toBe("Trang tin xã Tân Hòa (thử)");
      expect(saved.hotline).toBe("0221 3871 999");
      expect(await getSiteSettings(db, siteOf("hung-ha"))).toEqual(districtBefore);
      // The default site's admin reads and writes the default site's settings, not the commune's.
      expect((await getStoredSiteSettings(db, admin)).hotline).toBe(districtBefore.hotline);
    } finally {
      await saveSiteSettings(db, communeAdmin, original);
    }
    expect((await getSiteSettings(db, tanHoa)).portalName).toBe("Trang thông tin điện tử xã Tân Hòa");
  });
});
