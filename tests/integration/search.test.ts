import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { isPublic } from "@/db/articles";
import { findCategoryBySlug } from "@/db/categories";
import { articles } from "@/db/schema";
import { searchArticles } from "@/db/search";
import { hasDiacritics } from "@/lib/search-query";
import { countSitemapArticles, listNewsArticles, listSitemapArticles, listSitemapCategories } from "@/db/sitemap";
import { referenceArticle } from "@/db/seed/reference";
import { vietnamTime } from "@/lib/format";
import { slugify } from "@/lib/slug";
import { defaultSiteId, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
/** The default site (the demo district); every search below is on it unless said otherwise. */
let site: number;
let categoryId: number;
const inserted: number[] = [];

// Articles of our own, with words the demo content never uses ("Lạc Khê", "Bích Nhôi"),
// so ranking is asserted on rows whose only difference is the one under test.
async function addArticle(values: { slug: string; title: string; summary?: string; body?: string; publishedAt: string; status?: "published" | "archived" | "draft" }) {
  const [row] = await db
    .insert(articles)
    .values({
      siteId: site,
      slug: values.slug,
      title: values.title,
      summary: values.summary ?? "Tin từ cơ sở gửi về ban biên tập.",
      body: values.body ?? "<p>Nội dung chi tiết sẽ được cập nhật.</p>",
      categoryId,
      status: values.status ?? "published",
      publishedAt: vietnamTime(values.publishedAt),
    })
    .returning({ id: articles.id });
  inserted.push(row!.id);
  return row!.id;
}

const slugs = (hits: { slug: string }[]) => hits.map((h) => h.slug);

beforeAll(async () => {
  db = (await testDatabase()).db;
  site = await defaultSiteId(db);
  categoryId = (await findCategoryBySlug(db, site, "tin-tuc-su-kien"))!.id;
  await addArticle({ slug: "tk-duong", title: "Tuyến đường Lạc Khê mùa xuân", publishedAt: "2024-01-10 08:00" });
  await addArticle({ slug: "tk-duong-cay", title: "Hàng dương Lạc Khê mùa xuân", publishedAt: "2024-03-10 08:00" });
  await addArticle({ slug: "tk-trong-than", title: "Hội nghị tổng kết năm", body: "<p>Thôn Bích Nhôi đạt danh hiệu văn hóa.</p>", publishedAt: "2024-05-03 08:00" });
  await addArticle({ slug: "tk-trong-sapo", title: "Hội nghị sơ kết quý", summary: "Thôn Bích Nhôi tổ chức hội nghị.", publishedAt: "2024-05-02 08:00" });
  await addArticle({ slug: "tk-trong-tieu-de", title: "Thôn Bích Nhôi đón bằng công nhận", publishedAt: "2024-05-01 08:00" });
});

afterAll(async () => {
  if (inserted.length) await db.delete(articles).where(inArray(articles.id, inserted));
});

describe("accent-insensitive search", () => {
  it('finds "Cải cách hành chính" from "cai cach hanh chinh", title matches first', async () => {
    const { total, hits } = await searchArticles(db, { siteIds: [site], query: "cai cach hanh chinh", limit: 10 });
    expect(total).toBeGreaterThan(1);
    expect(slugs(hits.slice(0, 3))).toContain(slugify(referenceArticle.title));
    const inTitle = hits.map((h) => /cải cách hành chính/i.test(h.title));
    // Every title match ranks above every article that has the words only further down.
    expect(inTitle.indexOf(false) === -1 || inTitle.lastIndexOf(true) < inTitle.indexOf(false)).toBe(true);
    expect(hits.every((h) => /cải cách|hành chính/i.test(`${h.title} ${h.summary} ${h.body}`))).toBe(true);
  });

  it("matches whatever the reader's accents, case or Unicode form", async () => {
    for (const query of ["Phuong Duc Hong Minh", "PHƯỢNG DỰC hồng minh", "Phượng Dực Hồng Minh".normalize("NFD"), "phuọng duc hong mính"]) {
      const { hits } = await searchArticles(db, { siteIds: [site], query, limit: 5 });
      expect(hits[0]?.title, query).toBe(referenceArticle.title);
    }
  });

  it("handles đ/Đ both ways", async () => {
    const plain = await searchArticles(db, { siteIds: [site], query: "doan kiem tra cong vu", limit: 5 });
    const accented = await searchArticles(db, { siteIds: [site], query: "Đoàn kiểm tra công vụ", limit: 5 });
    expect(plain.hits[0]!.title).toBe(referenceArticle.title);
    expect(accented.hits[0]!.title).toBe(referenceArticle.title);
  });

  it("supports quoted phrases and excluded words", async () => {
    const phrase = await searchArticles(db, { siteIds: [site], query: '"mùa xuân" "Lạc Khê"', limit: 10 });
    expect(slugs(phrase.hits).sort()).toEqual(["tk-duong", "tk-duong-cay"]);
    const excluded = await searchArticles(db, { siteIds: [site], query: "Lạc Khê -dương", limit: 10 });
    // Folded, "-dương" excludes both đường and dương.
    expect(excluded.total).toBe(0);
    const notInOrder = await searchArticles(db, { siteIds: [site], query: '"khê lạc"', limit: 10 });
    expect(notInOrder.total).toBe(0);
  });

  it("reflects edits at once (the search column is generated)", async () => {
    const id = await addArticle({ slug: "tk-sua", title: "Bản tin tạm", publishedAt: "2024-02-01 08:00" });
    expect((await searchArticles(db, { siteIds: [site], query: "nhôi khê", limit: 5 })).total).toBe(0);
    await db.update(articles).set({ title: "Bản tin Nhôi Khê" }).where(eq(articles.id, id));
    expect(slugs((await searchArticles(db, { siteIds: [site], query: "nhoi khe", limit: 5 })).hits)).toEqual(["tk-sua"]);
  });
});

describe("phrases (candidates by the pairs index, migration 0012)", () => {
  // What PostgreSQL's own phrase check says, over every public article of the site, newest first.
  async function matchesByScan(query: string) {
    const rows = await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(isPublic([site]), sql`${articles.searchVector} @@ websearch_to_tsquery('simple', public.f_unaccent(${query}))`))
      .orderBy(desc(articles.publishedAt), desc(articles.id));
    return rows.map((r) => r.id);
  }

  beforeAll(async () => {
    await addArticle({ slug: "tk-cum-tu", title: "Xóm Lạc Khê chỉnh trang đô thị", publishedAt: "2024-06-01 08:00" });
    await addArticle({ slug: "tk-cum-tu-than", title: "Tin Lạc Khê", body: "<p>Năm nay xóm Lạc Khê chỉnh trang đô thị theo quy hoạch.</p>", publishedAt: "2024-06-02 08:00" });
    // Every pair of the phrase, never the phrase: a candidate that the check must turn down.
    await addArticle({ slug: "tk-cum-tu-moi", title: "Lạc Khê chỉnh trang, trang đô, đô thị", publishedAt: "2024-06-03 08:00" });
    await addArticle({ slug: "tk-cum-tu-noi", title: "Lạc Khê bàn việc chỉnh trang", summary: "Đô thị mới ở Lạc Khê.", publishedAt: "2024-06-04 08:00" });
    await addArticle({ slug: "tk-cum-tu-so", title: "Lạc Khê phòng covid-19", publishedAt: "2024-06-05 08:00" });
  });

  it("finds exactly the articles PostgreSQL's phrase check finds, newest first within the bound", async () => {
    const queries = ['"chỉnh trang đô thị"', '"chinh trang do thi" lạc khê', '"Lạc Khê" "đô thị"', '"trang đô"', "covid-19", '"chỉnh trang đô thị" -quy', '"chỉnh trang" or "đô thị"', '"khê"'];
    for (const query of queries) {
      const expected = await matchesByScan(query);
      const all = await searchArticles(db, { siteIds: [site], query, limit: 100 });
      expect(all.hits.map((h) => h.id).sort(), query).toEqual([...expected].sort());
      expect(all.total, query).toBe(expected.length);
      const bounded = await searchArticles(db, { siteIds: [site], query, limit: 100, rankedMatches: 2 });
      expect(bounded.hits.map((h) => h.id).sort(), query).toEqual(expected.slice(0, 2).sort());
      expect(bounded.capped, query).toBe(expected.length > 2);
    }
  });

  it("turns down an article holding every pair of a phrase but not the phrase", async () => {
    const { hits } = await searchArticles(db, { siteIds: [site], query: '"chỉnh trang đô thị" lạc khê', limit: 10 });
    expect(slugs(hits)).toEqual(expect.arrayContaining(["tk-cum-tu", "tk-cum-tu-than"]));
    expect(slugs(hits)).not.toContain("tk-cum-tu-moi");
  });
});

