import { describe, expect, it } from "vitest";
import type { ArticleCard } from "./articles";
import { documentsRss } from "./document-export";
import { buildNewsSitemap, buildRss, buildSitemapIndex, buildUrlset, draftsRss, sitemapPartCount, sitemapSlice } from "./feeds";
import { escapeXml, rfc822 } from "./xml";

const origin = "https://hungha.example.vn";
const card: ArticleCard = {
  id: 1,
  siteId: 1,
  slug: "doan-kiem-tra",
  title: 'Kiểm tra "1 cửa" & <liên thông>',
  summary: "Tóm tắt\u0000 có ký tự điều khiển\u000b",
  publishedAt: "2018-02-24T03:41:00.000Z",
  categorySlug: "cai-cach-hanh-chinh",
  categoryName: "Cải cách hành chính",
  cover: { width: 1280, height: 720, alt: "", variants: [{ width: 640, height: 360, format: "webp", path: "abc/640.webp", bytes: 12345 }] },
};

describe("XML helpers", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(escapeXml(`a & b < c > d " e ' f\u0000\u0008\uffff g`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f g");
  });

  it("writes RFC 822 dates", () => {
    expect(rfc822("2018-02-24T03:41:00.000Z")).toBe("Sat, 24 Feb 2018 03:41:00 GMT");
  });
});

describe("RSS", () => {
  const xml = buildRss({ title: "Cổng & huyện", link: `${origin}/`, self: `${origin}/rss.xml`, description: "Tin", imageUrl: `${origin}/logo.png` }, [card], origin);

  it("has the required channel and item elements, escaped", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain("<title>Cổng &amp; huyện</title>");
    expect(xml).toContain("<title>Kiểm tra &quot;1 cửa&quot; &amp; &lt;liên thông&gt;</title>");
    expect(xml).toContain(`<guid isPermaLink="true">${origin}/bai-viet/doan-kiem-tra</guid>`);
    expect(xml).toContain("<pubDate>Sat, 24 Feb 2018 03:41:00 GMT</pubDate>");
    expect(xml).toContain(`<enclosure url="${origin}/media/abc/640.webp" length="12345" type="image/webp"/>`);
    expect(xml).toContain(`<atom:link href="${origin}/rss.xml" rel="self" type="application/rss+xml"/>`);
    expect(xml).not.toMatch(/[\u0000\u000b]/);
  });

  const channel = { title: "Văn bản", link: `${origin}/van-ban`, self: `${origin}/van-ban/rss.xml`, description: "Văn bản", imageUrl: `${origin}/logo.png` };

  it("dates the documents' feed by its latest change and each document by its day of issue", () => {
    const doc = (n: number, updatedAt: string) =>
      ({ slug: `vb-${n}`, url: null, number: `${n}/QĐ-UBND`, type: { name: "Quyết định" }, issuer: { name: "UBND xã" }, issuedOn: `2026-11-0${n}`, summary: "Về việc <b>", state: "in_force", updatedAt }) as unknown as Parameters<typeof documentsRss>[1][number];
    const feed = documentsRss(channel, [doc(1, "2026-11-05T01:00:00Z"), doc(2, "2026-11-02T01:00:00Z")], origin);
    expect(feed.match(/<item>/g)).toHaveLength(2);
    expect(feed).toContain("<lastBuildDate>Thu, 05 Nov 2026 01:00:00 GMT</lastBuildDate>");
    expect(feed).toContain("<ttl>60</ttl>");
    expect(feed).toContain(`<guid isPermaLink="true">${origin}/van-ban/vb-1</guid>`);
    expect(feed).toContain("<pubDate>Sat, 31 Oct 2026 17:00:00 GMT</pubDate>"); // 01/11/2026 in Việt Nam
    expect(feed).toContain("<description>Về việc &lt;b&gt; (UBND xã, 01/11/2026; ");
    expect(documentsRss(channel, [], origin)).not.toContain("<lastBuildDate>");
  });

  it("gives each draft its comment period in Việt Nam time", () => {
    const feed = draftsRss(channel, [{ slug: "dt", title: "Dự thảo & quy chế", summary: "Tóm tắt", field: "Đất đai", draftingUnit: "Phòng Kinh tế", opensAt: "2026-11-01T01:00:00Z", closesAt: "2026-12-01T10:30:00Z" }], origin);
    expect(feed).toContain("<title>Dự thảo &amp; quy chế</title>");
    expect(feed).toContain("<category>Đất đai</category>");
    expect(feed).toContain("<description>Phòng Kinh tế. Lấy ý kiến từ 01/11/2026 08:00 đến 01/12/2026 17:30 (giờ Việt Nam). Tóm tắt</description>");
    expect(feed.endsWith("</rss>\n")).toBe(true);
  });
});

describe("sitemaps", () => {
  it("lists URLs with lastmod, and indexes parts", () => {
    const urlset = buildUrlset([{ path: "/bai-viet/a?x=1&y=2", lastModified: "2018-02-24T03:41:00.000Z" }], origin);
    expect(urlset).toContain(`<url><loc>${origin}/bai-viet/a?x=1&amp;y=2</loc><lastmod>2018-02-24T03:41:00.000Z</lastmod></url>`);
    const index = buildSitemapIndex([{ path: "/sitemap/1.xml" }], origin);
    expect(index).toContain(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>${origin}/sitemap/1.xml</loc></sitemap>`);
  });

  it("splits at the protocol's limit", () => {
    expect(sitemapPartCount(0)).toBe(1);
    expect(sitemapPartCount(50_000)).toBe(1);
    expect(sitemapPartCount(50_001)).toBe(2);
    expect(sitemapPartCount(120_000)).toBe(3);
  });

  it("cuts pages then articles into parts without gaps or overlap", () => {
    // 3 pages and 20 articles, 10 URLs per part.
    expect(sitemapSlice(1, 3, 20, 10)).toEqual({ pages: { start: 0, end: 3 }, articles: { offset: 0, limit: 7 } });
    expect(sitemapSlice(2, 3, 20, 10)).toEqual({ pages: { start: 3, end: 3 }, articles: { offset: 7, limit: 10 } });
    expect(sitemapSlice(3, 3, 20, 10)).toEqual({ pages: { start: 3, end: 3 }, articles: { offset: 17, limit: 10 } });
    expect(sitemapSlice(4, 3, 20, 10)).toBeNull();
    expect(sitemapSlice(0, 3, 20, 10)).toBeNull();
    // More pages than one part holds.
    expect(sitemapSlice(2, 15, 5, 10)).toEqual({ pages: { start: 10, end: 15 }, articles: { offset: 0, limit: 5 } });
    expect(sitemapSlice(1, 0, 0, 10)).toEqual({ pages: { start: 0, end: 0 }, articles: { offset: 0, limit: 10 } });
  });

  it("writes Google News entries", () => {
    const xml = buildNewsSitemap([{ path: "/bai-viet/a", title: "Tin & ảnh", publishedAt: "2025-06-05T00:45:00.000Z" }], origin, "Cổng huyện");
    expect(xml).toContain("<news:title>Tin &amp; ảnh</news:title>");
    expect(xml).toContain("<news:language>vi</news:language>");
  });
});
