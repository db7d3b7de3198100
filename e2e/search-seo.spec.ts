// Runs after interactions.spec.ts (files run in name order), so opening the reference
// article here does not disturb its first-view count.
import type { Page } from "@playwright/test";
import { validateJsonLd } from "../tests/support/json-ld";
import { expect, REFERENCE, test } from "./fixtures";

const PORTAL = "Cổng thông tin điện tử huyện Hưng Hà";
const referencePath = `/bai-viet/${REFERENCE.slug}`;

/** Parses XML in the browser; returns the parser's complaint, or "" when well-formed. */
async function xmlError(page: Page, xml: string): Promise<string> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    return doc.getElementsByTagName("parsererror")[0]?.textContent ?? "";
  }, xml);
}

type FeedItem = { title: string; link: string; guid: string; pubDate: string; description: string };

async function readFeed(page: Page, xml: string): Promise<{ channel: string[]; items: FeedItem[] }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const channel = doc.querySelector("rss[version='2.0'] > channel");
    const items = [...doc.querySelectorAll("item")].map((item) => {
      const get = (name: string) => item.querySelector(name)?.textContent ?? "";
      return { title: get("title"), link: get("link"), guid: get("guid"), pubDate: get("pubDate"), description: get("description") };
    });
    return { channel: ["title", "link", "description", "language"].map((n) => channel?.querySelector(n)?.textContent ?? ""), items };
  }, xml);
}

