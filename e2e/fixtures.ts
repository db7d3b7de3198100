import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { XSS_MARKER } from "../tests/support/xss-corpus";

/** What a reader does on the public site, by role and label (as a screen reader would). */
export class ReaderSite {
  constructor(readonly page: Page) {}

  async open(path: string) {
    const response = await this.page.goto(path);
    return response!;
  }

  mainNav() {
    return this.page.getByRole("navigation", { name: "Chuyên mục" });
  }

  /** The search box every page has in its header. */
  headerSearch() {
    return this.page.getByRole("banner").getByRole("search", { name: "Tìm kiếm trên cổng thông tin" });
  }

  /** JSON-LD blocks of the current page, parsed. */
  async jsonLd(): Promise<Record<string, unknown>[]> {
    const blocks = await this.page.locator('script[type="application/ld+json"]').allTextContents();
    return blocks.map((text) => JSON.parse(text));
  }

  async expectNoAccessibilityViolations() {
    const results = await new AxeBuilder({ page: this.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    expect(summary).toEqual([]);
  }
}

/** Chromium reports each Content-Security-Policy violation on the page's console. */
function recordCspViolations(context: BrowserContext, into: string[]) {
  context.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) into.push(`${message.location().url}: ${message.text()}`);
  });
}

export const test = base.extend<{ site: ReaderSite; noCspViolations: void }, { cspViolations: string[] }>({
  site: async ({ page }, use) => {
    await use(new ReaderSite(page));
  },
  // Every context of the run is watched, the ones specs open themselves for a second
  // user included, and every test fails if a policy blocked anything while it ran.
  cspViolations: [
    async ({ browser }, use) => {
      const violations: string[] = [];
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        recordCspViolations(context, violations);
        return context;
      };
      await use(violations);
    },
    { scope: "worker" },
  ],
  noCspViolations: [
    async ({ context, cspViolations }, use) => {
      recordCspViolations(context, cspViolations);
      const before = cspViolations.length;
      await use();
      expect(cspViolations.slice(before), "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const REFERENCE = {
  title: "Đoàn kiểm tra công vụ huyện kiểm tra cải cách hành chính tại 4 xã Phượng Dực, Hồng Minh, Hoàng Long, Tri Trung",
  slug: "doan-kiem-tra-cong-vu-huyen-kiem-tra-cai-cach-hanh-chinh-tai-4-xa-phuong-duc-hong-minh-hoang-long-tri-trung",
  byline: "Hoàng Hương, Trung tâm VHTT&TT huyện.",
};

export const ADMIN = { email: "admin@hungha.example.vn", password: "Song-Hong-chay-qua-2026" };

/** Signs in through the real form; leaves the page on whatever the app shows next. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/admin/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

type Person = { email: string; name: string; role: "Biên tập viên" | "Phóng viên / Tác giả" | "Quản trị trang"; password: string };

/**
 * Creates an account through the admin's Users page (the page must be signed in as
 * admin), then signs in once as the person to replace the password the admin set with
 * `person.password`: until then the account may do nothing else.
 */
export async function createAccount(adminPage: Page, person: Person) {
  const firstPassword = `${person.password}-lan-dau`;
  await adminPage.goto("/admin/nguoi-dung");
  const form = adminPage.getByRole("form", { name: "Tạo tài khoản" });
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Họ tên").fill(person.name);
  await form.getByLabel("Vai trò").selectOption({ label: person.role });
  await form.getByLabel("Mật khẩu").fill(firstPassword);
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByRole("status")).toContainText(`Đã tạo tài khoản ${person.email}`);

  const context = await adminPage.context().browser()!.newContext();
  const page = await context.newPage();
  await signIn(page, person.email, firstPassword);
  await expect(page).toHaveURL(/\/admin\/tai-khoan\?bat-buoc=1$/);
  await changePassword(page, firstPassword, person.password);
  await context.close();
}

/** Changes the signed-in person's password on the account page; every session ends, so it lands on the sign-in page. */
export async function changePassword(page: Page, current: string, next: string) {
  await page.goto("/admin/tai-khoan");
  const form = page.getByRole("form", { name: "Đổi mật khẩu" });
  await form.getByLabel("Mật khẩu hiện tại").fill(current);
  await form.getByLabel(/^Mật khẩu mới/).fill(next);
  await form.getByLabel("Nhập lại mật khẩu mới").fill(next);
  await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page).toHaveURL(/dang-nhap\?tb=da-doi-mat-khau/);
}

/** A fresh browser context signed in as `who`, on the dashboard. */
export async function signedInPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/**
 * Records every dialog the page opens (alert, confirm, prompt): the corpus's vectors
 * call them, so any entry means injected script ran. Dialogs are dismissed.
 */
export function recordDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on("dialog", (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
    void dialog.dismiss().catch(() => {});
  });
  return opened;
}

/** Nothing injected is live on the current page: no marker element, no inline handler, no script URL. */
export async function expectNoInjectedScript(page: Page, dialogs: string[]) {
  await page.waitForLoadState("load");
  await expect(page.locator(`[id*="${XSS_MARKER}"], [class*="${XSS_MARKER}"]`), page.url()).toHaveCount(0);
  const live = await page.evaluate(() =>
    Array.from(document.querySelectorAll("*")).flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => /^on|^srcdoc$/i.test(a.name) || (/^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) && /^\s*(javascript|vbscript|data:text)/i.test(a.value)))
        .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`),
    ),
  );
  expect(live, page.url()).toEqual([]);
  expect(dialogs).toEqual([]);
}

const E2E_PORT = Number(process.env.E2E_PORT || 3100);

/** A demo site's own address in the e2e run: `<slug>.localhost` on the test server's port. */
export function siteOrigin(slug: string): string {
  return `http://${slug}.localhost:${E2E_PORT}`;
}

/**
 * A GET as a site's reader, outside the browser: Node does not resolve `*.localhost`
 * as Chromium does, so the request goes to the loopback address with the site's Host.
 */
export function getOnSite(request: APIRequestContext, url: string) {
  const target = new URL(url);
  return request.get(`http://127.0.0.1:${target.port}${target.pathname}${target.search}`, { headers: { host: target.host } });
}

/** Writes an article on the page's site and publishes it; leaves the page on its edit screen. */
export async function publishArticle(page: Page, article: { title: string; category: string }) {
  await page.goto("/admin/bai-viet/moi");
  const form = page.getByRole("form", { name: "Viết bài mới" });
  await form.getByLabel("Tiêu đề").fill(article.title);
  await form.getByLabel("Chuyên mục").selectOption({ label: article.category });
  await form.getByRole("button", { name: "Tạo bản nháp" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Bản nháp");
  await page.getByRole("button", { name: "Xuất bản ngay" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Đã đăng");
}