describe("ranking", () => {
  it("puts title above summary above body", async () => {
    // Newest in the body, oldest in the title: relevance must win over recency.
    const { hits } = await searchArticles(db, { siteIds: [site], query: "bich nhoi", limit: 10 });
    expect(slugs(hits)).toEqual(["tk-trong-tieu-de", "tk-trong-sapo", "tk-trong-than"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
  });

  it("ranks exact-accent matches first when the query has accents", async () => {
    expect(slugs((await searchArticles(db, { siteIds: [site], query: "đường Lạc Khê", limit: 10 })).hits)).toEqual(["tk-duong", "tk-duong-cay"]);
    expect(slugs((await searchArticles(db, { siteIds: [site], query: "dương Lạc Khê", limit: 10 })).hits)).toEqual(["tk-duong-cay", "tk-duong"]);
  });

  it("breaks ties by recency when the query has no accents", async () => {
    const { hits } = await searchArticles(db, { siteIds: [site], query: "duong lac khe", limit: 10 });
    expect(slugs(hits)).toEqual(["tk-duong-cay", "tk-duong"]);
    expect(hits[0]!.score).toBeCloseTo(hits[1]!.score, 6);
  });

  it("keeps ranking across pages without overlap", async () => {
    const first = await searchArticles(db, { siteIds: [site], query: "huyen", limit: 5 });
    const second = await searchArticles(db, { siteIds: [site], query: "huyen", limit: 5, offset: 5 });
    expect(first.total).toBe(second.total);
    expect(first.total).toBeGreaterThan(10);
    const all = [...first.hits, ...second.hits];
    expect(new Set(slugs(all)).size).toBe(10);
    const scores = all.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const beyond = await searchArticles(db, { siteIds: [site], query: "huyen", limit: 5, offset: 10_000 });
    expect(beyond).toEqual({ total: first.total, capped: false, hits: [] });
  });

  it("ranks only the newest matches when very many match, and says so", async () => {
    const all = await searchArticles(db, { siteIds: [site], query: "huyen", limit: 100 });
    expect(all.capped).toBe(false);
    const newest = [...all.hits].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id).slice(0, 6);
    const capped = await searchArticles(db, { siteIds: [site], query: "huyen", limit: 10, rankedMatches: 6 });
    expect(capped).toMatchObject({ total: 6, capped: true });
    // The six newest matches, best first.
    expect(new Set(slugs(capped.hits))).toEqual(new Set(slugs(newest)));
    const scores = capped.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const pastEnd = await searchArticles(db, { siteIds: [site], query: "huyen", limit: 10, offset: 10, rankedMatches: 6 });
    expect(pastEnd).toEqual({ total: 6, capped: true, hits: [] });
  });
});

describe("the newest matches, window by window, scored in their own query", () => {
  // The reference: every match read at once, the newest `bound` kept, ranked by one ORDER BY.
  async function rankedByScan(query: string, bound: number, limit: number, offset: number) {
    const folded = sql`websearch_to_tsquery('simple', public.f_unaccent(${query}))`;
    const score = hasDiacritics(query)
      ? sql<number>`ts_rank(${articles.searchRank}, ${folded}) + ts_rank(${articles.searchRankExact}, websearch_to_tsquery('simple', ${query}))`
      : sql<number>`ts_rank(${articles.searchRank}, ${folded})`;
    const newest = db
      .select({ id: articles.id })
      .from(articles)
      .where(and(isPublic([site]), sql`${articles.searchVector} @@ ${folded}`))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(bound);
    return db
      .select({ id: articles.id, score: score.mapWith(Number) })
      .from(articles)
      .where(inArray(articles.id, newest))
      .orderBy(sql`${score} desc`, desc(articles.publishedAt), desc(articles.id))
      .limit(limit)
      .offset(offset);
  }

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10) + " 08:00";

  beforeAll(async () => {
    // Matches on both sides of every window edge (the first window is the last year), and
    // ties: the same title on several dates, the same date for two articles.
    for (const [i, days] of [3, 40, 200, 370, 400, 800, 1500, 3000, 3000].entries()) {
      await addArticle({ slug: `tk-vu-ha-${i}`, title: i % 3 === 0 ? "Xóm Vũ Hạ" : `Tin ${i} về xóm Vũ Hạ`, summary: i % 2 ? "Vu Ha đón tết." : undefined, publishedAt: daysAgo(days) });
    }
  });

  it("ranks exactly as one ORDER BY over the newest matches would, on every page", async () => {
    for (const query of ["vu ha", "Vũ Hạ", "xóm vũ hạ -tin", '"vũ hạ"', '"xóm vũ hạ" -tin', "vu ha or lac khe", "huyen"]) {
      for (const bound of [1, 2, 4, 7, 500]) {
        for (const offset of [0, 2, 5]) {
          const expected = await rankedByScan(query, bound, 3, offset);
          const found = await searchArticles(db, { siteIds: [site], query, limit: 3, offset, rankedMatches: bound });
          const label = `${query} bound ${bound} offset ${offset}`;
          expect(found.hits.map((h) => ({ id: h.id, score: h.score })), label).toEqual(expected);
          // Whole rows for the page, in the page's order.
          expect(found.hits.every((h) => h.title.length > 0 && typeof h.body === "string"), label).toBe(true);
        }
      }
    }
  });
});

