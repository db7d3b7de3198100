import { existsSync } from "node:fs";
import path from "node:path";
import { validateHtml } from "./support/vnu";
import { ADMIN, createAccount, expect, signedInPage, test } from "./fixtures";

// The unit itself (Giới thiệu, Lãnh đạo, Cơ cấu tổ chức, Danh bạ, /en) and the pages
// around it (Sơ đồ cổng, Tiếp cận thông tin, the two statements, the suspension notice),
// on the default demo site (the archived district Hưng Hà), as readers, an admin and an
// editor use them.

const UNIT_PAGES = ["/gioi-thieu", "/gioi-thieu/lanh-dao", "/gioi-thieu/co-cau-to-chuc", "/danh-ba", "/en", "/so-do-cong", "/tiep-can-thong-tin", "/kha-nang-tiep-can", "/chinh-sach-bao-ve-du-lieu-ca-nhan"];

/** dd/mm/yyyy of the Việt Nam day `days` after today. */
function vietnamDayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-GB", { timeZone: "Asia/Ho_Chi_Minh" });
}

test("a reader browses Giới thiệu, its leaders and its units", async ({ page, site }) => {
  await site.open("/");
  await site.mainNav().first().getByRole("link", { name: "Giới thiệu" }).first().click();
  await expect(page).toHaveURL(/\/gioi-thieu$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Giới thiệu Ủy ban nhân dân huyện Hưng Hà");
  for (const section of ["Tổ chức bộ máy hành chính", "Bản đồ địa giới hành chính", "Điều kiện tự nhiên", "Lịch sử", "Truyền thống văn hóa", "Di tích và danh thắng"]) {
    await expect(main.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  // The org chart is drawn from the units: every unit links to its entry.
  const chart = main.getByRole("figure", { name: "Sơ đồ tổ chức bộ máy" });
  await expect(chart.getByRole("link", { name: /Phòng Kinh tế/ })).toBeVisible();
  await expect(chart.getByRole("link", { name: /Bộ phận Một cửa/ })).toBeVisible();
  await expect(main.getByRole("img", { name: /Bản đồ địa giới hành chính/ })).toBeVisible();
  await expect(main.getByTestId("last-updated")).toHaveText(/^Cập nhật lần cuối \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await site.expectNoAccessibilityViolations();

  await main.getByRole("navigation", { name: "Các mục giới thiệu" }).getByRole("link", { name: "Lãnh đạo" }).click();
  await expect(page).toHaveURL(/\/gioi-thieu\/lanh-dao$/);
  const current = main.getByTestId("current-leaders").getByTestId("leader");
  await expect(current).toHaveCount(3);
  await expect(current.first().getByRole("heading")).toHaveText("Đoàn Văn Khang");
  await expect(current.first()).toContainText("Nhiệm kỳ: 2021 – 2026");
  await expect(current.first()).toContainText("Nhiệm vụ đảm nhiệm");
  await expect(current.first().getByRole("link", { name: /@hungha\.example\.vn$/ })).toHaveAttribute("href", /^mailto:/);
  const portrait = current.first().getByRole("img", { name: "Ảnh chân dung Đoàn Văn Khang" });
  await portrait.scrollIntoViewIfNeeded();
  await expect.poll(() => portrait.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(main.getByRole("heading", { name: "Lãnh đạo qua các thời kỳ" })).toBeVisible();
  await expect(main.getByTestId("former-leaders")).toContainText("Chu Minh Nghĩa");
  await site.expectNoAccessibilityViolations();

  await site.open("/gioi-thieu/co-cau-to-chuc");
  const office = main.getByTestId("unit").filter({ has: page.getByRole("heading", { level: 2, name: /Văn phòng HĐND và UBND/ }) });
  await expect(office).toContainText("Chức năng, nhiệm vụ");
  await expect(office.getByTestId("unit").getByRole("heading", { level: 3 })).toHaveText("Bộ phận Một cửa");
  await expect(office.getByRole("link", { name: /^vanphong@/ })).toBeVisible();
  await site.expectNoAccessibilityViolations();
});

test("the directory finds people and units typed without accents, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/danh-ba");
  const form = page.getByRole("search", { name: "Tìm trong danh bạ" });
  await form.getByLabel("Họ tên, chức vụ hoặc tên đơn vị").fill("doan van khang");
  await form.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page).toHaveURL(/\/danh-ba\?q=doan\+van\+khang/);
  const results = page.getByTestId("directory").getByRole("listitem");
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText("Đoàn Văn Khang");
  await expect(results.first()).toContainText("Chủ tịch Ủy ban nhân dân huyện Hưng Hà");
  await expect(page.getByRole("status")).toHaveText("Tìm thấy 1 kết quả.");

  // By unit: the chairman who oversees the office, the office and its desk (sub-units included).
  await form.getByLabel("Họ tên, chức vụ hoặc tên đơn vị").fill("");
  await form.getByLabel("Đơn vị", { exact: true }).selectOption({ label: "Văn phòng HĐND và UBND huyện Hưng Hà" });
  await form.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(results).toHaveCount(3);
  await expect(results.nth(0)).toContainText("Đoàn Văn Khang");
  await expect(results.nth(2)).toContainText("Bộ phận Một cửa");
  await context.close();
});

test("/en is the unit in English, marked lang=\"en\", with hreflang both ways", async ({ page, site }) => {
  await site.open("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  const english = page.getByRole("main").locator('[lang="en"]').first();
  await expect(english).toHaveAttribute("data-testid", "english-page");
  await expect(english.getByRole("heading", { level: 1 })).toHaveText("People's Committee of Hung Ha District");
  await expect(english.getByRole("heading", { name: "Structure and functions" })).toBeVisible();
  await expect(english.getByText("Economic Office")).toBeVisible();
  await expect(english.getByTestId("english-leader").first()).toContainText("Chairperson, People's Committee of Hung Ha District");
  await expect(english.getByTestId("last-updated")).toHaveText(/^Last updated /);
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", /\/gioi-thieu$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en$/);
  await site.expectNoAccessibilityViolations();

  await site.open("/gioi-thieu");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en$/);
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", /\/gioi-thieu$/);
  await expect(page.getByRole("main").getByRole("link", { name: "English" })).toHaveAttribute("hreflang", "en");
});

test("every link of Sơ đồ cổng and the menu resolves; the pages around the content pass axe and the W3C checker", async ({ page, site, request }) => {
  test.setTimeout(180_000);
  await site.open("/so-do-cong");
  const hrefs = new Set<string>();
  for (const scope of [page.getByTestId("site-map"), site.mainNav().first()]) {
    for (const href of await scope.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!))) hrefs.add(href);
  }
  for (const expected of ["/gioi-thieu", "/van-ban", "/lich-cong-tac", "/thu-tuc-hanh-chinh", "/so-do-cong", "/chuyen-muc/cai-cach-hanh-chinh", "/kha-nang-tiep-can"]) expect(hrefs).toContain(expected);
  // Sections other branches build (lib/sections.ts) are checked once their page exists here.
  const built = (href: string) => existsSync(path.join("app/(site)/[site]", href.split("?")[0]!, "page.tsx")) || existsSync(path.join("app/(site)/[site]", href, "route.ts")) || !/^\/(van-ban|lich-cong-tac|thu-tuc-hanh-chinh|cong-khai-ngan-sach|hoi-dap|du-thao)$/.test(href);
  const broken: string[] = [];
  for (const href of [...hrefs].filter(built)) {
    const response = await request.get(href);
    if (response.status() !== 200) broken.push(`${href}: ${response.status()}`);
  }
  expect(broken).toEqual([]);
  await site.expectNoAccessibilityViolations();

  for (const path of ["/tiep-can-thong-tin", "/kha-nang-tiep-can", "/chinh-sach-bao-ve-du-lieu-ca-nhan", "/danh-ba"]) {
    await site.open(path);
    await site.expectNoAccessibilityViolations();
  }
  await site.open("/tiep-can-thong-tin");
  await expect(page.getByRole("main")).toContainText("vanphong@hungha.example.vn");
  await site.open("/chinh-sach-bao-ve-du-lieu-ca-nhan");
  await expect(page.getByRole("main")).toContainText("91/2025/QH15");

  const pages = await Promise.all(
    [...UNIT_PAGES, "/danh-ba?q=nguyen"].map(async (url) => {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      return { name: url.replace(/[^a-z0-9]+/g, "-"), html: await response.text() };
    }),
  );
  expect(await validateHtml(pages)).toEqual([]);
});

