// Runs before reader.spec.ts (files run in name order on one worker), so the reference
// article is still at its seeded 833 views when the first visitor arrives.
import { expect, REFERENCE, test } from "./fixtures";

const articlePath = `/bai-viet/${REFERENCE.slug}`;
const BOT_UA = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

test.describe("view count", () => {
  test("counts a new visitor once, not on reload, and never a bot", async ({ browser }) => {
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto(articlePath);
    await expect(page.getByTestId("view-count")).toHaveText("834");
    await page.reload();
    await expect(page.getByTestId("view-count")).toHaveText("834");
    // The fresh count comes from the server action, so wait for it before moving on.
    await page.waitForLoadState("networkidle");

    const bot = await browser.newContext({ userAgent: BOT_UA });
    const botPage = await bot.newPage();
    await botPage.goto(articlePath);
    await botPage.waitForLoadState("networkidle");

    const second = await browser.newContext();
    const secondPage = await second.newPage();
    await secondPage.goto(articlePath);
    await expect(secondPage.getByTestId("view-count")).toHaveText("835");
    await Promise.all([visitor.close(), bot.close(), second.close()]);
  });
});

test.describe("poll", () => {
  test("takes one vote without JavaScript and one with it, and refuses a second vote", async ({ browser }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto("/");
    const plainPoll = plain.getByRole("region", { name: "Bình chọn" });
    await plainPoll.getByLabel("Hữu ích", { exact: true }).check();
    // The form posts to the poll's page (its permalink, a real action URL), which shows the outcome.
    expect(await plainPoll.locator("form").getAttribute("action")).toBe("/binh-chon/1");
    await plainPoll.getByRole("button", { name: "Bình chọn" }).click();
    await expect(plain).toHaveURL(/\/binh-chon\/1$/);
    await expect(plain.getByRole("status")).toHaveText("Cảm ơn bạn đã tham gia bình chọn.");
    await expect(plain.getByTestId("poll-total")).toHaveText("1");

    const withJs = await browser.newContext();
    const page = await withJs.newPage();
    await page.goto("/");
    const poll = page.getByRole("region", { name: "Bình chọn" });
    const urlBefore = page.url();
    await poll.getByLabel("Rất hữu ích").check();
    await poll.getByRole("button", { name: "Bình chọn" }).click();
    await expect(poll.getByRole("status")).toHaveText("Cảm ơn bạn đã tham gia bình chọn.");
    await expect(poll.getByTestId("poll-total")).toHaveText("2");
    expect(page.url()).toBe(urlBefore);

    // Same visitor again (the cookie is kept): refused, nothing counted.
    await page.reload();
    await poll.getByLabel("Bình thường").check();
    await poll.getByRole("button", { name: "Bình chọn" }).click();
    await expect(poll.getByRole("status")).toContainText("Bạn đã bình chọn");
    await expect(poll.getByTestId("poll-total")).toHaveText("2");

    await page.goto("/binh-chon/1");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nội dung thông tin cung cấp trên cổng thông tin điện tử ?");
    await expect(page.getByTestId("poll-total").first()).toHaveText("2");
    const results = page.locator("main ul").first();
    await expect(results.getByRole("listitem").filter({ hasText: "Rất hữu ích" })).toContainText("1 phiếu · 50%");
    await expect(results.getByRole("listitem").filter({ hasText: /^Hữu ích/ })).toContainText("1 phiếu · 50%");
    await expect(results.getByRole("listitem").filter({ hasText: "Không hữu ích" })).toContainText("0 phiếu · 0%");
    await Promise.all([noJs.close(), withJs.close()]);
  });

  test("results page has no accessibility violations", async ({ site }) => {
    await site.open("/binh-chon/1");
    await site.expectNoAccessibilityViolations();
  });
});

test.describe("weather", () => {
  test("shows the three cities from the provider", async ({ site, page }) => {
    await site.open("/");
    const weather = page.getByRole("region", { name: "Thời tiết" });
    for (const [city, temperature] of [["Hà Nội", "20°C"], ["Đà Nẵng", "24°C"], ["TP Hồ Chí Minh", "31°C"]]) {
      await expect(weather.getByRole("listitem").filter({ hasText: city })).toContainText(temperature);
    }
    await expect(weather).toContainText("Độ ẩm 71%");
  });
});

test.describe("photo gallery", () => {
  test("lists albums and opens photos in a keyboard-usable lightbox", async ({ site, page }) => {
    await site.open("/thu-vien-anh");
    await page.getByRole("link", { name: "Ảnh đẹp quê hương" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ảnh đẹp quê hương");
    const thumbnails = page.getByRole("list", { name: "Ảnh trong album Ảnh đẹp quê hương" }).getByRole("link");
    expect(await thumbnails.count()).toBeGreaterThanOrEqual(8);

    const first = thumbnails.first();
    await first.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("(1/8)");
    await page.keyboard.press("ArrowRight");
    await expect(dialog).toContainText("(2/8)");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(dialog).toContainText("(8/8)");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(first).toBeFocused();
  });

  test("links each thumbnail to the full image without JavaScript", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/thu-vien-anh/anh-dep-que-huong`);
    const grid = page.getByRole("list", { name: "Ảnh trong album Ảnh đẹp quê hương" });
    const href = await grid.getByRole("link").first().getAttribute("href");
    expect(href).toMatch(/^\/media\/[a-f0-9]+\/\d+\.webp$/);
    const image = await page.request.get(`${baseURL}${href}`);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/webp");
    expect(image.headers()["cache-control"]).toContain("immutable");
    const img = grid.locator("img").first();
    await expect(img).toHaveAttribute("srcset", /320w.*640w/);
    await expect(img).toHaveAttribute("width", /\d+/);
    await context.close();
  });

  test("gallery pages have no accessibility violations", async ({ site }) => {
    await site.open("/thu-vien-anh/anh-dep-que-huong");
    await site.expectNoAccessibilityViolations();
  });
});