describe("filters", () => {
  it("limits to one category", async () => {
    const category = (await findCategoryBySlug(db, site, "kinh-te"))!;
    const all = await searchArticles(db, { siteIds: [site], query: "huyen", limit: 100 });
    const filtered = await searchArticles(db, { siteIds: [site], query: "huyen", categoryId: category.id, limit: 100 });
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(all.total);
    expect(filtered.hits.every((h) => h.categorySlug === "kinh-te")).toBe(true);
  });

  it("limits to a date range, and lists by date without words", async () => {
    const from = vietnamTime("2024-05-01 00:00");
    const to = vietnamTime("2024-05-03 00:00");
    const { hits } = await searchArticles(db, { siteIds: [site], query: "bich nhoi", from, to, limit: 10 });
    expect(slugs(hits)).toEqual(["tk-trong-tieu-de", "tk-trong-sapo"]);
    const noWords = await searchArticles(db, { siteIds: [site], query: "", from, to: vietnamTime("2024-05-04 00:00"), limit: 10 });
    expect(slugs(noWords.hits)).toEqual(["tk-trong-than", "tk-trong-sapo", "tk-trong-tieu-de"]);
  });

  it("returns nothing for neither words nor filters", async () => {
    expect(await searchArticles(db, { siteIds: [site], query: "   ", limit: 10 })).toEqual({ total: 0, capped: false, hits: [] });
  });

  it("never shows drafts, archived or future articles", async () => {
    await addArticle({ slug: "tk-luu-tru", title: "Thôn Bích Nhôi lưu trữ", status: "archived", publishedAt: "2024-05-01 09:00" });
    await addArticle({ slug: "tk-nhap", title: "Thôn Bích Nhôi bản nháp", status: "draft", publishedAt: "2024-05-01 09:00" });
    const id = await addArticle({ slug: "tk-hen-gio", title: "Thôn Bích Nhôi hẹn giờ", publishedAt: "2024-05-01 09:00" });
    await db.update(articles).set({ publishedAt: new Date(Date.now() + 86_400_000) }).where(eq(articles.id, id));
    const { hits } = await searchArticles(db, { siteIds: [site], query: "bich nhoi", limit: 10 });
    expect(slugs(hits)).toEqual(["tk-trong-tieu-de", "tk-trong-sapo", "tk-trong-than"]);
  });
});

