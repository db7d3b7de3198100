// An editor at work on the cluster (scripts/cluster.mjs), in Chromium: shared by the
// cluster test and the cluster benchmark, which both publish through one instance and
// look for the article through the others and the edge.
import { existsSync } from "node:fs";
import { chromium, devices } from "@playwright/test";

/** A reader's browser: the portal refuses votes and views from ones that say they are headless. */
export const READER = { ...devices["Desktop Chrome"], locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" };

export function launchChromium() {
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/**
 * An editor signed in through the portal's address (`siteUrl`, the edge, as editors reach
 * it), then working on `origin` (one instance) directly: the session is a signed token
 * every instance accepts.
 */
export async function signedIn(browser, { siteUrl, origin, email, password }) {
  const context = await browser.newContext({ ...READER, baseURL: origin });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/admin/dang-nhap`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(/\/admin$/);
  const cookies = await context.cookies(siteUrl);
  await context.addCookies(cookies.map(({ name, value }) => ({ name, value, url: origin })));
  await page.goto("/admin");
  await page.waitForURL(`${origin}/admin`);
  return page;
}

/** Writes and publishes an article titled `title` in the first category; resolves once it is live. */
export async function publish(page, title) {
  await page.goto("/admin/bai-viet/moi");
  const form = page.getByRole("form", { name: "Viết bài mới" });
  await form.getByLabel("Tiêu đề").fill(title);
  await form.getByLabel("Chuyên mục").selectOption({ index: 1 });
  await form.getByRole("button", { name: "Tạo bản nháp" }).click();
  await page.getByTestId("article-status").getByText("Bản nháp").waitFor();
  await page.getByRole("button", { name: "Xuất bản ngay" }).click();
  await page.getByTestId("article-status").getByText("Đã đăng").waitFor();
}
