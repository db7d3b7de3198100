// Benchmark data: the demo content (db/seed, images included), then 30 categories in all,
// 50,000 published articles, 2 polls and 20 albums. Writes to DATABASE_URL (PostgreSQL)
// or, without it, to the PGlite folder of DATA_DIR/PGLITE_DIR, like the portal itself.
// Idempotent: a second run finds its marker and only prints the manifest again.
// Run directly: tsx scripts/bench/generate-data.ts [manifest.json]
import { writeFileSync } from "node:fs";
import { count, desc, eq, sql } from "drizzle-orm";
import { openDatabase, type Database } from "@/db/client";
import { albumItems, albums, articleSlugs, articleViewCounts, articles, categories, media, platformSettings, pollOptions, polls, sites } from "@/db/schema";
import { seedDemoContent } from "@/db/seed";
import { mulberry32 } from "@/lib/random";
import { paragraphsToHtml } from "@/lib/sanitize";
import { slugify } from "@/lib/slug";
import { buildCategories, SEARCH_WARM_UP, searchQueries, textComposer, type BenchCategory } from "./vietnamese-text";

const ARTICLE_COUNT = Number(process.env.BENCH_ARTICLES || 50_000);
// 500 rows × 13 columns stays far below PostgreSQL's 65,535 parameters per statement.
const BATCH_SIZE = 500;
// Two batches in flight: one is built in JS while PostgreSQL computes the other's
// search columns (generated tsvectors), which is where most of the time goes.
const IN_FLIGHT = 2;
const ALBUM_COUNT = 20;
const SEARCH_QUERY_COUNT = 100;
const MARKER = "bench-data";
// The bench loads the default site (the demo district): set once the demo is seeded.
let siteId = 0;
const FIRST_DATE = Date.parse("2017-01-01T00:00:00+07:00");

/** What the benchmark needs to know about the data: written as JSON for scripts/bench. */
type BenchManifest = {
  articles: number;
  categories: number;
  /** The largest category: its deep pages exist (page 200 needs 1,991+ articles). */
  bigCategory: { slug: string; articles: number };
  /** The newest article, the one readers are most likely to open. */
  article: { id: number; slug: string };
  /** Newest articles, for spreading view counts over several rows like real traffic. */
  recentArticleIds: number[];
  poll: { id: number; optionIds: number[] };
  albumSlug: string;
  /** Distinct reader queries for the uncached search latency. */
  searchQueries: string[];
  /** Searched first, untimed (SEARCH_WARM_UP). */
  searchWarmUp: string[];
  seconds: number;
};

/**
 * Category of each article: weights fall off like 1/rank^0.8, so the news category holds
 * about 18% (≈9,100 articles, 900 pages) and the smallest about 1%, as on a real portal.
 */
function categoryPicker(count: number, random: () => number) {
  const weights = Array.from({ length: count }, (_, i) => 1 / (i + 1) ** 0.8);
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  const cumulative = weights.map((w) => (sum += w / total));
  return () => {
    const r = random();
    const index = cumulative.findIndex((c) => r < c);
    return index === -1 ? count - 1 : index;
  };
}

async function insertCategories(db: Database, specs: BenchCategory[]) {
  const existing = await db.select({ id: categories.id, slug: categories.slug }).from(categories).where(eq(categories.siteId, siteId));
  const idBySlug = new Map(existing.map((c) => [c.slug, c.id]));
  for (const [position, spec] of specs.entries()) {
    if (idBySlug.has(spec.slug)) continue;
    const [row] = await db
      .insert(categories)
      .values({
        siteId,
        slug: spec.slug,
        name: spec.name,
        description: spec.description ?? "",
        position,
        parentId: spec.parent ? idBySlug.get(spec.parent) : null,
        // Sub-categories are reached from their parent's menu; the homepage shows groups.
        showOnHome: !spec.parent,
      })
      .returning({ id: categories.id });
    idBySlug.set(spec.slug, row!.id);
  }
  return specs.map((spec) => ({ ...spec, id: idBySlug.get(spec.slug)! }));
}