describe("hostile input", () => {
  const inputs = [
    "'; drop table articles; --",
    "1' or '1'='1",
    "a\u0000b",
    "\u0007\u001b[31m",
    "!!! ??? ...",
    "&|!():*<->",
    "\\",
    '"',
    '"""',
    "or",
    "- - -",
    "!cải & !cách",
    "$1 $2 %s %_",
    "x".repeat(100_000),
    "cải ".repeat(5_000),
    "😀 \ud800 \u202e",
    "<script>alert(1)</script>",
  ];

  it("answers every one without an error", async () => {
    for (const query of inputs) {
      const result = await searchArticles(db, { siteIds: [site], query, limit: 10 });
      expect(result.total, JSON.stringify(query.slice(0, 40))).toBeGreaterThanOrEqual(0);
      expect(result.hits.length).toBeLessThanOrEqual(10);
    }
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(articles);
    expect(row!.n).toBeGreaterThan(40);
  });

  it("finds nothing for punctuation only", async () => {
    for (const query of ["!!! ??? ...", "&|!():*<->", "- - -", '"""']) {
      expect(await searchArticles(db, { siteIds: [site], query, limit: 10 })).toEqual({ total: 0, capped: false, hits: [] });
    }
  });

  it("treats SQL as words to look for", async () => {
    const { hits } = await searchArticles(db, { siteIds: [site], query: "<script>alert(1)</script>", limit: 10 });
    expect(hits).toEqual([]);
  });
});