test.describe("search", () => {
  test("works from the header without JavaScript, highlighting matches", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/thu-vien-anh");
    const header = page.getByRole("banner").getByRole("search", { name: "Tìm kiếm trên cổng thông tin" });
    await header.getByRole("searchbox", { name: "Từ khóa tìm kiếm" }).fill("cai cach hanh chinh");
    await header.getByRole("searchbox", { name: "Từ khóa tìm kiếm" }).press("Enter");
    await expect(page).toHaveURL(/\/tim-kiem\?q=cai\+cach\+hanh\+chinh$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tìm kiếm");
    // Typed without accents, found with them, and the query is kept in the box.
    await expect(page.getByRole("main").getByRole("searchbox", { name: "Từ khóa", exact: true })).toHaveValue("cai cach hanh chinh");
    const result = page.getByRole("main").getByRole("article").filter({ has: page.getByRole("link", { name: REFERENCE.title }) });
    await expect(result).toHaveCount(1);
    await expect(result.getByRole("heading").locator("mark")).toHaveText(["cải cách hành chính"]);
    expect(await result.locator("p mark").count()).toBeGreaterThan(0);
    for (const mark of await page.getByRole("main").locator("mark").allTextContents()) {
      expect(mark.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()).toMatch(/^(cai|cach|hanh|chinh)( (cai|cach|hanh|chinh))*$/);
    }
    await context.close();
  });

  test.describe("on a phone (390 px)", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test("works from the header with JavaScript, and a new search refills the page's box", async ({ site, page }) => {
      await site.open("/");
      const box = site.headerSearch().getByRole("searchbox", { name: "Từ khóa tìm kiếm" });
      await expect(box).toBeVisible();
      await box.fill("Phượng Dực");
      await site.headerSearch().getByRole("button", { name: "Tìm kiếm" }).click();
      await expect(page).toHaveURL(/\/tim-kiem\?q=Ph%C6%B0%E1%BB%A3ng\+D%E1%BB%B1c$/);
      const first = page.getByRole("main").getByRole("article").first();
      await expect(first.getByRole("link", { name: REFERENCE.title })).toBeVisible();
      await expect(first.getByRole("heading").locator("mark")).toHaveText(["Phượng Dực"]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      await box.fill("đường giao thông");
      await box.press("Enter");
      await expect(page).toHaveURL(/q=%C4%91%C6%B0%E1%BB%9Dng\+giao\+th%C3%B4ng/);
      await expect(page.getByRole("main").getByRole("searchbox", { name: "Từ khóa", exact: true })).toHaveValue("đường giao thông");
    });
  });

  test("filters by category and dates and pages through results", async ({ site, page }) => {
    await site.open("/tim-kiem?q=huyen");
    const main = page.getByRole("main");
    await main.getByLabel("Chuyên mục").selectOption({ label: "Kinh tế" });
    await main.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/chuyen-muc=kinh-te/);
    await expect(main.getByText(/Tìm thấy \d+ kết quả cho “huyen” trong chuyên mục “Kinh tế”/)).toBeVisible();
    await expect(main.getByRole("article").first()).toBeVisible();
    for (const label of await main.getByRole("article").locator("p > span:first-child").allTextContents()) expect(label).toBe("Kinh tế");

    await site.open("/tim-kiem?q=huyen");
    const pager = main.getByRole("navigation", { name: "Phân trang" });
    const firstPage = await main.getByRole("article").getByRole("heading").allTextContents();
    await pager.getByRole("link", { name: "Trang sau" }).click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=huyen&trang=2$/);
    await expect(pager.locator("[aria-current=page]")).toHaveText("Trang 2");
    const secondPage = await main.getByRole("article").getByRole("heading").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);

    await site.open("/tim-kiem?q=kiem+tra");
    // Typed as readers write dates, whatever the browser's language ("24/2/2018" is tidied as it is left).
    await main.getByLabel("Từ ngày").fill("24/02/2018");
    await main.getByLabel("Đến ngày").fill("24/2/2018");
    await main.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/tu=24%2F02%2F2018&den=24%2F02%2F2018/);
    await expect(main.getByRole("article")).toHaveCount(1);
    await expect(main.getByRole("article").getByRole("link", { name: REFERENCE.title })).toBeVisible();
    await expect(main.getByLabel("Từ ngày")).toHaveValue("24/02/2018");
    await expect(main.getByLabel("Đến ngày")).toHaveValue("24/02/2018");
  });

  test("explains an empty result and suggests what to try", async ({ site, page }) => {
    await site.open("/tim-kiem?q=xyzabc");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Không tìm thấy kết quả phù hợp" })).toBeVisible();
    await expect(main).toContainText("Kiểm tra lại chính tả");
    await expect(main.getByRole("link", { name: "Kinh tế" })).toHaveAttribute("href", "/chuyen-muc/kinh-te");

    await site.open("/tim-kiem?q=c%E1%BA%A3i+c%C3%A1ch&tu=2000-01-01&den=2000-01-31");
    const relax = main.getByRole("link", { name: /^Bỏ bộ lọc để xem \d+ kết quả cho “cải cách”$/ });
    await relax.click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=c%E1%BA%A3i\+c%C3%A1ch$/);
    await expect(main.getByRole("article").first()).toBeVisible();
  });

  test("answers hostile input with a normal page", async ({ site, page }) => {
    page.on("dialog", (dialog) => {
      throw new Error(`unexpected dialog: ${dialog.message()}`);
    });
    const inputs = ["'; drop table articles; --", "<script>alert(1)</script>", "!!! ??? ...", "\u0000\u0007", "x".repeat(5000), '"""', "&|!():*<->", "%"];
    for (const input of inputs) {
      const response = await site.open(`/tim-kiem?q=${encodeURIComponent(input)}`);
      expect(response.status(), input.slice(0, 30)).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tìm kiếm");
    }
    await site.open(`/tim-kiem?q=${"đ".repeat(500)}`);
    await expect(page.getByText("Từ khóa dài quá 200 ký tự")).toBeVisible();
    expect(await page.getByRole("main").getByRole("searchbox", { name: "Từ khóa", exact: true }).inputValue()).toHaveLength(200);
    await site.open("/tim-kiem?q=<script>alert(1)</script>");
    await expect(page.getByRole("main")).toContainText("“<script>alert(1)</script>”");
    for (const bad of ["?chuyen-muc=%3Cx%3E&tu=2025-02-30&den=abc&trang=-5", "?q=a&q=b&trang=99999"]) {
      expect((await site.open(`/tim-kiem${bad}`)).status()).toBe(200);
    }
    // The database is still there.
    expect((await site.open(referencePath)).status()).toBe(200);
  });

  test("has no accessibility violations, with results and without", async ({ site }) => {
    await site.open("/tim-kiem?q=c%E1%BA%A3i+c%C3%A1ch");
    await site.expectNoAccessibilityViolations();
    await site.open("/tim-kiem?q=xyzabc&chuyen-muc=kinh-te");
    await site.expectNoAccessibilityViolations();
  });
});

