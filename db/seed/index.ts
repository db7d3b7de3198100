import { eq, sql } from "drizzle-orm";
import { vietnamDay, vietnamTime } from "@/lib/format";
import { storeImage } from "@/lib/media";
import { paragraphsToHtml, sanitizeArticleHtml } from "@/lib/sanitize";
import { slugify } from "@/lib/slug";
import type { Database } from "../client";
import {
  albumItems,
  albums,
  articleRevisions,
  articleSlugs,
  articleViewsDaily,
  articles,
  categories,
  media,
  pollOptions,
  polls,
  settings,
  type NewMedia,
} from "../schema";
import { demoArticles, demoCategories } from "./articles-data";
import { landscapeCaptions, renderCover, renderLandscape } from "./images";
import { referenceArticle, referencePoll } from "./reference";

const SEED_MARKER = "seed";
// Serializes seeding between app instances starting together on one PostgreSQL.
const SEED_LOCK_KEY = 7_310_422;

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
  const [row] = await db.select({ key: settings.key }).from(settings).where(eq(settings.key, SEED_MARKER));
  return Boolean(row);
}

/** Deterministic PRNG, so every fresh install shows the same demo numbers. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

  const coverMedia = new Map<number, NewMedia>();
  const landscapeMedia: NewMedia[] = [];
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

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const [already] = await tx.select({ key: settings.key }).from(settings).where(eq(settings.key, SEED_MARKER));
    if (already) return false;

    await tx
      .insert(settings)
      .values({ key: "site", value: demoSiteSettings })
      .onConflictDoNothing();

    const insertedCategories = await tx
      .insert(categories)
      .values(demoCategories.map((c, position) => ({ slug: c.slug, name: c.name, description: c.description, position })))
      .returning({ id: categories.id, slug: categories.slug, name: categories.name });
    const categoryIdBySlug = new Map(insertedCategories.map((c) => [c.slug, c.id]));
    const referenceCategory = insertedCategories.find((c) => c.name === referenceArticle.categoryName);
    if (!referenceCategory) throw new Error("Seed: the reference article's category is missing");

    const mediaIds = new Map<NewMedia, number>();
    const allMedia = [...coverMedia.values(), ...landscapeMedia];
    if (allMedia.length) {
      const rows = await tx.insert(media).values(allMedia).returning({ id: media.id });
      allMedia.forEach((m, i) => mediaIds.set(m, rows[i]!.id));
    }

    const articleRows = [
      {
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
    // Demo articles were written when they were published: sitemaps and JSON-LD date them so.
    const inserted = await tx
      .insert(articles)
      .values(articleRows.map((row) => ({ ...row, createdAt: row.publishedAt, updatedAt: row.publishedAt })))
      .returning({ id: articles.id, slug: articles.slug });

    await tx.insert(articleSlugs).values(inserted.map((a) => ({ slug: a.slug, articleId: a.id })));
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
      .values({ question: referencePoll.question, showOnHome: true, opensAt: vietnamTime("2018-01-01 00:00") })
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

    await tx.insert(settings).values({ key: SEED_MARKER, value: { at: now.toISOString() } });
    return true;
  });
}