async function insertArticles(db: Database, cats: (BenchCategory & { id: number })[], coverIds: number[]) {
  const random = mulberry32(50_000);
  const text = textComposer(random);
  const pickCategory = categoryPicker(cats.length, random);
  // Newest article an hour ago: every one is public (published_at <= now) when the bench runs.
  const span = Date.now() - 3_600_000 - FIRST_DATE;

  function buildBatch(start: number) {
    return Array.from({ length: Math.min(BATCH_SIZE, ARTICLE_COUNT - start) }, (_, k) => {
      const n = start + k;
      const category = cats[pickCategory()]!;
      const publishedAt = new Date(FIRST_DATE + Math.floor(((n + random()) / ARTICLE_COUNT) * span));
      const item = text.article(category, publishedAt.getFullYear());
      const hasCover = coverIds.length > 0 && random() < 0.4;
      return {
        // Titles repeat across 50,000 articles; the number keeps slugs unique without a lookup.
        slug: `${slugify(item.title, 100)}-${n + 1}`,
        title: item.title,
        summary: item.summary,
        // Escaped plain paragraphs: what sanitizeArticleHtml would store, without its cost.
        body: paragraphsToHtml(item.paragraphs),
        byline: item.byline,
        categoryId: category.id,
        status: "published" as const,
        publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
        viewCount: text.int(0, 5000),
        featured: random() < 1 / 150,
        coverMediaId: hasCover ? text.pick(coverIds) : null,
        coverCaption: "",
      };
    });
  }

  async function insertBatch(rows: ReturnType<typeof buildBatch>) {
    await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(articles)
        .values(rows.map(({ viewCount: _views, ...row }) => ({ ...row, siteId })))
        .returning({ id: articles.id, slug: articles.slug });
      await tx.insert(articleSlugs).values(inserted.map((a) => ({ siteId, slug: a.slug, articleId: a.id })));
      await tx.insert(articleViewCounts).values(inserted.map((a, i) => ({ articleId: a.id, views: rows[i]!.viewCount })));
    });
  }

  const pending = new Set<Promise<void>>();
  for (let start = 0; start < ARTICLE_COUNT; start += BATCH_SIZE) {
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    const job = insertBatch(buildBatch(start)).finally(() => pending.delete(job));
    pending.add(job);
    if ((start / BATCH_SIZE) % 20 === 19) console.log(`[bench-data] ${start + BATCH_SIZE} articles`);
  }
  await Promise.all(pending);
}

const ALBUM_TITLES = [
  "Lễ hội đền Tiên La", "Ngày hội đại đoàn kết", "Mùa gặt ở Minh Tân", "Trường học mới xã Hồng An", "Đường làng nông thôn mới", "Làng nghề dệt Thái Phương",
  "Sông Luộc mùa nước", "Hội thi văn nghệ quần chúng", "Giải bóng chuyền hơi", "Ra quân tuyển quân", "Hiến máu tình nguyện", "Chợ quê ngày Tết",
  "Cánh đồng mẫu lớn", "Khu dân cư kiểu mẫu", "Công trình thủy lợi", "Trạm y tế xã đạt chuẩn", "Đêm trung thu cho em", "Kỳ họp HĐND huyện",
];

/** Albums beyond the demo's two reuse its photos: pages need pictures, not new ones. */
async function insertAlbums(db: Database, random: () => number) {
  const existing = await db.select({ id: albums.id }).from(albums);
  const photos = await db.selectDistinct({ id: albumItems.mediaId, caption: albumItems.caption }).from(albumItems);
  if (!photos.length) return;
  const { int } = textComposer(random);
  for (const [i, title] of ALBUM_TITLES.slice(0, Math.max(0, ALBUM_COUNT - existing.length)).entries()) {
    const start = int(0, photos.length - 1);
    const chosen = Array.from({ length: int(6, 12) }, (_, k) => photos[(start + k) % photos.length]!);
    await db.transaction(async (tx) => {
      const [album] = await tx
        .insert(albums)
        .values({ siteId, slug: slugify(title), title, description: `Hình ảnh ${title.toLowerCase()} trên địa bàn huyện.`, coverMediaId: chosen[0]!.id, published: true, position: existing.length + i })
        .returning({ id: albums.id });
      await tx.insert(albumItems).values(chosen.map((p, position) => ({ albumId: album!.id, mediaId: p.id, caption: p.caption, position })));
    });
  }
}

