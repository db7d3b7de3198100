import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HighlightedText } from "@/app/(site)/[site]/tim-kiem/highlighted-text";
import { UserRowActions } from "@/app/admin/(panel)/nguoi-dung/user-forms";
import { ArticleView } from "@/components/site/article-view";
import { HeadlineList, LeadStory, StoryRow } from "@/components/site/article-list";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { AlbumGrid } from "@/components/site/gallery/album-grid";
import { JsonLd } from "@/components/site/json-ld";
import { PollForm } from "@/components/site/poll/poll-form";
import { PollResults } from "@/components/site/poll/poll-results";
import { SectionHeading } from "@/components/site/section-heading";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader, SiteNotice } from "@/components/site/site-header";
import { addAlbumPhotos, createAlbum, deleteAlbum, getPublishedAlbum, setAlbumPublished } from "@/db/albums";
import { createArticle, transitionArticle } from "@/db/article-editor";
import { findPublishedArticle, listPublishedArticles } from "@/db/articles";
import { createCategory, listCategories } from "@/db/categories";
import { resolveMenu } from "@/lib/site-pages";
import type { Database } from "@/db/client";
import { updateMediaText, uploadMedia } from "@/db/media";
import { createPoll, getPoll } from "@/db/polls";
import { articles, categories, media, polls, sites, users } from "@/db/schema";
import { searchArticles } from "@/db/search";
import { getSiteSettings, getStoredSiteSettings, saveSiteSettings } from "@/db/settings";
import { appointMember, createSite, listSites, updateSite } from "@/db/sites";
import { listUsers } from "@/db/users";
import { articleFormSchema } from "@/lib/article-form";
import type { Actor, Role } from "@/lib/auth/policy";
import { agencyName, isProvincial, type SiteInfo } from "@/lib/site";
import type { SiteSettings, StoredSiteSettings } from "@/lib/site-settings";
import { highlightTerms } from "@/lib/search-query";
import { breadcrumbList, newsArticle, webSite } from "@/lib/structured-data";
import { createActors, siteIdOf } from "../support/actors";
import { liveScriptFindings } from "../support/live-markup";
import { testDatabase } from "../support/test-db";
import { XSS_VECTORS } from "../support/xss-corpus";

// Every vector through every input that reaches a page, the way the admin stores it,
// then rendered by the components the reader pages use: the markup must stay inert.

let db: Database;
let actors: Record<Role, Actor>;
let removeActors: () => Promise<void>;
/** The default site (the demo district), where every write below lands. */
let site: SiteInfo;
/** A site of our own (hidden: no host answers for it) whose name carries the vectors. */
let testSiteId: number;
let categoryId: number;
let photoId: number;
let uploads: string;
let originalSettings: StoredSiteSettings;
const created = { articles: [] as number[], categories: [] as number[], polls: [] as number[], albums: [] as number[], users: [] as number[] };
const ORIGIN = "https://hungha.example.vn";
const PARENT_ORIGIN = "https://hungyen.example.vn";

const html = (element: ReactElement) => renderToStaticMarkup(element);

function expectInert(markup: string) {
  expect(liveScriptFindings(markup, { reactFormPlaceholders: true })).toEqual([]);
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  let siteId: number;
  ({ actors, siteId, remove: removeActors } = await createActors(db, "xss"));
  site = await siteInfo(siteId);
  originalSettings = await getStoredSiteSettings(db, actors.admin);
  const province = await siteIdOf(db, "hung-yen");
  testSiteId = (await createSite(db, platformAdmin(), { name: "Thử nghiệm", slug: "xss-thu-nghiem", kind: "xa", state: "hidden", parentId: province, hosts: [] })).id;
  const category = await createCategory(db, actors.editor, { name: "Kiểm thử XSS", description: "", parentId: null, showOnHome: false });
  categoryId = category.id;
  created.categories.push(categoryId);
  uploads = await mkdtemp(path.join(os.tmpdir(), "xss-uploads-"));
  process.env.UPLOADS_DIR = uploads;
  const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 120, b: 60 } } }).jpeg().toBuffer();
  photoId = (await uploadMedia(db, actors.editor, image, "anh.jpg")).id;
  await updateMediaText(db, actors.editor, photoId, { alt: "Ảnh kiểm thử", caption: "" });
});

