import { describe, expect, it } from "vitest";
import type { ArticleDetail } from "@/db/articles";
import { siteSettingsSchema } from "@/db/settings";
import { validateJsonLd } from "../tests/support/json-ld";
import { breadcrumbList, newsArticle, serializeJsonLd, webSite } from "./structured-data";

const origin = "https://hungha.example.vn";
const settings = siteSettingsSchema.parse({ address: "Số 1 Lê Lợi" });
const article: ArticleDetail = {
  id: 1,
  slug: "doan-kiem-tra",
  title: "Đoàn kiểm tra công vụ </script><script>alert(1)</script>",
  summary: "Tóm tắt",
  publishedAt: "2018-02-24T03:41:00.000Z",
  updatedAt: "2018-02-25T00:00:00.000Z",
  viewCount: 833,
  categorySlug: "cai-cach-hanh-chinh",
  categoryName: "Cải cách hành chính",
  categoryId: 2,
  cover: null,
  body: "<p>x</p>",
  byline: "Hoàng Hương, Trung tâm VHTT&TT huyện.",
  coverCaption: "",
};

describe("JSON-LD", () => {
  it("describes an article as a valid NewsArticle by a GovernmentOrganization", () => {
    const data = newsArticle(article, settings, origin);
    expect(validateJsonLd(data)).toEqual([]);
    expect(data.author).toEqual([{ "@type": "Person", name: "Hoàng Hương", affiliation: { "@type": "Organization", name: "Trung tâm VHTT&TT huyện" } }]);
    expect(data.datePublished).toBe("2018-02-24T03:41:00.000Z");
    expect(data.dateModified).toBe("2018-02-25T00:00:00.000Z");
  });

  it("falls back to the agency as author, and cuts long headlines", () => {
    const data = newsArticle({ ...article, byline: "", title: "Rất dài ".repeat(30) }, settings, origin);
    expect(validateJsonLd(data)).toEqual([]);
    expect((data.author as { "@type": string }[])[0]!["@type"]).toBe("GovernmentOrganization");
  });

  it("builds breadcrumbs and the WebSite search action", () => {
    expect(validateJsonLd(breadcrumbList([{ name: "Kinh tế", path: "/chuyen-muc/kinh-te" }], origin))).toEqual([]);
    const site = webSite(settings, origin);
    expect(validateJsonLd(site)).toEqual([]);
    expect(JSON.stringify(site)).toContain("https://hungha.example.vn/tim-kiem?q={search_term_string}");
  });

  it("catches what is missing", () => {
    const broken = { ...newsArticle(article, settings, origin), headline: "", image: ["/relative.png"], publisher: { "@type": "Organization", name: "X" } };
    const problems = validateJsonLd(broken);
    expect(problems).toContain("NewsArticle: headline missing or longer than 110 characters");
    expect(problems).toContain("NewsArticle: image must be absolute URLs");
    expect(problems.some((p) => p.includes("publisher.logo"))).toBe(true);
    expect(validateJsonLd({ "@context": "https://schema.org", "@type": "BreadcrumbList", itemListElement: [{ "@type": "ListItem", position: 2, name: "a" }] })).not.toEqual([]);
  });

  it("serializes safely inside a script element", () => {
    const json = serializeJsonLd(newsArticle(article, settings, origin));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain("<");
    expect(JSON.parse(json).headline).toBe(article.title);
  });
});
