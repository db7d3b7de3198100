import { and, eq, ne, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  countPublishedArticles,
  findPublishedArticle,
  listNewestByCategory,
  listPublishedArticles,
  listRelatedArticles,
  viewCountColumn,
} from "@/db/articles";
import type { Database } from "@/db/client";
import { findCategoryBySlug, listCategories } from "@/db/categories";
import { articleSlugs, articleViewCounts, articles, categories } from "@/db/schema";
import { referenceArticle } from "@/db/seed/reference";
import { formatDateTime } from "@/lib/format";
import { slugify } from "@/lib/slug";
import { defaultSiteId, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
/** The default site: the demo district, which holds the reference article. */
let site: number;
let tanHoa: number;
let dongKinh: number;
beforeAll(async () => {
  db = (await testDatabase()).db;
  site = await defaultSiteId(db);
  tanHoa = await siteIdOf(db, "tan-hoa");
  dongKinh = await siteIdOf(db, "dong-kinh");
});

const referenceSlug = slugify(referenceArticle.title);

describe("published articles", () => {
  it("finds the reference article with its exact date, views and byline", async () => {
    const found = await findPublishedArticle(db, site, referenceSlug);
    expect(found && "article" in found).toBe(true);
    if (!found || !("article" in found)) return;
    const { article } = found;
    expect(article.title).toBe(referenceArticle.title);
    expect(formatDateTime(article.publishedAt)).toBe("24/02/2018 | 10:41");
    expect(article.viewCount).toBe(833);
    expect(article.byline).toBe("Hoàng Hương, Trung tâm VHTT&TT huyện.");
    expect(article.categoryName).toBe("Cải cách hành chính");
    for (const paragraph of referenceArticle.paragraphs) {
      expect(article.body).toContain(paragraph.slice(0, 60));
    }
  });

  it("lists newest first and pages without overlap", async () => {
    const total = await countPublishedArticles(db, site);
    expect(total).toBeGreaterThanOrEqual(41);
    const first = await listPublishedArticles(db, site, { limit: 10 });
    const second = await listPublishedArticles(db, site, { limit: 10, offset: 10 });
    const dates = [...first, ...second].map((a) => a.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const ids = new Set([...first, ...second].map((a) => a.id));
    expect(ids.size).toBe(20);
  });

  it("counts and lists one category", async () => {
    const category = await findCategoryBySlug(db, site, "cai-cach-hanh-chinh");
    expect(category?.name).toBe("Cải cách hành chính");
    const count = await countPublishedArticles(db, site, category!.id);
    const listed = await listPublishedArticles(db, site, { limit: 100, categoryId: category!.id });
    expect(listed).toHaveLength(count);
    expect(listed.every((a) => a.categorySlug === "cai-cach-hanh-chinh")).toBe(true);
  });

  it("has at least six categories with articles", async () => {
    const categories = await listCategories(db, site);
    let withArticles = 0;
    for (const c of categories) if ((await countPublishedArticles(db, site, c.id)) > 0) withArticles++;
    expect(withArticles).toBeGreaterThanOrEqual(6);
  });

  it("hides drafts and articles scheduled for later", async () => {
    const [sample] = await listPublishedArticles(db, site, { limit: 1 });
    const before = await countPublishedArticles(db, site);
    await db.update(articles).set({ status: "draft" }).where(eq(articles.id, sample!.id));
    expect(await findPublishedArticle(db, site, sample!.slug)).toBeNull();
    expect(await countPublishedArticles(db, site)).toBe(before - 1);

    await db
      .update(articles)
      .set({ status: "published", publishedAt: new Date(Date.now() + 3_600_000) })
      .where(eq(articles.id, sample!.id));
    expect(await findPublishedArticle(db, site, sample!.slug)).toBeNull();

    await db.update(articles).set({ publishedAt: new Date(sample!.publishedAt) }).where(eq(articles.id, sample!.id));
    expect(await findPublishedArticle(db, site, sample!.slug)).not.toBeNull();
  });

  it("redirects an old slug to the current one", async () => {
    const [sample] = await listPublishedArticles(db, site, { limit: 1, offset: 3 });
    const newSlug = `${sample!.slug}-moi`;
    await db.transaction(async (tx) => {
      await tx.update(articles).set({ slug: newSlug }).where(eq(articles.id, sample!.id));
      await tx.insert(articleSlugs).values({ siteId: site, slug: newSlug, articleId: sample!.id });
    });
    expect(await findPublishedArticle(db, site, sample!.slug)).toEqual({ redirectTo: newSlug });
    const current = await findPublishedArticle(db, site, newSlug);
    expect(current && "article" in current && current.article.id).toBe(sample!.id);
    // Slugs, old and new, are the site's own: another site neither redirects nor finds them.
    expect(await findPublishedArticle(db, tanHoa, sample!.slug)).toBeNull();
    expect(await findPublishedArticle(db, tanHoa, newSlug)).toBeNull();
  });

  it("returns null for an unknown slug", async () => {
    expect(await findPublishedArticle(db, site, "khong-ton-tai")).toBeNull();
  });

  it("lists related articles from the same category, not the article itself", async () => {
    const found = await findPublishedArticle(db, site, referenceSlug);
    if (!found || !("article" in found)) throw new Error("reference article missing");
    const related = await listRelatedArticles(db, site, found.article);
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((a) => a.id !== found.article.id && a.categorySlug === found.article.categorySlug)).toBe(true);
    expect(related.every((a) => a.siteId === site)).toBe(true);
  });
});

/** Ids of the articles readers of a site may see, straight from the table. */
async function publicIdsOf(siteId: number): Promise<number[]> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.siteId, siteId), eq(articles.status, "published"), sql`${articles.publishedAt} <= now()`));
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