afterAll(async () => {
  for (const id of created.albums) await deleteAlbum(db, actors.admin, id);
  if (created.articles.length) await db.delete(articles).where(inArray(articles.id, created.articles));
  if (created.polls.length) await db.delete(polls).where(inArray(polls.id, created.polls));
  if (created.categories.length) await db.delete(categories).where(inArray(categories.id, created.categories));
  if (created.users.length) await db.delete(users).where(inArray(users.id, created.users));
  await db.delete(media).where(eq(media.id, photoId));
  await saveSiteSettings(db, actors.admin, originalSettings);
  if (testSiteId) await db.delete(sites).where(eq(sites.id, testSiteId));
  await removeActors();
  await rm(uploads, { recursive: true, force: true });
  delete process.env.UPLOADS_DIR;
});

async function siteInfo(id: number): Promise<SiteInfo> {
  const found = (await listSites(db)).find((s) => s.id === id);
  if (!found) throw new Error(`site ${id} missing`);
  return found;
}

/** The default site's admin acting as a platform admin (the only ones who name sites). */
const platformAdmin = (): Actor => ({ ...actors.admin, platformAdmin: true });

/** What getSiteChrome gives the header and footer, for a site of the test database. */
async function chromeOf(of: SiteInfo, settings?: SiteSettings) {
  const parent = of.parent ? await siteInfo(of.parent.id) : null;
  return {
    site: of,
    origin: ORIGIN,
    parent: parent ? { site: parent, origin: PARENT_ORIGIN, name: agencyName(parent) } : null,
    settings: settings ?? (await getSiteSettings(db, of)),
    categories: await listCategories(db, of.id),
    // The menu as the chrome resolves it (categories and lib/sections.ts), no suspension notice.
    menu: resolveMenu(null, await listCategories(db, of.id), isProvincial(of.kind)),
    suspension: null,
  };
}

/** Whom a site's JSON-LD names as publisher, as the article and home pages pass it. */
const publisherOf = (chrome: Awaited<ReturnType<typeof chromeOf>>) => ({ settings: chrome.settings, origin: chrome.origin, parent: chrome.parent && { name: chrome.parent.name, origin: chrome.parent.origin } });

describe("the inertness check itself", () => {
  // Vectors that are only text to any HTML parser: the check has nothing to find in them.
  const textOnly = new Set(["nested script split", "html-escaped markup", "double-escaped markup", "url-encoded markup", "js-escaped markup", "fullwidth brackets", "bare javascript url", "template expression", "cdata", "comment breakout"]);
  it.each(XSS_VECTORS.filter((v) => !textOnly.has(v.name)))("finds $name when it is left as markup", ({ payload }) => {
    expect(liveScriptFindings(`<div>${payload}</div>`)).not.toEqual([]);
  });
  it("has at least 50 vectors", () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50);
    expect(XSS_VECTORS.every((v) => v.payload.length > 0)).toBe(true);
  });
});

