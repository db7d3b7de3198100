// Named to run before security.spec.ts: that spec spends the sign-in allowance of 127.0.0.1, the one client of the run.
import type { Browser, Page } from "@playwright/test";
import { ADMIN, changePassword, createAccount, expect, getOnSite, publishArticle, signIn, siteOrigin, test } from "./fixtures";

// One platform, many sites: each demo site at <slug>.localhost, the default site at the
// bare host. These journeys build on each other (accounts, articles), so run in order.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const TAN_HOA = siteOrigin("tan-hoa");
const DONG_KINH = siteOrigin("dong-kinh");
const PROVINCE = siteOrigin("hung-yen");
const stamp = Date.now().toString(36);
const TAN_HOA_EDITOR = { email: `bientap-${stamp}@tanhoa.example.vn`, name: "Lê Thị Tân Hòa", password: "Dong-lua-chin-som-2026" };

/** Signed in on a site's own host; waits until the sign-in has landed (dashboard or forced password change). */
async function signedInAt(browser: Browser, origin: string, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: origin })).newPage();
  await signIn(page, who.email, who.password);
  await page.waitForURL(/\/admin(\/tai-khoan\?bat-buoc=1)?$/);
  return page;
}

test("two component sites show their own homepage, categories, articles, poll, settings and feeds, and nothing of each other", async ({ page, request }) => {
  await page.goto(`${TAN_HOA}/`);
  await expect(page).toHaveTitle("Trang thông tin điện tử xã Tân Hòa");
  await expect(page.getByText("Trang thành phần của Cổng thông tin điện tử tỉnh Hưng Yên")).toBeVisible();
  const tanHoaNav = await page.getByRole("navigation", { name: "Chuyên mục" }).first().innerText();
  await expect(page.getByRole("contentinfo")).toContainText("Ủy ban nhân dân xã Tân Hòa");
  const tanHoaPoll = await page.getByRole("region", { name: "Bình chọn" }).innerText();
  const tanHoaArticle = await page.getByRole("main").getByRole("link").filter({ hasText: /\w/ }).first().getAttribute("href");
  expect(tanHoaArticle).toMatch(/^\/bai-viet\//);

  await page.goto(`${DONG_KINH}/`);
  await expect(page).toHaveTitle("Trang thông tin điện tử phường Đông Kinh");
  await expect(page.getByRole("contentinfo")).toContainText("Ủy ban nhân dân phường Đông Kinh");
  expect(await page.getByRole("region", { name: "Bình chọn" }).innerText()).not.toBe(tanHoaPoll);
  expect(await page.getByRole("navigation", { name: "Chuyên mục" }).first().innerText()).not.toBe(tanHoaNav);
  await expect(page.getByRole("main")).not.toContainText("Tân Hòa");

  // An article of one site is not found on the other; canonical and feeds are per site.
  expect((await getOnSite(request, `${DONG_KINH}${tanHoaArticle}`)).status()).toBe(404);
  await page.goto(`${TAN_HOA}${tanHoaArticle}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${TAN_HOA}/bai-viet/`));
  const feed = await (await getOnSite(request, `${TAN_HOA}/rss.xml`)).text();
  expect(feed).toContain("<title>Trang thông tin điện tử xã Tân Hòa</title>");
  expect(feed).toContain(`${TAN_HOA}/bai-viet/`);
  expect(feed).not.toContain(DONG_KINH);
  const sitemap = await (await getOnSite(request, `${DONG_KINH}/sitemap.xml`)).text();
  expect(sitemap).toContain(`<loc>${DONG_KINH}/</loc>`);
  expect(sitemap).not.toContain(TAN_HOA);
  // The district's archive stays the default site, every old URL working.
  await page.goto("/");
  await expect(page).toHaveTitle("Cổng thông tin điện tử huyện Hưng Hà");
  await expect(page.getByText("Đây là trang lưu trữ của huyện Hưng Hà")).toBeVisible();
});