describe("homepage blocks", () => {
  it("lists each category's newest articles in one statement, as the per-category list does", async () => {
    const ids = (await listCategories(db, site)).map((c) => c.id);
    const blocks = await listNewestByCategory(db, site, ids, 5);
    for (const id of ids) expect(blocks.get(id), `category ${id}`).toEqual(await listPublishedArticles(db, site, { limit: 5, categoryId: id }));
    expect((await listNewestByCategory(db, site, ids.slice(0, 1), 3)).get(ids[0]!)).toEqual(await listPublishedArticles(db, site, { limit: 3, categoryId: ids[0]! }));
    expect(await listNewestByCategory(db, site, [], 5)).toEqual(new Map());
  });
});

describe("sites keep their own articles", () => {
  it("lists and counts on the default site only its own articles", async () => {
    const total = await countPublishedArticles(db, site);
    const listed = await listPublishedArticles(db, site, { limit: total + 100 });
    expect(listed).toHaveLength(total);
    expect(listed.every((a) => a.siteId === site)).toBe(true);
    expect(listed.map((a) => a.id).sort((a, b) => a - b)).toEqual(await publicIdsOf(site));

    // The other sites' public articles exist, and none of them is on the default site's lists.
    const others = await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(ne(articles.siteId, site), eq(articles.status, "published"), sql`${articles.publishedAt} <= now()`));
    expect(others.length).toBeGreaterThan(0);
    const listedIds = new Set(listed.map((a) => a.id));
    expect(others.filter((o) => listedIds.has(o.id))).toEqual([]);
  });

  it("lists on a commune only the commune's articles", async () => {
    const expected = await publicIdsOf(tanHoa);
    expect(expected.length).toBeGreaterThan(0);
    expect(await countPublishedArticles(db, tanHoa)).toBe(expected.length);
    const listed = await listPublishedArticles(db, tanHoa, { limit: 100 });
    expect(listed.map((a) => a.id).sort((a, b) => a - b)).toEqual(expected);
    expect(listed.every((a) => a.siteId === tanHoa)).toBe(true);
    expect(listed.map((a) => a.title)).toContain("Xã Tân Hòa thu hoạch xong 1.350 ha lúa mùa, năng suất ước đạt 62 tạ/ha");

    // A commune's article is not found through the default site, nor the district's through the commune.
    expect(await findPublishedArticle(db, site, listed[0]!.slug)).toBeNull();
    expect(await findPublishedArticle(db, tanHoa, referenceSlug)).toBeNull();
    const own = await findPublishedArticle(db, tanHoa, listed[0]!.slug);
    expect(own && "article" in own && own.article.id).toBe(listed[0]!.id);
  });

  it("keeps a category slug used by two sites apart", async () => {
    // "cai-cach-hanh-chinh" is a category of the district and of phường Đông Kinh.
    const ours = await findCategoryBySlug(db, site, "cai-cach-hanh-chinh");
    const theirs = await findCategoryBySlug(db, dongKinh, "cai-cach-hanh-chinh");
    expect(ours && theirs).toBeTruthy();
    expect(theirs!.id).not.toBe(ours!.id);
    const ourIds = new Set((await listCategories(db, site)).map((c) => c.id));
    const theirCategories = await listCategories(db, dongKinh);
    expect(theirCategories.map((c) => c.id)).toContain(theirs!.id);
    expect(theirCategories.filter((c) => ourIds.has(c.id))).toEqual([]);

    const theirArticles = await listPublishedArticles(db, dongKinh, { limit: 100, categoryId: theirs!.id });
    expect(theirArticles.length).toBeGreaterThan(0);
    expect(theirArticles.every((a) => a.siteId === dongKinh)).toBe(true);
    // Another site's category id lists nothing here.
    expect(await listPublishedArticles(db, site, { limit: 100, categoryId: theirs!.id })).toEqual([]);
    expect(await countPublishedArticles(db, site, theirs!.id)).toBe(0);
  });

  it("resolves an article slug that exists on two sites to each site's own article", async () => {
    const found = await findPublishedArticle(db, site, referenceSlug);
    if (!found || !("article" in found)) throw new Error("reference article missing");
    const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.siteId, tanHoa)).limit(1);
    const [twin] = await db
      .insert(articles)
      .values({
        siteId: tanHoa,
        slug: referenceSlug,
        title: "Bài của xã Tân Hòa trùng đường dẫn",
        summary: "Cùng đường dẫn với bài của huyện, trên trang khác.",
        body: "<p>Nội dung của xã.</p>",
        categoryId: category!.id,
        status: "published",
        publishedAt: new Date(Date.now() - 60_000),
      })
      .returning({ id: articles.id });
    try {
      await db.insert(articleSlugs).values({ siteId: tanHoa, slug: referenceSlug, articleId: twin!.id });
      const there = await findPublishedArticle(db, tanHoa, referenceSlug);
      expect(there && "article" in there && { id: there.article.id, siteId: there.article.siteId, title: there.article.title }).toEqual({
        id: twin!.id,
        siteId: tanHoa,
        title: "Bài của xã Tân Hòa trùng đường dẫn",
      });
      const here = await findPublishedArticle(db, site, referenceSlug);
      expect(here && "article" in here && { id: here.article.id, siteId: here.article.siteId, title: here.article.title }).toEqual({
        id: found.article.id,
        siteId: site,
        title: referenceArticle.title,
      });
      expect((await listPublishedArticles(db, site, { limit: 1000 })).map((a) => a.id)).not.toContain(twin!.id);
    } finally {
      await db.delete(articles).where(eq(articles.id, twin!.id));
    }
  });
});