describe("sitemap data", () => {
  it("lists every public article once, with lastmod, and drops archived ones", async () => {
    const total = await countSitemapArticles(db, site);
    const entries = await listSitemapArticles(db, site, { limit: 100_000, offset: 0 });
    expect(entries).toHaveLength(total);
    expect(new Set(entries.map((e) => e.path)).size).toBe(total);
    const paths = entries.map((e) => e.path);
    expect(paths).toContain("/bai-viet/tk-duong");
    expect(paths).not.toContain("/bai-viet/tk-luu-tru");
    expect(paths).not.toContain("/bai-viet/tk-nhap");
    expect(paths).not.toContain("/bai-viet/tk-hen-gio");
    expect(entries.every((e) => !Number.isNaN(Date.parse(e.lastModified)))).toBe(true);
    const parts = [...(await listSitemapArticles(db, site, { limit: 7, offset: 0 })), ...(await listSitemapArticles(db, site, { limit: 7, offset: 7 }))];
    expect(parts.map((e) => e.path)).toEqual(paths.slice(0, 14));
  });

  it("dates a category by its newest article", async () => {
    const categories = await listSitemapCategories(db, site);
    const reform = categories.find((c) => c.path === "/chuyen-muc/cai-cach-hanh-chinh")!;
    const newest = await searchArticles(db, { siteIds: [site], query: "", categoryId: (await findCategoryBySlug(db, site, "cai-cach-hanh-chinh"))!.id, limit: 1 });
    expect(Date.parse(reform.lastModified)).toBeGreaterThanOrEqual(Date.parse(newest.hits[0]!.publishedAt));
  });

  it("puts only the last two days in the news sitemap", async () => {
    const id = await addArticle({ slug: "tk-tin-moi", title: "Tin mới hôm nay", publishedAt: "2024-01-01 00:00" });
    await db.update(articles).set({ publishedAt: new Date(Date.now() - 3_600_000) }).where(eq(articles.id, id));
    const news = await listNewsArticles(db, site, new Date(Date.now() - 2 * 86_400_000));
    expect(news.map((n) => n.path)).toContain("/bai-viet/tk-tin-moi");
    expect(news.every((n) => Date.parse(n.publishedAt) >= Date.now() - 2 * 86_400_000)).toBe(true);
    expect(news.map((n) => n.path)).not.toContain("/bai-viet/tk-duong");
  });
});

