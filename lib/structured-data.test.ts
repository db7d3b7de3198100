import { describe, expect, it } from "vitest";
import type { ArticleDetail } from "@/lib/articles";
import { agencyName, portalName } from "@/lib/site";
import { siteSettingsSchema, type SiteSettings } from "@/lib/site-settings";
import { validateJsonLd } from "../tests/support/json-ld";
import { breadcrumbList, newsArticle, serializeJsonLd, webSite, type Publisher } from "./structured-data";

const origin = "https://hungha.example.vn";
/** As getSiteSettings gives them: the names worded from the site when none are stored. */
function settingsOf(site: { kind: "huyen" | "xa" | "tinh"; name: string }, stored: Record<string, unknown>): SiteSettings {
  const parsed = siteSettingsSchema.parse(stored);
  return { ...parsed, portalName: parsed.portalName || portalName(site), agencyName: parsed.agencyName || agencyName(site) };
}
// The district's portal name is stored (as the seed does); its agency name is worded from the site.
const settings = settingsOf({ kind: "huyen", name: "Hưng Hà" }, { address: "Số 1 Lê Lợi", portalName: "Cổng thông tin điện tử huyện Hưng Hà" });
const site: Publisher = { settings, origin };
const article: ArticleDetail = {
  id: 1,
  siteId: 1,
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
    const data = newsArticle(article, site);
    expect(validateJsonLd(data)).toEqual([]);
    expect(data.author).toEqual([{ "@type": "Person", name: "Hoàng Hương", affiliation: { "@type": "Organization", name: "Trung tâm VHTT&TT huyện" } }]);
    expect(data.datePublished).toBe("2018-02-24T03:41:00.000Z");
    expect(data.dateModified).toBe("2018-02-25T00:00:00.000Z");
  });

  it("falls back to the agency as author, and cuts long headlines", () => {
    const data = newsArticle({ ...article, byline: "", title: "Rất dài ".repeat(30) }, site);
    expect(validateJsonLd(data)).toEqual([]);
    expect((data.author as { "@type": string }[])[0]!["@type"]).toBe("GovernmentOrganization");
    expect((data.author as { name: string }[])[0]!.name).toBe("Ủy ban nhân dân huyện Hưng Hà");
  });

  it("names a component site's province as parentOrganization, and only then", () => {
    const communeOrigin = "https://tanhoa.hungyen.example.vn";
    const commune: Publisher = {
      settings: settingsOf({ kind: "xa", name: "Tân Hòa" }, {}),
      origin: communeOrigin,
      parent: { name: "Ủy ban nhân dân tỉnh Hưng Yên", origin: "https://hungyen.example.vn" },
    };
    const data = newsArticle(article, commune);
    expect(validateJsonLd(data)).toEqual([]);
    expect(data.url).toBe(`${communeOrigin}/bai-viet/doan-kiem-tra`);
    expect(data.publisher).toMatchObject({
      "@type": "GovernmentOrganization",
      name: "Ủy ban nhân dân xã Tân Hòa",
      url: `${communeOrigin}/`,
      parentOrganization: { "@type": "GovernmentOrganization", name: "Ủy ban nhân dân tỉnh Hưng Yên", url: "https://hungyen.example.vn/" },
    });
    const home = webSite(commune);
    expect(validateJsonLd(home)).toEqual([]);
    expect(home.name).toBe("Trang thông tin điện tử xã Tân Hòa");
    expect(home.publisher).toMatchObject({ parentOrganization: { name: "Ủy ban nhân dân tỉnh Hưng Yên" } });
    expect(JSON.stringify(home)).toContain(`${communeOrigin}/tim-kiem?q={search_term_string}`);

    // A site without a parent (the province, or the district here) names none.
    expect(newsArticle(article, site).publisher).not.toHaveProperty("parentOrganization");
    expect(webSite({ ...site, parent: null }).publisher).not.toHaveProperty("parentOrganization");
  });

  it("builds breadcrumbs and the WebSite search action", () => {
    expect(validateJsonLd(breadcrumbList([{ name: "Kinh tế", path: "/chuyen-muc/kinh-te" }], origin))).toEqual([]);
    const data = webSite(site);
    expect(validateJsonLd(data)).toEqual([]);
    expect(data.name).toBe("Cổng thông tin điện tử huyện Hưng Hà");
    expect(JSON.stringify(data)).toContain("https://hungha.example.vn/tim-kiem?q={search_term_string}");
  });

  it("catches what is missing", () => {
    const broken = { ...newsArticle(article, site), headline: "", image: ["/relative.png"], publisher: { "@type": "Organization", name: "X" } };
    const problems = validateJsonLd(broken);
    expect(problems).toContain("NewsArticle: headline missing or longer than 110 characters");
    expect(problems).toContain("NewsArticle: image must be absolute URLs");
    expect(problems.some((p) => p.includes("publisher.logo"))).toBe(true);
    expect(validateJsonLd({ "@context": "https://schema.org", "@type": "BreadcrumbList", itemListElement: [{ "@type": "ListItem", position: 2, name: "a" }] })).not.toEqual([]);
  });

  it("serializes safely inside a script element", () => {
    const json = serializeJsonLd(newsArticle(article, site));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain("<");
    expect(JSON.parse(json).headline).toBe(article.title);
  });
});