test.describe("metadata and structured data", () => {
  test("the article has its title, description, canonical, cards and valid NewsArticle + BreadcrumbList", async ({ site, page, baseURL }) => {
    await site.open(referencePath);
    await expect(page).toHaveTitle(`${REFERENCE.title} | ${PORTAL}`);
    // Distinct values: after the view counter's server action sets its cookie, Next
    // re-renders the head and may repeat the same tags (vercel/next.js#83510).
    const head = (selector: string, attribute = "content") =>
      page.locator(`head ${selector}`).evaluateAll((els, attr) => [...new Set(els.map((e) => e.getAttribute(attr)))], attribute);
    expect(await head('meta[name="description"]')).toEqual([expect.stringMatching(/^Sáng ngày 22\.2\.2018, Đoàn Kiểm công vụ huyện/)]);
    expect(await head('link[rel="canonical"]', "href")).toEqual([`${baseURL}${referencePath}`]);
    expect(await head('meta[property="og:type"]')).toEqual(["article"]);
    expect(await head('meta[property="og:title"]')).toEqual([REFERENCE.title]);
    expect(await head('meta[property="og:image"]')).toEqual([`${baseURL}/logo.png`]);
    expect(await head('meta[property="article:published_time"]')).toEqual(["2018-02-24T03:41:00.000Z"]);
    expect(await head('meta[name="twitter:card"]')).toEqual(["summary"]);
    expect(await head('link[rel="alternate"][type="application/rss+xml"]', "href")).toEqual([`${baseURL}/rss.xml`, `${baseURL}/chuyen-muc/cai-cach-hanh-chinh/rss.xml`]);

    const blocks = await site.jsonLd();
    for (const block of blocks) expect(validateJsonLd(block)).toEqual([]);
    const article = blocks.find((b) => b["@type"] === "NewsArticle")!;
    expect(article.headline).toBe(REFERENCE.title);
    expect(article.datePublished).toBe("2018-02-24T03:41:00.000Z");
    expect(article.author).toEqual([expect.objectContaining({ name: "Hoàng Hương" })]);
    expect(article.publisher).toMatchObject({ "@type": "GovernmentOrganization", name: "Ủy ban nhân dân huyện Hưng Hà", logo: { url: `${baseURL}/logo.png` } });
    const crumbs = blocks.find((b) => b["@type"] === "BreadcrumbList")!;
    expect((crumbs.itemListElement as { name: string }[]).map((i) => i.name)).toEqual(["Trang chủ", "Cải cách hành chính", REFERENCE.title]);
    expect((await page.request.get("/logo.png")).headers()["content-type"]).toBe("image/png");
  });

  test("an article with a cover gets a large card with its image", async ({ site, page, baseURL }) => {
    await site.open("/chuyen-muc/kinh-te");
    await page.getByRole("main").getByRole("article").first().getByRole("heading").getByRole("link").click();
    await expect(page.locator('meta[name="twitter:card"]').first()).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", new RegExp(`^${baseURL}/media/`));
    const article = (await site.jsonLd()).find((b) => b["@type"] === "NewsArticle")!;
    expect((article.image as string[])[0]).toMatch(new RegExp(`^${baseURL}/media/`));
  });

  test("the homepage has WebSite with a SearchAction that works", async ({ site, page, baseURL }) => {
    await site.open("/");
    // Next writes the root URL without its slash; it is the same URL.
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).href).toBe(`${baseURL}/`);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", `${baseURL}/rss.xml`);
    const blocks = await site.jsonLd();
    for (const block of blocks) expect(validateJsonLd(block)).toEqual([]);
    const website = blocks.find((b) => b["@type"] === "WebSite") as { potentialAction: { target: { urlTemplate: string } } };
    const target = website.potentialAction.target.urlTemplate.replace("{search_term_string}", "phuong%20duc");
    await page.goto(target);
    await expect(page.getByRole("main").getByRole("article").first()).toContainText("Phượng Dực");
  });

  test("category pages: own canonical per page, breadcrumbs, RSS link", async ({ site, page, baseURL }) => {
    await site.open("/chuyen-muc/tin-tuc-su-kien?trang=2");
    await expect(page).toHaveTitle(`Tin tức - Sự kiện - Trang 2 | ${PORTAL}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/chuyen-muc/tin-tuc-su-kien?trang=2`);
    await expect(page.locator('link[rel="alternate"][href$="/chuyen-muc/tin-tuc-su-kien/rss.xml"]')).toHaveCount(1);
    const blocks = await site.jsonLd();
    expect(blocks.map((b) => b["@type"])).toEqual(["BreadcrumbList"]);
    expect(validateJsonLd(blocks[0])).toEqual([]);
    await expect(page.getByRole("link", { name: "RSS chuyên mục Tin tức - Sự kiện" })).toHaveAttribute("href", "/chuyen-muc/tin-tuc-su-kien/rss.xml");
  });

  test("every public page has a unique title and a description", async ({ site, page }) => {
    const paths = ["/", "/chuyen-muc/kinh-te", "/chuyen-muc/tin-tuc-su-kien", "/chuyen-muc/tin-tuc-su-kien?trang=2", referencePath, "/thu-vien-anh", "/thu-vien-anh/anh-dep-que-huong", "/binh-chon/1", "/tim-kiem", "/tim-kiem?q=l%C3%BAa"];
    const titles: string[] = [];
    for (const path of paths) {
      const response = await site.open(path);
      expect((await response.text()).match(/<link rel="canonical"/g), path).toHaveLength(1);
      const title = await page.title();
      titles.push(title);
      if (path !== "/") expect(title, path).toMatch(new RegExp(` \\| ${PORTAL}$`));
      expect((await page.locator('meta[name="description"]').first().getAttribute("content"))?.length, path).toBeGreaterThan(20);
    }
    expect(new Set(titles).size).toBe(paths.length);
    await site.open("/tim-kiem?q=l%C3%BAa");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
  });
});

