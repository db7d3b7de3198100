import { eq, sql } from "drizzle-orm";
import { vietnamDay, vietnamTime } from "@/lib/format";
import { storeImage, type StoredImage } from "@/lib/media";
import { paragraphsToHtml, sanitizeArticleHtml } from "@/lib/sanitize";
import { slugify } from "@/lib/slug";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import type { Database, Transaction } from "../client";
import {
  albumItems,
  articleSyndications,
  albums,
  articleRevisions,
  articleSlugs,
  articleViewCounts,
  articleViewsDaily,
  articles,
  categories,
  media,
  platformSettings,
  pollOptions,
  polls,
  settings,
  siteMembers,
  sites,
  users,
} from "../schema";
import { demoArticles, demoCategories } from "./articles-data";
import { landscapeCaptions, renderCover, renderLandscape } from "./images";
import { seedQuestions } from "./questions-data";
import { renderDemoDraftFiles, seedDrafts, type DraftSeedFiles } from "./drafts-data";
import { referenceArticle, referencePoll } from "./reference";
import { demoCommunes, demoProvince, type DemoSite } from "./sites-data";
import { prepareUnitImages, seedUnitInfo, type UnitImages } from "./unit-info";
import { documentUnit, renderDemoDocumentFiles, seedDocuments, type SeedFile } from "./documents";
import { seedGovernmentInfo, type StoreFile } from "./government-info";
import { storeDisclosureFile } from "@/lib/disclosure-files";
import { agencyName } from "@/lib/site";
import { mulberry32 } from "@/lib/random";

const SEED_MARKER = "seed";
// Serializes seeding between app instances starting together on one PostgreSQL.
const SEED_LOCK_KEY = 7_310_422;

/** The reference page's district: abolished on 1 July 2025, its site kept as an archive. */
export const demoDistrict = { slug: "hung-ha", kind: "huyen", name: "Hưng Hà", state: "archived" } as const;

export const demoSiteSettings = {
  portalName: "Cổng thông tin điện tử huyện Hưng Hà",
  agencyName: "Ủy ban nhân dân huyện Hưng Hà",
  address: "Số 1 đường Lê Lợi, thị trấn Hưng Hà, huyện Hưng Hà",
  phone: "0227 3861 234",
  fax: "0227 3861 235",
  hotline: "0227 3861 999",
  email: "vanphong@hungha.example.vn",
  responsiblePerson: "Chánh Văn phòng HĐND và UBND huyện",
  footerText: "Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin điện tử này.",
  links: [
    { label: "Cổng Dịch vụ công quốc gia", url: "https://dichvucong.gov.vn" },
    { label: "Cổng thông tin điện tử Chính phủ", url: "https://chinhphu.vn" },
    { label: "Báo điện tử Đảng Cộng sản Việt Nam", url: "https://dangcongsan.vn" },
  ],
};

export async function isSeeded(db: Database): Promise<boolean> {
  const [row] = await db.select({ key: platformSettings.key }).from(platformSettings).where(eq(platformSettings.key, SEED_MARKER));
  return Boolean(row);
}

const COVER_THEMES = ["meeting", "fields", "road", "school", "festival", "health", "river", "market"] as const;

/**
 * A province or commune of the demo: its settings, categories, articles (the first with a
 * cover), a homepage poll and its editors (random passwords: an admin resets them).
 */