test("an admin schedules a suspension less than 7 working days ahead: warned, and the notice shows on every reader page at once", async ({ browser, page, site }) => {
  // Read first, so the pages are in the cache when the notice is saved.
  await site.open("/gioi-thieu");
  await expect(page.getByTestId("suspension-banner")).toHaveCount(0);

  const admin = await signedInPage(browser, ADMIN);
  await admin.goto("/admin/tam-ngung");
  const form = admin.getByRole("form", { name: "Lịch tạm ngừng hoạt động" });
  const start = form.getByRole("group", { name: "Bắt đầu tạm ngừng" });
  await start.getByLabel("Ngày (dd/mm/yyyy)").fill(vietnamDayFromNow(2));
  await start.getByLabel("Giờ (HH:mm)").fill("22:00");
  const end = form.getByRole("group", { name: "Hoạt động trở lại" });
  await end.getByLabel("Ngày (dd/mm/yyyy)").fill(vietnamDayFromNow(3));
  await end.getByLabel("Giờ (HH:mm)").fill("02:00");
  await form.getByLabel(/Lý do, nội dung thông báo/).fill("Nâng cấp hạ tầng máy chủ của cổng.");
  await form.getByRole("button", { name: "Lưu và đăng thông báo" }).click();
  await expect(form.getByRole("status")).toContainText("chưa đủ 7 ngày làm việc");
  await admin.reload();
  await expect(admin.getByRole("main").getByRole("alert")).toContainText("Nghị định 224/2026/NĐ-CP, Điều 13");

  for (const path of ["/gioi-thieu", "/", "/chuyen-muc/cai-cach-hanh-chinh", "/danh-ba"]) {
    await site.open(path);
    const banner = page.getByRole("region", { name: "Thông báo tạm ngừng hoạt động" });
    await expect(banner, path).toContainText(`từ 22:00 ngày ${vietnamDayFromNow(2)} đến 02:00 ngày ${vietnamDayFromNow(3)}`);
    await expect(banner, path).toContainText("Nâng cấp hạ tầng máy chủ của cổng.");
  }
  await site.expectNoAccessibilityViolations();

  // Taken down: gone from the cached pages on the next request.
  await admin.goto("/admin/tam-ngung");
  await admin.getByRole("button", { name: "Gỡ thông báo" }).click();
  await expect(admin.getByTestId("current-suspension")).toHaveCount(0);
  await site.open("/gioi-thieu");
  await expect(page.getByTestId("suspension-banner")).toHaveCount(0);
  await admin.context().close();
});