describe.each(XSS_VECTORS.map((vector, index) => ({ ...vector, index })))("XSS vector: $name", ({ payload, index }) => {
  it("article title, summary, body, byline and cover caption: body sanitized, article page, cards and JSON-LD inert", async () => {
    // The editor's form goes through the action's schema, then the data layer.
    const input = articleFormSchema.parse({
      title: `Bài kiểm thử ${payload}`,
      summary: `Sapo ${payload}`,
      body: `<p>Mở đầu</p>${payload}<p>Kết thúc</p>`,
      byline: `Tác giả ${payload}`,
      categoryId: String(categoryId),
      coverMediaId: String(photoId),
      coverCaption: `Chú thích ${payload}`,
    });
    const { id } = await createArticle(db, actors.editor, { ...input, coverMediaId: input.coverMediaId ?? null }, "");
    created.articles.push(id);
    const { slug } = await transitionArticle(db, actors.editor, id, "publish", {});
    const found = await findPublishedArticle(db, site.id, slug);
    if (!found || !("article" in found)) throw new Error("published article not found");
    const article = found.article;

    expectInert(article.body);
    const chrome = await chromeOf(site);
    expectInert(
      html(
        createElement(
          "main",
          null,
          createElement(JsonLd, { data: newsArticle(article, publisherOf(chrome)) }),
          createElement(JsonLd, { data: breadcrumbList([{ name: article.categoryName, path: "/chuyen-muc/x" }, { name: article.title, path: `/bai-viet/${slug}` }], ORIGIN) }),
          createElement(ArticleView, { article: { ...article, cover: article.cover } }),
        ),
      ),
    );
    const cards = (await listPublishedArticles(db, site.id, { categoryId, limit: 3 })).filter((c) => c.id === id);
    expect(cards).toHaveLength(1);
    expectInert(html(createElement("div", null, createElement(LeadStory, { article: cards[0]!, sizes: "100vw" }), createElement(StoryRow, { article: cards[0]! }), createElement(HeadlineList, { articles: cards }))));
  });

  it("search: the vector as a query runs, and results with it highlighted stay inert", async () => {
    const result = await searchArticles(db, { siteIds: [site.id], query: payload, limit: 10 });
    expect(result.total).toBeGreaterThanOrEqual(0);
    const terms = highlightTerms(payload);
    const hits = (await searchArticles(db, { siteIds: [site.id], query: "kiểm thử", categoryId, limit: 100 })).hits;
    expect(hits.length).toBeGreaterThan(0);
    expectInert(html(createElement("ol", null, ...hits.map((h) => createElement("li", { key: h.id }, createElement(HighlightedText, { text: h.title, terms }))))));
  });

  it("category name and description: menu, breadcrumbs and section headings inert", async () => {
    const category = await createCategory(db, actors.editor, { name: `Mục ${payload}`.slice(0, 120), description: payload.slice(0, 300), parentId: null, showOnHome: true });
    created.categories.push(category.id);
    const chrome = await chromeOf(site);
    const mine = chrome.categories.find((c) => c.id === category.id)!;
    expectInert(
      html(
        createElement(
          "div",
          null,
          createElement(SiteHeader, { chrome }),
          createElement(Breadcrumbs, { items: [{ label: "Trang chủ", href: "/" }, { label: mine.name, href: `/chuyen-muc/${mine.slug}` }] }),
          createElement(SectionHeading, { title: mine.name, href: `/chuyen-muc/${mine.slug}` }),
          createElement("p", null, mine.description),
        ),
      ),
    );
  });

  it("poll question and options: the voting form and the results inert", async () => {
    const id = await createPoll(db, actors.editor, { question: `Câu hỏi ${payload}`, options: [`Ý kiến A ${payload}`, `Ý kiến B ${payload}`], opensAt: null, closesAt: null, showOnHome: false });
    created.polls.push(id);
    const poll = (await getPoll(db, site.id, id))!;
    expectInert(html(createElement("div", null, createElement(PollForm, { poll, open: true, idPrefix: "bc" }), createElement(PollResults, { poll }))));
  });

  it("album title, description and photo caption/alt: the gallery inert", async () => {
    const album = await createAlbum(db, actors.editor, { title: `Album ${payload}`, description: payload });
    created.albums.push(album.id);
    await updateMediaText(db, actors.editor, photoId, { alt: `Ảnh ${payload}`, caption: `Chú thích ảnh ${payload}` });
    await addAlbumPhotos(db, actors.editor, album.id, [photoId]);
    await setAlbumPublished(db, actors.editor, album.id, true);
    const published = (await getPublishedAlbum(db, site.id, album.slug))!;
    const photos = published.photos.map((p) => ({ id: p.id, alt: p.alt, caption: p.caption, thumb: "/media/a.jpg", srcSet: "", full: "/media/a.jpg", width: p.width, height: p.height }));
    expectInert(html(createElement("div", null, createElement("h1", null, published.title), createElement("p", null, published.description), createElement(AlbumGrid, { photos, title: published.title }))));
  });

  it("site settings: header, footer, links and the site's JSON-LD inert", async () => {
    const text = (label: string, max: number) => `${label} ${payload}`.slice(0, max);
    await saveSiteSettings(db, actors.admin, {
      ...originalSettings,
      portalName: text("Cổng", 120),
      agencyName: text("Cơ quan", 160),
      address: text("Địa chỉ", 240),
      footerText: text("Chân trang", 400),
      responsiblePerson: text("Người chịu trách nhiệm", 200),
      weatherCities: [{ name: text("Thành phố", 80), latitude: 21, longitude: 105 }],
      links: [{ label: text("Liên kết", 120), url: "https://chinhphu.vn" }],
    });
    const chrome = await chromeOf(site);
    expectInert(html(createElement("div", null, createElement(JsonLd, { data: webSite(publisherOf(chrome)) }), createElement(SiteHeader, { chrome }), createElement(SiteFooter, { chrome }))));
  });

  it("site name: the worded portal and agency names, header, footer and JSON-LD inert", async () => {
    const name = `Thử ${payload}`.slice(0, 120);
    await updateSite(db, platformAdmin(), testSiteId, { name, slug: "xss-thu-nghiem", kind: "xa", state: "hidden", parentId: site.parent!.id, hosts: [] });
    const stored = await siteInfo(testSiteId);
    // Shown as an archive, the header names the site itself; its settings word both names from it.
    const chrome = await chromeOf({ ...stored, state: "archived" });
    expect(chrome.settings.portalName).toBe(`Trang thông tin điện tử xã ${stored.name}`);
    const article = { ...(await listPublishedArticles(db, site.id, { limit: 1 }))[0]!, viewCount: 0, body: "<p>x</p>", byline: "", coverCaption: "", categoryId: 0, updatedAt: new Date().toISOString() };
    const markup = html(
      createElement(
        "div",
        null,
        createElement(JsonLd, { data: webSite(publisherOf(chrome)) }),
        createElement(JsonLd, { data: newsArticle(article, publisherOf(chrome)) }),
        createElement(SiteNotice, { chrome }),
        createElement(SiteHeader, { chrome }),
        createElement(SiteFooter, { chrome }),
      ),
    );
    expect(markup).toContain("Đây là trang lưu trữ của xã Thử");
    expectInert(markup);
  });

  it("user name: stored as plain text, rendered as text", async () => {
    const { id } = await appointMember(db, actors.admin, { email: `xss-${index}@example.vn`, name: `Người ${payload}`.slice(0, 120), role: "author", password: "Matkhau-dai-2026" });
    created.users.push(id);
    const row = (await listUsers(db, actors.admin)).find((u) => u.id === id)!;
    expectInert(html(createElement(UserRowActions, { user: row })));
  });
});

describe("links in the settings", () => {
  it.each(["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "http://example.com", "//evil.example"])(
    "refuse %s and change nothing",
    async (url) => {
      const before = await getStoredSiteSettings(db, actors.admin);
      const shown = await getSiteSettings(db, site);
      await expect(saveSiteSettings(db, actors.admin, { ...before, links: [{ label: "Liên kết", url }] })).rejects.toThrow();
      expect(await getStoredSiteSettings(db, actors.admin)).toEqual(before);
      expect(await getSiteSettings(db, site)).toEqual(shown);
    },
  );
});