async function seedSite(tx: Transaction, siteId: number, demo: DemoSite, extra: { cover?: StoredImage; editors: { email: string; name: string; role: "admin" | "editor" | "author"; passwordHash: string }[]; random: () => number; index: number; now: Date; storeFile?: StoreFile }) {
  await tx.insert(settings).values({ siteId, key: "site", value: { ...demo.settings, links: demoSiteSettings.links } });
  const cats = await tx
    .insert(categories)
    .values(demo.categories.map((c, position) => ({ siteId, slug: c.slug, name: c.name, description: c.description, position })))
    .returning({ id: categories.id, slug: categories.slug });
  const categoryId = new Map(cats.map((c) => [c.slug, c.id]));
  const [cover] = extra.cover ? await tx.insert(media).values({ ...extra.cover, siteId }).returning({ id: media.id }) : [];
  const rows = demo.articles.map((item, index) => ({
    siteId,
    slug: slugify(item.title),
    title: item.title.normalize("NFC"),
    summary: item.summary.normalize("NFC"),
    body: sanitizeArticleHtml(paragraphsToHtml(item.paragraphs)),
    byline: item.byline.normalize("NFC"),
    categoryId: categoryId.get(item.categorySlug)!,
    status: "published" as const,
    publishedAt: vietnamTime(item.publishedAt),
    viewCount: 20 + Math.floor(extra.random() * 900),
    featured: Boolean(item.featured),
    coverMediaId: index === 0 && cover ? cover.id : null,
    coverCaption: index === 0 && cover ? (extra.cover?.caption ?? "") : "",
  }));
  if (rows.some((r) => !r.categoryId)) throw new Error(`Seed: unknown category on ${demo.slug}`);
  const inserted = await insertSeedArticles(tx, rows);
  await tx.insert(articleSlugs).values(inserted.map((a) => ({ siteId, slug: a.slug, articleId: a.id })));
  await tx.insert(articleRevisions).values(inserted.map((a, i) => ({ articleId: a.id, ...contentOf(rows[i]!), note: "Nội dung mẫu" })));
  const [poll] = await tx.insert(polls).values({ siteId, question: demo.poll.question, showOnHome: true, opensAt: vietnamTime("2026-09-01 00:00") }).returning({ id: polls.id });
  await tx.insert(pollOptions).values(demo.poll.options.map((label, position) => ({ pollId: poll!.id, label, position })));
  await seedGovernmentInfo(tx, { id: siteId, index: extra.index, agencyName: agencyName(demo), unit: unitOf(agencyName(demo)) }, extra.now, extra.storeFile);
  for (const editor of extra.editors) {
    const [user] = await tx
      .insert(users)
      .values({ email: editor.email, name: editor.name, passwordHash: editor.passwordHash, mustChangePassword: true })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (user) await tx.insert(siteMembers).values({ siteId, userId: user.id, role: editor.role });
  }
  return inserted.filter((_, i) => demo.articles[i]!.sendUp).map((a) => a.id);
}

/** "Ủy ban nhân dân xã Tân Hòa" → "UBND xã": the unit in leaders' positions. */
/**
 * Demo articles, written when they were published (sitemaps and JSON-LD date them so), with
 * their view counts, which live in their own table.
 */
async function insertSeedArticles(tx: Transaction, rows: Array<Omit<typeof articles.$inferInsert, "createdAt" | "updatedAt"> & { publishedAt: Date; viewCount: number }>) {
  const inserted = await tx
    .insert(articles)
    .values(rows.map(({ viewCount: _views, ...row }) => ({ ...row, createdAt: row.publishedAt, updatedAt: row.publishedAt })))
    .returning({ id: articles.id, slug: articles.slug });
  await tx.insert(articleViewCounts).values(inserted.map((a, i) => ({ articleId: a.id, views: rows[i]!.viewCount })));
  return inserted;
}

function unitOf(agency: string): string {
  return agency.replace(/^Ủy ban nhân dân/, "UBND").split(" ").slice(0, 2).join(" ");
}

function contentOf(row: { title: string; summary: string; body: string; byline: string; categoryId: number; coverMediaId: number | null; coverCaption: string }) {
  return { title: row.title, summary: row.summary, body: row.body, byline: row.byline, categoryId: row.categoryId, coverMediaId: row.coverMediaId, coverCaption: row.coverCaption };
}

export type SeedOptions = {
  /** Generate cover and gallery images (about 15 s on 2 cores); tests may skip them. */
  images?: boolean;
  now?: Date;
};