describe("database access under concurrency", () => {
  it("runs many reads and transactions at once without failing", async () => {
    const [sample] = await listPublishedArticles(db, site, { limit: 1 });
    const viewsOf = async () => (await db.select({ n: viewCountColumn }).from(articles).where(eq(articles.id, sample!.id)))[0]!.n;
    const before = await viewsOf();
    const work = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? db.transaction(async (tx) => {
            await tx
              .insert(articleViewCounts)
              .values({ articleId: sample!.id, views: 1 })
              .onConflictDoUpdate({ target: articleViewCounts.articleId, set: { views: sql`${articleViewCounts.views} + 1` } });
          })
        : listPublishedArticles(db, site, { limit: 5, offset: i % 7 }),
    );
    await Promise.all(work);
    expect(await viewsOf()).toBe(before + 20);
  });

  it("rolls back a transaction that fails half-way", async () => {
    const [sample] = await listPublishedArticles(db, site, { limit: 1 });
    await expect(
      db.transaction(async (tx) => {
        await tx.update(articles).set({ title: "Đã đổi" }).where(eq(articles.id, sample!.id));
        throw new Error("crash mid-write");
      }),
    ).rejects.toThrow("crash mid-write");
    const [row] = await db.select({ title: articles.title }).from(articles).where(eq(articles.id, sample!.id));
    expect(row!.title).toBe(sample!.title);
  });
});