async function insertSecondPoll(db: Database) {
  const [poll] = await db
    .insert(polls)
    .values({ siteId, question: "Anh/chị đánh giá thế nào về dịch vụ công trực tuyến của huyện?", opensAt: new Date(FIRST_DATE), showOnHome: false })
    .returning({ id: polls.id });
  const labels = ["Rất thuận tiện", "Thuận tiện", "Còn khó dùng", "Chưa sử dụng"];
  await db.insert(pollOptions).values(labels.map((label, position) => ({ pollId: poll!.id, label, position })));
}

async function buildManifest(db: Database, seconds: number): Promise<BenchManifest> {
  const [published] = await db.select({ n: count() }).from(articles).where(eq(articles.status, "published"));
  const [big] = await db
    .select({ slug: categories.slug, n: count() })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .groupBy(categories.slug)
    .orderBy(desc(count()))
    .limit(1);
  const recent = await db
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.publishedAt))
    .limit(200);
  const [homePoll] = await db.select({ id: polls.id }).from(polls).where(eq(polls.showOnHome, true)).limit(1);
  const options = await db.select({ id: pollOptions.id }).from(pollOptions).where(eq(pollOptions.pollId, homePoll!.id));
  const [album] = await db.select({ slug: albums.slug }).from(albums).where(eq(albums.published, true)).orderBy(albums.position).limit(1);
  const [categoryCount] = await db.select({ n: count() }).from(categories);
  return {
    articles: published!.n,
    categories: categoryCount!.n,
    bigCategory: { slug: big!.slug, articles: big!.n },
    article: recent[0]!,
    recentArticleIds: recent.map((r) => r.id),
    poll: { id: homePoll!.id, optionIds: options.map((o) => o.id) },
    albumSlug: album!.slug,
    searchQueries: searchQueries(mulberry32(7), SEARCH_QUERY_COUNT).filter((q) => !SEARCH_WARM_UP.includes(q)),
    searchWarmUp: SEARCH_WARM_UP,
    seconds,
  };
}

async function generateBenchData(): Promise<BenchManifest> {
  const started = performance.now();
  const handle = await openDatabase();
  const db = handle.db;
  try {
    const [done] = await db.select({ value: platformSettings.value }).from(platformSettings).where(eq(platformSettings.key, MARKER));
    if (done) return done.value as BenchManifest;

    await seedDemoContent(db, { images: true });
    siteId = (await db.select({ id: sites.id }).from(sites).orderBy(sites.id).limit(1))[0]!.id;
    console.log(`[bench-data] demo content in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const cats = await insertCategories(db, buildCategories());
    const covers = await db.select({ id: media.id }).from(media);
    await insertArticles(db, cats, covers.map((c) => c.id));
    await insertAlbums(db, mulberry32(20));
    await insertSecondPoll(db);
    // A long-lived database has statistics and a visibility map; without them the first
    // queries plan badly and counts cannot use index-only scans.
    await db.execute(sql`vacuum analyze`);
    // A long-lived database has also written its pages out: without a checkpoint, the
    // measurements' reads wait while backends write out the load's dirty buffers to make room
    // (450,000 such writes in one run). It needs superuser or pg_checkpoint; without, the run
    // goes on and says so.
    await db.execute(sql`checkpoint`).catch((error: Error) => console.log(`[bench-data] no checkpoint: ${error.message}`));

    const manifest = await buildManifest(db, Math.round((performance.now() - started) / 100) / 10);
    await db.insert(platformSettings).values({ key: MARKER, value: manifest });
    return manifest;
  } finally {
    await handle.close();
  }
}

const manifest = await generateBenchData();
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(manifest, null, 2));
console.log(`[bench-data] ${manifest.articles} articles in ${manifest.categories} categories, ${manifest.seconds} s`);