/**
 * Fills an empty database with the demo portal. Images are rendered and written first;
 * every row then goes in one transaction, so a crash leaves either nothing or everything.
 * Returns false when the database had already been seeded.
 */
export async function seedDemoContent(db: Database, options: SeedOptions = {}): Promise<boolean> {
  if (await isSeeded(db)) return false;
  const withImages = options.images ?? true;
  const now = options.now ?? new Date();
  const random = mulberry32(20180224);

  const coverMedia = new Map<number, StoredImage>();
  const landscapeMedia: StoredImage[] = [];
  if (withImages) {
    for (const [index, item] of demoArticles.entries()) {
      if (!item.cover) continue;
      const file = await renderCover(item.cover, index + 1);
      coverMedia.set(index, await storeImage(file, { originalName: `${slugify(item.title).slice(0, 60)}.jpg`, alt: item.coverCaption ?? item.title, caption: item.coverCaption ?? "" }));
    }
    for (const [index, caption] of landscapeCaptions.entries()) {
      const file = await renderLandscape(index);
      landscapeMedia.push(await storeImage(file, { originalName: `${slugify(caption.title)}.jpg`, alt: caption.alt, caption: caption.title }));
    }
  }

  const demoSites = [demoProvince, ...demoCommunes];
  const siteCovers = new Map<string, StoredImage>();
  if (withImages) {
    for (const [index, demo] of demoSites.entries()) {
      const first = demo.articles[0]!;
      const file = await renderCover(COVER_THEMES[index % COVER_THEMES.length]!, 100 + index);
      siteCovers.set(demo.slug, await storeImage(file, { originalName: `${slugify(first.title).slice(0, 60)}.jpg`, alt: first.title, caption: "" }));
    }
  }
  // Leaders' portrait placeholders, boundary maps and landmark photos of every site.
  const unitImages = new Map<string, UnitImages>();
  if (withImages) {
    for (const [index, demo] of [demoDistrict, ...demoSites].entries()) {
      unitImages.set(demo.slug, await prepareUnitImages(demo, index, { landmarks: demo.slug !== demoDistrict.slug }));
    }
  }
  // Documents' PDFs, with the images: tests skip both.
  const documentFilesBySite = new Map<string, SeedFile[]>();
  if (withImages) {
    for (const site of [demoDistrict, ...demoSites]) documentFilesBySite.set(site.slug, await renderDemoDocumentFiles(documentUnit(site)));
  }
  const draftFilesBySite = new Map<string, DraftSeedFiles>();
  if (withImages) {
    for (const site of [demoDistrict, ...demoSites]) draftFilesBySite.set(site.slug, await renderDemoDraftFiles(documentUnit(site), agencyName(site)));
  }
  // Real accounts with a random password nobody knows (one hash for all: it is never
  // typed): a site admin resets it to hand an account over.
  const unknownPassword = await hashPassword(generatePassword());

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const [already] = await tx.select({ key: platformSettings.key }).from(platformSettings).where(eq(platformSettings.key, SEED_MARKER));
    if (already) return false;

    // The district first: the oldest site is the default one (DEFAULT_SITE may say otherwise).
    const [district] = await tx.insert(sites).values({ ...demoDistrict, position: 99 }).returning({ id: sites.id });
    const [province] = await tx.insert(sites).values({ slug: demoProvince.slug, kind: demoProvince.kind, name: demoProvince.name, position: 0 }).returning({ id: sites.id });
    await tx.update(sites).set({ parentId: province!.id }).where(eq(sites.id, district!.id));
    const siteId = district!.id;

    await tx.insert(settings).values({ siteId, key: "site", value: demoSiteSettings }).onConflictDoNothing();
    // Schedule, procedures and disclosures; their demo PDFs are written with the photos' files.
    const storeFile: StoreFile | undefined = withImages ? storeDisclosureFile : undefined;
    await seedGovernmentInfo(tx, { id: siteId, index: 0, agencyName: demoSiteSettings.agencyName, unit: unitOf(demoSiteSettings.agencyName) }, now, storeFile);

    const insertedCategories = await tx
      .insert(categories)
      .values(demoCategories.map((c, position) => ({ siteId, slug: c.slug, name: c.name, description: c.description, position })))
      .returning({ id: categories.id, slug: categories.slug, name: categories.name });
    const categoryIdBySlug = new Map(insertedCategories.map((c) => [c.slug, c.id]));
    const referenceCategory = insertedCategories.find((c) => c.name === referenceArticle.categoryName);
    if (!referenceCategory) throw new Error("Seed: the reference article's category is missing");

    const mediaIds = new Map<StoredImage, number>();
    const allMedia = [...coverMedia.values(), ...landscapeMedia];
    if (allMedia.length) {
      const rows = await tx.insert(media).values(allMedia.map((m) => ({ ...m, siteId }))).returning({ id: media.id });
      allMedia.forEach((m, i) => mediaIds.set(m, rows[i]!.id));
    }

    const articleRows = [
      {
        siteId,
        slug: slugify(referenceArticle.title),
        title: referenceArticle.title,
        summary: referenceArticle.summary,
        body: sanitizeArticleHtml(paragraphsToHtml(referenceArticle.paragraphs)),
        byline: referenceArticle.byline,
        categoryId: referenceCategory.id,
        status: "published" as const,
        publishedAt: vietnamTime(referenceArticle.publishedAt),
        viewCount: referenceArticle.viewCount,
        featured: false,
        coverMediaId: null,
        coverCaption: "",
      },
      ...demoArticles.map((item, index) => {
        const cover = coverMedia.get(index);
        const categoryId = categoryIdBySlug.get(item.categorySlug);
        if (!categoryId) throw new Error(`Seed: unknown category ${item.categorySlug}`);
        return {
          siteId,
          slug: slugify(item.title),
          title: item.title.normalize("NFC"),
          summary: item.summary.normalize("NFC"),
          body: sanitizeArticleHtml(paragraphsToHtml(item.paragraphs)),
          byline: item.byline.normalize("NFC"),
          categoryId,
          status: "published" as const,
          publishedAt: vietnamTime(item.publishedAt),
          viewCount: 40 + Math.floor(random() * 2400),
          featured: Boolean(item.featured),
          coverMediaId: cover ? mediaIds.get(cover)! : null,
          coverCaption: cover ? (item.coverCaption ?? "") : "",
        };
      }),
    ];
    const inserted = await insertSeedArticles(tx, articleRows);

    await tx.insert(articleSlugs).values(inserted.map((a) => ({ siteId, slug: a.slug, articleId: a.id })));
    await tx.insert(articleRevisions).values(
      inserted.map((a, i) => {
        const row = articleRows[i]!;
        return {
          articleId: a.id,
          title: row.title,
          summary: row.summary,
          body: row.body,
          byline: row.byline,
          categoryId: row.categoryId,
          coverMediaId: row.coverMediaId,
          coverCaption: row.coverCaption,
          note: "Nội dung mẫu",
        };
      }),
    );

    // A month of daily views for the newest articles, so charts have something to show.
    const dailyRows: { articleId: number; day: string; views: number }[] = [];
    for (const a of inserted.slice(1, 21)) {
      for (let daysAgo = 0; daysAgo < 30; daysAgo++) {
        const day = vietnamDay(new Date(now.getTime() - daysAgo * 86_400_000));
        dailyRows.push({ articleId: a.id, day, views: Math.floor(random() * 60) });
      }
    }
    if (dailyRows.length) await tx.insert(articleViewsDaily).values(dailyRows);

    const [poll] = await tx
      .insert(polls)
      .values({ siteId, question: referencePoll.question, showOnHome: true, opensAt: vietnamTime("2018-01-01 00:00") })
      .returning({ id: polls.id });
    await tx.insert(pollOptions).values(referencePoll.options.map((label, position) => ({ pollId: poll!.id, label, position })));

    if (landscapeMedia.length) {
      const galleries = [
        { title: "Ảnh đẹp quê hương", description: "Những khoảnh khắc bình yên của làng quê, đồng ruộng và sông nước trong huyện.", photos: landscapeMedia.slice(0, 8) },
        { title: "Mùa vàng trên quê hương", description: "Sắc lúa chín và nhịp sống ngày mùa ở các xã.", photos: landscapeMedia.slice(8) },
      ];
      for (const [position, gallery] of galleries.entries()) {
        if (!gallery.photos.length) continue;
        const [album] = await tx
          .insert(albums)
          .values({
            siteId,
            slug: slugify(gallery.title),
            title: gallery.title,
            description: gallery.description,
            coverMediaId: mediaIds.get(gallery.photos[0]!)!,
            published: true,
            position,
          })
          .returning({ id: albums.id });
        await tx.insert(albumItems).values(
          gallery.photos.map((photo, i) => ({ albumId: album!.id, mediaId: mediaIds.get(photo)!, caption: photo.caption ?? "", position: i })),
        );
      }
    }

    // The district's landmark photos are two of its gallery's.
    const districtLandmarks = [landscapeMedia[0], landscapeMedia[5]].flatMap((m) => (m && mediaIds.has(m) ? [mediaIds.get(m)!] : []));
    await seedUnitInfo(tx, siteId, demoDistrict, unitImages.get(demoDistrict.slug) ?? null, districtLandmarks);
    await seedDocuments(tx, siteId, documentUnit(demoDistrict), documentFilesBySite.get(demoDistrict.slug));
    await seedQuestions(tx, siteId, now);
    await seedDrafts(tx, siteId, documentUnit(demoDistrict), now, draftFilesBySite.get(demoDistrict.slug));

    const editorsOf = (demo: DemoSite) => demo.editors.map((e) => ({ ...e, passwordHash: unknownPassword }));
    await seedSite(tx, province!.id, demoProvince, { cover: siteCovers.get(demoProvince.slug), editors: editorsOf(demoProvince), random, index: 1, now, storeFile });
    await seedUnitInfo(tx, province!.id, demoProvince, unitImages.get(demoProvince.slug) ?? null);
    await seedDocuments(tx, province!.id, documentUnit(demoProvince), documentFilesBySite.get(demoProvince.slug));
    await seedQuestions(tx, province!.id, now);
    await seedDrafts(tx, province!.id, documentUnit(demoProvince), now, draftFilesBySite.get(demoProvince.slug));
    for (const [position, demo] of demoCommunes.entries()) {
      const [commune] = await tx.insert(sites).values({ slug: demo.slug, kind: demo.kind, name: demo.name, parentId: province!.id, position: position + 1 }).returning({ id: sites.id });
      const sentUp = await seedSite(tx, commune!.id, demo, { cover: siteCovers.get(demo.slug), editors: editorsOf(demo), random, index: position + 2, now, storeFile });
      await seedUnitInfo(tx, commune!.id, demo, unitImages.get(demo.slug) ?? null);
      await seedDocuments(tx, commune!.id, documentUnit(demo), documentFilesBySite.get(demo.slug));
      await seedQuestions(tx, commune!.id, now);
      await seedDrafts(tx, commune!.id, documentUnit(demo), now, draftFilesBySite.get(demo.slug));
      if (sentUp.length) await tx.insert(articleSyndications).values(sentUp.map((articleId) => ({ articleId, targetSiteId: province!.id, status: "approved" as const, decidedAt: now })));
    }

    await tx.insert(platformSettings).values({ key: SEED_MARKER, value: { at: now.toISOString() } });
    return true;
  });
}