describe("sites", () => {
  let provinceWide: number[];
  let tanHoa: number;
  let dongKinh: number;
  beforeAll(async () => {
    const province = await siteIdOf(db, "hung-yen");
    tanHoa = await siteIdOf(db, "tan-hoa");
    dongKinh = await siteIdOf(db, "dong-kinh");
    // What a province-wide search covers: the province and its communes.
    provinceWide = [province, tanHoa, dongKinh, await siteIdOf(db, "minh-tan")];
  });

  it("finds commune articles province-wide, and not on the default site", async () => {
    const wide = await searchArticles(db, { siteIds: provinceWide, query: '"Đông Kinh"', limit: 50 });
    expect(wide.total).toBeGreaterThan(0);
    expect(wide.hits.every((h) => provinceWide.includes(h.siteId))).toBe(true);
    expect(wide.hits.map((h) => h.title)).toContain("Phường Đông Kinh giải quyết trước và đúng hạn 98,2% hồ sơ thủ tục hành chính quý III");
    expect(wide.hits.filter((h) => h.siteId === dongKinh).length).toBeGreaterThan(0);

    expect(await searchArticles(db, { siteIds: [site], query: '"Đông Kinh"', limit: 50 })).toEqual({ total: 0, capped: false, hits: [] });
    const own = await searchArticles(db, { siteIds: [dongKinh], query: "dong kinh", limit: 50 });
    expect(own.total).toBeGreaterThan(0);
    expect(own.hits.every((h) => h.siteId === dongKinh)).toBe(true);
  });

  it("keeps words both sites use to each site's own articles", async () => {
    // "Tân Hòa" is a commune's name and, on the district, a village of xã Minh Tân.
    const here = await searchArticles(db, { siteIds: [site], query: '"Tân Hòa"', limit: 50 });
    expect(here.total).toBeGreaterThan(0);
    expect(here.hits.every((h) => h.siteId === site)).toBe(true);
    const wide = await searchArticles(db, { siteIds: provinceWide, query: '"Tân Hòa"', limit: 50 });
    expect(wide.hits.some((h) => h.siteId === tanHoa)).toBe(true);
    expect(wide.hits.filter((h) => h.siteId === site)).toEqual([]);
    const both = await searchArticles(db, { siteIds: [site, tanHoa], query: '"Tân Hòa"', limit: 50 });
    expect(both.total).toBe(here.total + wide.hits.filter((h) => h.siteId === tanHoa).length);
  });

  it("filters without words within the sites asked for", async () => {
    const from = vietnamTime("2026-09-01 00:00");
    const to = vietnamTime("2026-11-30 00:00");
    const wide = await searchArticles(db, { siteIds: provinceWide, query: "", from, to, limit: 100 });
    expect(wide.total).toBeGreaterThan(0);
    expect(wide.hits.every((h) => provinceWide.includes(h.siteId))).toBe(true);
    const here = await searchArticles(db, { siteIds: [site], query: "", from, to, limit: 100 });
    expect(here.hits.every((h) => h.siteId === site)).toBe(true);
    // Another site's category filters everything out here.
    const theirs = (await findCategoryBySlug(db, dongKinh, "cai-cach-hanh-chinh"))!;
    expect(await searchArticles(db, { siteIds: [site], query: "", categoryId: theirs.id, limit: 10 })).toEqual({ total: 0, capped: false, hits: [] });
    const inTheirs = await searchArticles(db, { siteIds: [dongKinh], query: "", categoryId: theirs.id, limit: 10 });
    expect(inTheirs.total).toBeGreaterThan(0);
    expect(inTheirs.hits.every((h) => h.siteId === dongKinh && h.categorySlug === "cai-cach-hanh-chinh")).toBe(true);
  });

  it("builds each site's sitemap from its own articles and categories", async () => {
    const ours = (await listSitemapArticles(db, site, { limit: 100_000, offset: 0 })).map((e) => e.path);
    const theirs = await listSitemapArticles(db, dongKinh, { limit: 100_000, offset: 0 });
    expect(theirs).toHaveLength(await countSitemapArticles(db, dongKinh));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((e) => ours.includes(e.path))).toEqual([]);
    expect(theirs.map((e) => e.path)).not.toContain("/bai-viet/tk-duong");
    expect((await listSitemapCategories(db, dongKinh)).map((c) => c.path)).toEqual([
      "/chuyen-muc/tin-tuc-su-kien",
      "/chuyen-muc/cai-cach-hanh-chinh",
      "/chuyen-muc/thong-bao",
    ]);
    // tk-tin-moi, published an hour ago on the default site by "puts only the last two days…".
    const since = new Date(Date.now() - 2 * 86_400_000);
    expect((await listNewsArticles(db, site, since)).map((n) => n.path)).toContain("/bai-viet/tk-tin-moi");
    expect((await listNewsArticles(db, tanHoa, since)).map((n) => n.path)).not.toContain("/bai-viet/tk-tin-moi");
  });
});
