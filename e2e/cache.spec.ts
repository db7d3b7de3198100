import type { APIRequestContext } from "@playwright/test";
import { ADMIN, expect, signIn, test } from "./fixtures";

// Reader pages come from the cache (lib/cache-handler.mjs); an edit expires exactly the
// pages that show it. Next marks each cached response HIT, or MISS when it was rendered.
const TITLE = "Thông báo lịch cắt điện khu vực thị trấn ngày 05/12";
const SAME_CATEGORY = "/chuyen-muc/thong-bao";
const UNRELATED = "/chuyen-muc/quoc-phong-an-ninh";

async function fetchPage(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return { cache: response.headers()["x-nextjs-cache"], etag: response.headers()["etag"] ?? "", html: await response.text(), csp: response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value) };
}

test("cached reader pages carry a hash-only script policy and are served without rendering", async ({ request }) => {
  await fetchPage(request, UNRELATED);
  const again = await fetchPage(request, UNRELATED);
  expect(again.cache).toBe("HIT");
  const strict = again.csp.find((policy) => /script-src/.test(policy));
  expect(strict).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(again.csp.join(" ")).not.toMatch(/script-src[^;]*'unsafe-inline'/);
});

test("a published article is on the next request; a page that does not show it is not re-rendered", async ({ page, request }) => {
  for (const path of ["/", SAME_CATEGORY, UNRELATED]) await fetchPage(request, path);
  expect((await fetchPage(request, UNRELATED)).cache).toBe("HIT");
  // Before the edit, the cached pages are answered by `npm start`'s fast path (its ETags
  // name the encoding); after it, never: the very next request is Next's new render.
  for (const path of ["/", SAME_CATEGORY]) await expect.poll(async () => (await fetchPage(request, path)).etag).toMatch(/-br"$/);
  expect((await fetchPage(request, "/")).html).not.toContain(TITLE);

  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/bai-viet/moi");
  const form = page.getByRole("form", { name: "Viết bài mới" });
  await form.getByLabel("Tiêu đề").fill(TITLE);
  await form.getByLabel("Chuyên mục").selectOption({ label: "Thông báo" });
  await form.getByRole("button", { name: "Tạo bản nháp" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Bản nháp");
  await page.getByRole("button", { name: "Xuất bản ngay" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Đã đăng");

  const home = await fetchPage(request, "/");
  expect(home.cache).toBe("MISS");
  expect(home.etag).not.toMatch(/-br"$/);
  expect(home.html).toContain(TITLE);
  expect((await fetchPage(request, SAME_CATEGORY)).html).toContain(TITLE);
  const unrelated = await fetchPage(request, UNRELATED);
  expect(unrelated.cache).toBe("HIT");
  expect(unrelated.html).not.toContain(TITLE);

  // The editor, in the browser, sees it on their very next page too.
  await page.goto(SAME_CATEGORY);
  await expect(page.getByRole("main")).toContainText(TITLE);
});