test("the province lists its components and shows what they sent up, linking back", async ({ page }) => {
  await page.goto(`${PROVINCE}/`);
  await expect(page).toHaveTitle("Cổng thông tin điện tử tỉnh Hưng Yên");
  const sentUp = page.getByRole("region", { name: "Tin từ xã, phường" });
  await expect(sentUp.locator(`a[href*="/bai-viet/"]`).first()).toHaveAttribute("href", new RegExp(`^http://(tan-hoa|dong-kinh|minh-tan)\\.localhost:\\d+/bai-viet/`));
  await page.getByRole("navigation", { name: "Chuyên mục" }).getByRole("link", { name: "Xã, phường" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Các trang thành phần");
  await expect(page.getByRole("link", { name: /Xã Tân Hòa/ })).toHaveAttribute("href", TAN_HOA);
});

test("a platform admin appoints a commune editor, who is refused in another site's admin", async ({ browser }) => {
  const admin = await signedInAt(browser, TAN_HOA, ADMIN);
  await expect(admin).toHaveURL(/\/admin$/);
  await expect(admin.getByTestId("current-site")).toHaveText("Trang thông tin điện tử xã Tân Hòa");
  // The fixture also makes the person's first password change (an admin-set one must go).
  await createAccount(admin, { ...TAN_HOA_EDITOR, role: "Biên tập viên" });
  await admin.context().close();

  const editor = await signedInAt(browser, TAN_HOA, TAN_HOA_EDITOR);
  await expect(editor).toHaveURL(/\/admin$/);
  await expect(editor.getByTestId("current-site")).toHaveText("Trang thông tin điện tử xã Tân Hòa");
  await editor.context().close();

  // Đông Kinh's admin: the same account has no role there.
  const elsewhere = await signedInAt(browser, DONG_KINH, TAN_HOA_EDITOR);
  await elsewhere.goto("/admin/bai-viet");
  await expect(elsewhere.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
  // From the browser itself (its cookies are those of this host).
  expect(await elsewhere.evaluate(async () => (await fetch("/admin/bai-viet/moi", { redirect: "manual" })).status)).toBe(403);
  await elsewhere.context().close();
});

test("a commune article sent up and approved appears on the province's homepage, linking back", async ({ browser, page }) => {
  const title = `Xã Tân Hòa ra quân làm sạch kênh mương nội đồng ${stamp}`;
  const editor = await signedInAt(browser, TAN_HOA, ADMIN);
  await publishArticle(editor, { title, category: "Tin tức - Sự kiện" });
  await editor.getByRole("button", { name: "Gửi lên cổng tỉnh" }).click();
  // The edit page now says where the request stands.
  await expect(editor.getByText("Đã gửi, đang chờ biên tập viên của tỉnh duyệt.")).toBeVisible();
  await editor.context().close();

  const province = await signedInAt(browser, PROVINCE, ADMIN);
  await province.goto("/admin/tin-gui-len");
  await province.getByRole("form", { name: `Duyệt: ${title}` }).getByRole("button", { name: "Duyệt đăng" }).click();
  // The queue now lists it as taken up.
  await expect(province.getByRole("listitem").filter({ hasText: title })).toContainText("Đã đăng lại");
  await province.context().close();

  await page.goto(`${PROVINCE}/`);
  const link = page.getByRole("region", { name: "Tin từ xã, phường" }).getByRole("link", { name: title });
  await expect(link).toHaveAttribute("href", new RegExp(`^${TAN_HOA}/bai-viet/`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`^${TAN_HOA}/bai-viet/`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("an edit on one site does not re-render another site's cached pages", async ({ browser, request }) => {
  const cacheOf = async (url: string) => (await getOnSite(request, url)).headers()["x-nextjs-cache"];
  await cacheOf(`${DONG_KINH}/`);
  expect(await cacheOf(`${DONG_KINH}/`)).toBe("HIT");
  const title = `Phường Đông Kinh? Không: tin của Tân Hòa ${stamp}`;
  const editor = await signedInAt(browser, TAN_HOA, ADMIN);
  await publishArticle(editor, { title, category: "Tin tức - Sự kiện" });
  await editor.context().close();
  const tanHoa = await getOnSite(request, `${TAN_HOA}/`);
  expect(await tanHoa.text()).toContain(title);
  expect(await cacheOf(`${DONG_KINH}/`)).toBe("HIT");
});

test("a platform admin creates a commune site and appoints its admin, who publishes its first article, found by province-wide search", async ({ browser, page }) => {
  const slug = `an-binh-${stamp}`;
  const origin = siteOrigin(slug);
  const siteAdmin = { email: `quantri-${stamp}@anbinh.example.vn`, password: "" };
  const platform = await signedInAt(browser, PROVINCE, ADMIN);
  await platform.goto("/admin/trang");
  const form = platform.getByRole("form", { name: "Tạo trang mới" });
  await form.getByLabel("Tên đơn vị (không kèm cấp)").fill("An Bình");
  await form.getByLabel("Mã trang").fill(slug);
  await form.getByLabel("Loại đơn vị").selectOption({ label: "Xã" });
  await form.getByLabel("Trực thuộc").selectOption({ label: "Cổng thông tin điện tử tỉnh Hưng Yên" });
  await form.getByLabel("Email quản trị viên của trang").fill(siteAdmin.email);
  await form.getByLabel("Họ tên quản trị viên").fill("Đỗ Văn An");
  await form.getByRole("button", { name: "Tạo trang" }).click();
  await expect(form.getByRole("status")).toContainText("Đã tạo trang An Bình");
  siteAdmin.password = (await form.getByTestId("one-time-password").innerText()).trim();
  await platform.context().close();

  // The new admin signs in at the new site's own address and must set a password first.
  const newPassword = "Ruong-bac-thang-mua-nuoc-2026";
  const admin = await signedInAt(browser, origin, siteAdmin);
  await expect(admin).toHaveURL(/\/admin\/tai-khoan\?bat-buoc=1$/);
  await changePassword(admin, siteAdmin.password, newPassword);
  await signIn(admin, siteAdmin.email, newPassword);
  await expect(admin).toHaveURL(/\/admin$/);

  await admin.goto("/admin/chuyen-muc");
  const category = admin.getByRole("form", { name: "Tạo chuyên mục" });
  await category.getByLabel("Tên chuyên mục").fill("Tin tức - Sự kiện");
  await category.getByRole("button", { name: "Tạo chuyên mục" }).click();
  await expect(category.getByRole("status")).toContainText("Đã tạo chuyên mục");
  const title = `Xã An Bình khai trương trang thông tin điện tử ${stamp}`;
  await publishArticle(admin, { title, category: "Tin tức - Sự kiện" });
  await admin.context().close();

  await page.goto(`${origin}/`);
  await expect(page).toHaveTitle("Trang thông tin điện tử xã An Bình");
  await expect(page.getByRole("main")).toContainText(title);
  await page.goto(`${PROVINCE}/tim-kiem?q=${encodeURIComponent(`khai truong ${stamp}`)}&pham-vi=toan-tinh`);
  await expect(page.getByRole("link", { name: title })).toHaveAttribute("href", new RegExp(`^${origin}/bai-viet/`));
  await page.goto(`${PROVINCE}/tim-kiem?q=${encodeURIComponent(`khai truong ${stamp}`)}`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});
