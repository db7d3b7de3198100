import { referenceArticle } from "../db/seed/reference";
import { expect, REFERENCE, test } from "./fixtures";

test.describe("homepage", () => {
  test("shows the portal, featured story, latest news and a block per category", async ({ site, page }) => {
    const response = await site.open("/");
    expect(response.status()).toBe(200);
    await expect(page).toHaveTitle("Cổng thông tin điện tử huyện Hưng Hà");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("banner").getByText("huyện Hưng Hà")).toBeVisible();

    const featured = page.getByRole("region", { name: "Tin nổi bật" });
    await expect(featured.locator("img").first()).toBeVisible();
    await expect(featured.getByRole("heading", { level: 2 }).nth(1)).toBeVisible();

    for (const name of ["Cải cách hành chính", "Kinh tế", "Thông báo"]) {
      const block = page.getByRole("region", { name, exact: true });
      await expect(block).toBeVisible();
      await expect(block.getByRole("link", { name: `Xem tất cả ${name}` })).toHaveAttribute("href", /\/chuyen-muc\//);
    }
    await expect(page.getByRole("contentinfo")).toContainText("Ghi rõ nguồn khi phát hành lại thông tin");
    await expect(page.getByRole("contentinfo")).toContainText("vanphong@hungha.example.vn");
  });

  test("has no accessibility violations", async ({ site }) => {
    await site.open("/");
    await site.expectNoAccessibilityViolations();
  });
});

test.describe("reference article", () => {
  test("shows its exact title, date line, view count, body and byline", async ({ site, page }) => {
    const response = await site.open(`/bai-viet/${REFERENCE.slug}`);
    expect(response.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE.title);
    const article = page.getByRole("article");
    await expect(article).toContainText("Ngày đăng 24/02/2018 | 10:41");
    // 833 seeded; visits by earlier tests have been counted since (interactions.spec.ts).
    await expect(page.getByTestId("view-count")).toHaveText(/^8\d\d$/);
    await expect(article).toContainText(referenceArticle.summary);
    for (const paragraph of referenceArticle.paragraphs) await expect(article).toContainText(paragraph);
    await expect(article).toContainText(REFERENCE.byline);
    await expect(page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link", { name: "Cải cách hành chính" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Tin khác" }).getByRole("link").first()).toBeVisible();
  });

  test("has a print button and A-/A+ that change the text size", async ({ site, page }) => {
    await site.open(`/bai-viet/${REFERENCE.slug}`);
    await expect(page.getByRole("button", { name: "In bài" })).toBeVisible();
    const body = page.locator(".prose-article p").first();
    const before = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
    await expect.poll(() => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(before);
    await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
    await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
    await expect.poll(() => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeLessThan(before);
  });

  test("has no accessibility violations", async ({ site }) => {
    await site.open(`/bai-viet/${REFERENCE.slug}`);
    await site.expectNoAccessibilityViolations();
  });
});

test.describe("category pages", () => {
  test("paginate with breadcrumbs and keep bad page numbers harmless", async ({ site, page }) => {
    await site.open("/chuyen-muc/tin-tuc-su-kien");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tin tức - Sự kiện");
    await expect(page.getByRole("navigation", { name: "Đường dẫn" })).toContainText("Trang chủ");
    const firstPageTitles = await page.getByRole("article").getByRole("heading").allTextContents();

    const pager = page.getByRole("navigation", { name: "Phân trang" });
    await expect(pager).toBeVisible();
    await pager.getByRole("link", { name: "Trang sau" }).click();
    await expect(page).toHaveURL(/\?trang=2$/);
    await expect(pager.locator("[aria-current=page]")).toHaveText("Trang 2");
    const secondPageTitles = await page.getByRole("article").getByRole("heading").allTextContents();
    expect(secondPageTitles.length).toBeGreaterThan(0);
    expect(secondPageTitles.filter((t) => firstPageTitles.includes(t))).toEqual([]);

    for (const bad of ["-1", "abc", "0"]) {
      const response = await site.open(`/chuyen-muc/tin-tuc-su-kien?trang=${bad}`);
      expect(response.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tin tức - Sự kiện");
    }
    expect((await site.open("/chuyen-muc/tin-tuc-su-kien?trang=999")).status()).toBe(404);
  });

  test("has no accessibility violations", async ({ site }) => {
    await site.open("/chuyen-muc/cai-cach-hanh-chinh");
    await site.expectNoAccessibilityViolations();
  });
});

test.describe("missing pages", () => {
  for (const path of ["/bai-viet/khong-co-bai-nay", "/chuyen-muc/khong-co", "/bai-viet/%27%20or%201=1", "/trang-la"]) {
    test(`${path} answers 404 inside the site layout`, async ({ site, page }) => {
      const response = await site.open(path);
      expect(response.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
      await expect(site.mainNav()).toBeAttached();
      await expect(page.getByRole("contentinfo")).toContainText("Ghi rõ nguồn");
    });
  }
});

// Next puts the root's 403 and 401 pages into every page's payload: the portal's own
// (app/forbidden.tsx, app/unauthorized.tsx) are in Vietnamese and a few hundred bytes.
test("pages carry the portal's short 403 and 401 pages, not Next's English ones (the homepage)", async ({ request }) => {
  const html = await (await request.get("/")).text();
  expect(html).toContain("Cần đăng nhập");
  expect(html).not.toContain("could not be accessed");
  expect(html).not.toContain("not authorized");
});

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("opens the category menu without JavaScript and navigates", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Chuyên mục" });
    const link = nav.getByRole("link", { name: "Kinh tế" });
    await expect(link).toBeHidden();
    await nav.getByText("Danh mục").click();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kinh tế");
    await context.close();
  });

  test("loads the lead story's image at the width it is shown, not the screen's", async ({ browser }) => {
    // A common Android phone: 412 px at 1.75 device pixels per CSS pixel.
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1.75, isMobile: true });
    const page = await context.newPage();
    const articlesFetched: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith("/bai-viet/")) articlesFetched.push(url.pathname);
    });
    await page.goto("/");
    const image = page.getByRole("region", { name: "Tin nổi bật" }).locator("img").first();
    await expect(image).toHaveJSProperty("complete", true);
    const { shown, chosen, widths } = await image.evaluate((img: HTMLImageElement) => ({
      shown: img.getBoundingClientRect().width * devicePixelRatio,
      chosen: Number(/\/(\d+)\.webp$/.exec(img.currentSrc)?.[1]),
      widths: img.srcset.split(",").map((c) => Number(/(\d+)w\s*$/.exec(c.trim())?.[1])),
    }));
    // The smallest variant that fills the image's device pixels: no larger one.
    expect(chosen).toBe(Math.min(...widths.filter((w) => w >= shown)));
    expect(chosen).toBeLessThan(412 * 1.75);
    // No link prefetches an article: its payload would preload the article's own lead image
    // at the article page's width (960 px here), a download the reader did not ask for.
    await page.waitForLoadState("networkidle");
    expect(articlesFetched).toEqual([]);
    await context.close();
  });

  test("shows the article without horizontal scrolling", async ({ site, page }) => {
    await site.open(`/bai-viet/${REFERENCE.slug}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