test("an editor reorders the leaders and the page changes on the next request", async ({ browser, page, site }) => {
  test.setTimeout(120_000);
  const names = () => page.getByTestId("current-leaders").getByTestId("leader").getByRole("heading").allTextContents();
  await site.open("/gioi-thieu/lanh-dao");
  expect(await names()).toEqual(["Đoàn Văn Khang", "Lại Thị Thu Hằng", "Ninh Văn Sơn"]);

  const admin = await signedInPage(browser, ADMIN);
  const editor = { email: "bientap.gioithieu@hungha.example.vn", name: "Biên tập Giới thiệu", role: "Biên tập viên" as const, password: "Lua-chin-vang-dong-2026" };
  await createAccount(admin, editor);
  await admin.context().close();

  const editing = await signedInPage(browser, editor);
  await editing.goto("/admin/gioi-thieu/lanh-dao");
  await editing.getByRole("button", { name: "Xuống: Đoàn Văn Khang" }).click();
  await expect(editing.getByRole("status").filter({ hasText: "Đã đổi thứ tự." })).toBeVisible();
  await site.open("/gioi-thieu/lanh-dao");
  expect(await names()).toEqual(["Lại Thị Thu Hằng", "Đoàn Văn Khang", "Ninh Văn Sơn"]);

  // Retired: moves to the archive list on the readers' page.
  const row = editing.getByTestId("admin-leader").filter({ hasText: "Ninh Văn Sơn" });
  await row.getByText("Sửa thông tin Ninh Văn Sơn").click();
  const form = row.getByRole("form", { name: "Sửa Ninh Văn Sơn" });
  await form.getByLabel("Đương nhiệm").uncheck();
  await form.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(editing.getByRole("list", { name: "Lãnh đạo qua các thời kỳ (lưu trữ)" })).toContainText("Ninh Văn Sơn");
  await site.open("/gioi-thieu/lanh-dao");
  expect(await names()).toEqual(["Lại Thị Thu Hằng", "Đoàn Văn Khang"]);
  await expect(page.getByTestId("former-leaders")).toContainText("Ninh Văn Sơn");
  await editing.context().close();
});

test("screenshots of the unit's pages at 1280 and 390 px", async ({ browser }) => {
  test.setTimeout(420_000);
  for (const width of [1280, 390]) {
    const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    for (const url of UNIT_PAGES) {
      await page.goto(url);
      // Lazy images load as they scroll into view.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 60));
        }
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: test.info().outputPath(`${url.replace(/[^a-z0-9]+/g, "-")}-${width}.png`), fullPage: true });
    }
    await page.context().close();
  }
});
