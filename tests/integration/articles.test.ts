import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  countPublishedArticles,
  findPublishedArticle,
  listPublishedArticles,
  listRelatedArticles,
} from "@/db/articles";
import type { Database } from "@/db/client";
import { findCategoryBySlug, listCategories } from "@/db/categories";
import { articleSlugs, articles } from "@/db/schema";
import { referenceArticle } from "@/db/seed/reference";
import { formatDateTime } from "@/lib/format";
import { slugify } from "@/lib/slug";
import { testDatabase } from "../support/test-db";

let db: Database;
beforeAll(async () => {
  db = (await testDatabase()).db;
});

const referenceSlug = slugify(referenceArticle.title);

describe("published articles", () => {
  it("finds the reference article with its exact date, views and byline", async () => {
    const found = await findPublishedArticle(db, referenceSlug);
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
    const total = await countPublishedArticles(db);
    expect(total).toBeGreaterThanOrEqual(41);
    const first = await listPublishedArticles(db, { limit: 10 });
    const second = await listPublishedArticles(db, { limit: 10, offset: 10 });
    const dates = [...first, ...second].map((a) => a.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const ids = new Set([...first, ...second].map((a) => a.id));
    expect(ids.size).toBe(20);
  });

  it("counts and lists one category", async () => {
    const category = await findCategoryBySlug(db, "cai-cach-hanh-chinh");
    expect(category?.name).toBe("Cải cách hành chính");
    const count = await countPublishedArticles(db, category!.id);
    const listed = await listPublishedArticles(db, { limit: 100, categoryId: category!.id });
    expect(listed).toHaveLength(count);
    expect(listed.every((a) => a.categorySlug === "cai-cach-hanh-chinh")).toBe(true);
  });

  it("has at least six categories with articles", async () => {
    const categories = await listCategories(db);
    let withArticles = 0;
    for (const c of categories) if ((await countPublishedArticles(db, c.id)) > 0) withArticles++;
    expect(withArticles).toBeGreaterThanOrEqual(6);
  });

  it("hides drafts and articles scheduled for later", async () => {
    const [sample] = await listPublishedArticles(db, { limit: 1 });
    const before = await countPublishedArticles(db);
    await db.update(articles).set({ status: "draft" }).where(eq(articles.id, sample!.id));
    expect(await findPublishedArticle(db, sample!.slug)).toBeNull();
    expect(await countPublishedArticles(db)).toBe(before - 1);

    await db
      .update(articles)
      .set({ status: "published", publishedAt: new Date(Date.now() + 3_600_000) })
      .where(eq(articles.id, sample!.id));
    expect(await findPublishedArticle(db, sample!.slug)).toBeNull();

    await db.update(articles).set({ publishedAt: new Date(sample!.publishedAt) }).where(eq(articles.id, sample!.id));
    expect(await findPublishedArticle(db, sample!.slug)).not.toBeNull();
  });

  it("redirects an old slug to the current one", async () => {
    const [sample] = await listPublishedArticles(db, { limit: 1, offset: 3 });
    const newSlug = `${sample!.slug}-moi`;
    await db.transaction(async (tx) => {
      await tx.update(articles).set({ slug: newSlug }).where(eq(articles.id, sample!.id));
      await tx.insert(articleSlugs).values({ slug: newSlug, articleId: sample!.id });
    });
    expect(await findPublishedArticle(db, sample!.slug)).toEqual({ redirectTo: newSlug });
    const current = await findPublishedArticle(db, newSlug);
    expect(current && "article" in current && current.article.id).toBe(sample!.id);
  });

  it("returns null for an unknown slug", async () => {
    expect(await findPublishedArticle(db, "khong-ton-tai")).toBeNull();
  });

  it("lists related articles from the same category, not the article itself", async () => {
    const found = await findPublishedArticle(db, referenceSlug);
    if (!found || !("article" in found)) throw new Error("reference article missing");
    const related = await listRelatedArticles(db, found.article);
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((a) => a.id !== found.article.id && a.categorySlug === found.article.categorySlug)).toBe(true);
  });
});

describe("database access under concurrency", () => {
  it("runs many reads and transactions at once without failing", async () => {
    const [sample] = await listPublishedArticles(db, { limit: 1 });
    const before = sample!.viewCount;
    const work = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? db.transaction(async (tx) => {
            await tx.update(articles).set({ viewCount: sql`${articles.viewCount} + 1` }).where(eq(articles.id, sample!.id));
          })
        : listPublishedArticles(db, { limit: 5, offset: i % 7 }),
    );
    await Promise.all(work);
    const [after] = await db.select({ viewCount: articles.viewCount }).from(articles).where(eq(articles.id, sample!.id));
    expect(after!.viewCount).toBe(before + 20);
  });

  it("rolls back a transaction that fails half-way", async () => {
    const [sample] = await listPublishedArticles(db, { limit: 1 });
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