test.describe("sitemaps, feeds and robots.txt", () => {
  test("sitemap.xml is valid and lists the reference article with its date", async ({ page, baseURL }) => {
    const response = await page.request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
    expect(response.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
    const xml = await response.text();
    expect(await xmlError(page, xml)).toBe("");
    expect(xml).toContain(`<url><loc>${baseURL}${referencePath}</loc><lastmod>2018-02-24T03:41:00.000Z</lastmod></url>`);
    for (const path of ["/", "/chuyen-muc/cai-cach-hanh-chinh", "/thu-vien-anh", "/thu-vien-anh/anh-dep-que-huong"]) expect(xml).toContain(`<loc>${baseURL}${path}</loc>`);
    expect(xml.match(/<url>/g)!.length).toBeGreaterThan(55);
    // Small site: no index and no parts.
    expect((await page.request.get("/sitemap/1.xml")).status()).toBe(404);
    const news = await page.request.get("/sitemap-news.xml");
    expect(await xmlError(page, await news.text())).toBe("");
  });

  test("rss.xml and a category feed are valid RSS 2.0, newest first, with the reference article in its category", async ({ page, baseURL }) => {
    const feeds: Record<string, FeedItem[]> = {};
    for (const path of ["/rss.xml", "/chuyen-muc/cai-cach-hanh-chinh/rss.xml"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
      expect(response.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
      const xml = await response.text();
      expect(await xmlError(page, xml), path).toBe("");
      const { channel, items } = await readFeed(page, xml);
      expect(channel.every(Boolean), path).toBe(true);
      expect(items.length, path).toBeGreaterThan(5);
      for (const item of items) {
        expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
        expect(item.guid).toBe(item.link);
        expect(item.link.startsWith(`${baseURL}/bai-viet/`)).toBe(true);
        expect(item.title && item.description).toBeTruthy();
      }
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      feeds[path] = items;
    }
    // The site feed holds the newest 50 articles: the demo's newest is first.
    expect(feeds["/rss.xml"]).toHaveLength(50);
    const reference = feeds["/chuyen-muc/cai-cach-hanh-chinh/rss.xml"]!.find((i) => i.link === `${baseURL}${referencePath}`);
    expect(reference).toMatchObject({ title: REFERENCE.title, pubDate: "Sat, 24 Feb 2018 03:41:00 GMT", guid: `${baseURL}${referencePath}` });
    expect(reference!.description).toMatch(/^Sáng ngày 22\.2\.2018/);
    expect((await page.request.get("/chuyen-muc/khong-co/rss.xml")).status()).toBe(404);
  });

  test("robots.txt allows the site, keeps out /admin and names the sitemaps", async ({ page, baseURL }) => {
    const response = await page.request.get("/robots.txt");
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const lines = (await response.text()).split("\n");
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain("Allow: /");
    // The staff preview lives under /admin (/admin/xem-truoc/<id>); nothing is served at /xem-truoc/.
    expect(lines.filter((l) => l.startsWith("Disallow:"))).toEqual(["Disallow: /admin", "Disallow: /api/"]);
    expect((await page.request.get("/xem-truoc/1", { maxRedirects: 0 })).status()).toBe(404);
    expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${baseURL}/sitemap-news.xml`);
  });
});
