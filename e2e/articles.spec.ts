import type { Browser, Page } from "@playwright/test";
import { ADMIN, createAccount, expect, signedInPage, test } from "./fixtures";

// One newsroom journey, in order. (Runs before interactions.spec.ts and never opens the
// reference article, whose first counted view that file checks.)
test.describe.configure({ mode: "serial", timeout: 150_000 });

const EDITOR = { email: "bientap.bai@hungha.example.vn", name: "Phạm Thu Biên", role: "Biên tập viên" as const, password: "Nui-cao-suoi-mat-2026" };
const AUTHOR = { email: "tacgia.bai@hungha.example.vn", name: "Đỗ Minh Tác", role: "Phóng viên / Tác giả" as const, password: "Duong-ray-tau-cu-2026" };
const TITLE = "Huyện Hưng Hà ra quân làm đường giao thông nông thôn mùa khô";
const XSS = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await signedInPage(browser, who);
  page.on("dialog", () => {
    throw new Error("a dialog fired: injected script ran");
  });
  return page;
}

let articleUrl = "";

test("the admin creates the newsroom accounts", async ({ browser }) => {
  const admin = await as(browser, ADMIN);
  await createAccount(admin, EDITOR);
  await createAccount(admin, AUTHOR);
});

test("an author writes a draft with a cover image and submits it", async ({ browser }) => {
  const page = await as(browser, AUTHOR);
  await page.getByRole("link", { name: "Bài viết" }).click();
  await page.getByRole("link", { name: "+ Viết bài mới" }).click();
  const form = page.getByRole("form", { name: "Viết bài mới" });
  await form.getByRole("button", { name: "Tạo bản nháp" }).click();
  await expect(form.getByText("Tiêu đề cần ít nhất 5 ký tự.")).toBeVisible();

  await form.getByLabel("Tiêu đề").fill(`${TITLE} ${XSS}`);
  await form.getByLabel("Sapo (tóm tắt)").fill(`Sáng nay, hơn 500 đoàn viên và người dân các xã đã ra quân. ${XSS}`);
  const body = form.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await page.keyboard.type("Đoạn mở đầu về công trình giao thông.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Đoạn thứ hai nói về kinh phí 2,5 tỷ đồng.");
  await form.getByLabel("Chuyên mục").selectOption({ label: "Nông thôn mới" });
  // The cover comes from the media dialog; an author may use images others described.
  await form.getByRole("button", { name: "Chọn ảnh đại diện" }).click();
  const dialog = page.getByRole("dialog", { name: "Chọn ảnh đại diện" });
  await dialog.getByRole("listbox", { name: "Ảnh trong thư viện" }).getByRole("option").first().click();
  await dialog.getByRole("button", { name: "Dùng làm ảnh đại diện" }).click();
  await expect(dialog).toBeHidden();
  await form.getByLabel("Chú thích ảnh đại diện").fill("Ảnh: Đoàn viên ra quân làm đường");
  await form.getByRole("button", { name: "Tạo bản nháp" }).click();
  await expect(page).toHaveURL(/\/admin\/bai-viet\/\d+\?tb=da-tao$/);
  await expect(page.getByTestId("article-status")).toHaveText("Bản nháp");
  // Markup in plain fields is dropped on save.
  await expect(page.getByLabel("Tiêu đề")).toHaveValue(TITLE);

  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Chờ duyệt");
  // Authors cannot publish, and can no longer edit what they submitted.
  await expect(page.getByRole("button", { name: "Xuất bản ngay" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Sửa bài viết" })).toHaveCount(0);
});

test("an editor reviews, previews and publishes it; readers see it at once", async ({ browser }) => {
  const page = await as(browser, EDITOR);
  await expect(page.getByRole("region", { name: /Chờ duyệt/ })).toContainText(TITLE);
  await page.goto("/admin/bai-viet?trang-thai=pending");
  await page.getByRole("link", { name: TITLE }).click();
  await page.waitForURL(/\/admin\/bai-viet\/\d+$/);
  const editUrl = page.url();

  await page.getByRole("link", { name: "Xem trước" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole("note")).toContainText("Bản xem trước");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByText("Lượt xem")).toHaveCount(0);

  await page.goto(editUrl);
  await page.getByRole("button", { name: "Xuất bản ngay" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Đã đăng");
  // The link goes to the article on its site's own origin (the default site here).
  articleUrl = new URL((await page.getByRole("link", { name: "Xem trên cổng thông tin ↗" }).getAttribute("href"))!).pathname;
  expect(articleUrl).toMatch(/^\/bai-viet\/huyen-hung-ha-ra-quan-lam-duong-giao-thong-nong-thon-mua-kho/);

  const reader = await (await browser.newContext()).newPage();
  reader.on("dialog", () => {
    throw new Error("a dialog fired on the public page");
  });
  await reader.goto(articleUrl);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(reader.getByRole("article")).toContainText("Đoạn thứ hai nói về kinh phí 2,5 tỷ đồng.");
  await expect(reader.getByRole("article").locator("figcaption")).toHaveText("Ảnh: Đoàn viên ra quân làm đường");
  expect(await reader.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await reader.goto("/");
  await expect(reader.getByRole("main")).toContainText(TITLE);
  await reader.goto("/chuyen-muc/nong-thon-moi");
  await expect(reader.getByRole("main")).toContainText(TITLE);
});

test("editing a live article waits for approval; renaming keeps the old URL; a revision is restored", async ({ browser }) => {
  const page = await as(browser, EDITOR);
  await page.goto("/admin/bai-viet?q=ra+qu%C3%A2n+l%C3%A0m+%C4%91%C6%B0%E1%BB%9Dng");
  await page.getByRole("link", { name: TITLE }).click();
  await page.waitForURL(/\/admin\/bai-viet\/\d+$/);
  const form = page.getByRole("form", { name: "Sửa bài viết" });

  await form.getByLabel("Tiêu đề").fill(`${TITLE} (cập nhật)`);
  await form.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(form.getByRole("status")).toContainText("cho đến khi biên tập viên duyệt");
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(articleUrl);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(TITLE);

  await page.getByRole("button", { name: "Duyệt bản sửa" }).click();
  await expect(page.getByText("Đã duyệt: bản sửa đã lên cổng thông tin.")).toBeVisible();
  await reader.goto(articleUrl);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`${TITLE} (cập nhật)`);

  await page.reload();
  await page.getByLabel("Đường dẫn (slug)").fill("ra-quan-lam-duong-mua-kho");
  await page.getByRole("button", { name: "Lưu và cập nhật bài đang đăng" }).click();
  await expect(page.getByRole("form", { name: "Sửa bài viết" }).getByRole("status")).toHaveText("Đã lưu.");
  const response = await reader.goto(articleUrl);
  expect(response!.status()).toBe(200);
  await expect(reader).toHaveURL(/\/bai-viet\/ra-quan-lam-duong-mua-kho$/);

  await page.getByRole("link", { name: "Lịch sử phiên bản" }).click();
  const rows = page.locator("tbody tr");
  await rows.last().getByRole("radio", { name: /Phiên bản cũ/ }).check();
  await page.getByRole("button", { name: "So sánh" }).click();
  await expect(page.getByRole("region", { name: /So sánh/ }).locator("ins").first()).toHaveText(/cập nhật/);
  const oldest = rows.last();
  await oldest.getByRole("button", { name: "Khôi phục" }).click();
  await expect(oldest.getByRole("status")).toContainText("Đã khôi phục phiên bản");
  await reader.goto("/bai-viet/ra-quan-lam-duong-mua-kho");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(TITLE);
});

test("a scheduled article appears by itself after its time", async ({ browser }) => {
  const page = await as(browser, EDITOR);
  await page.goto("/admin/bai-viet/moi");
  const form = page.getByRole("form", { name: "Viết bài mới" });
  const title = "Thông báo lịch tiếp công dân tháng 12 của Chủ tịch UBND huyện";
  await form.getByLabel("Tiêu đề").fill(title);
  await form.getByLabel("Chuyên mục").selectOption({ label: "Thông báo" });
  await form.getByRole("button", { name: "Tạo bản nháp" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Bản nháp");

  // The next whole minute at least 20 seconds away, as Việt Nam wall-clock time (dd/mm/yyyy, HH:mm).
  const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000 + 7 * 3_600_000);
  const [date, time] = [at.toISOString().slice(0, 10).split("-").reverse().join("/"), at.toISOString().slice(11, 16)];
  const when = page.getByRole("group", { name: "Hẹn giờ đăng" });
  await when.getByLabel("Ngày (dd/mm/yyyy)").fill(date);
  await when.getByLabel("Giờ (HH:mm)").fill(time);
  await page.getByRole("button", { name: "Hẹn giờ", exact: true }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Hẹn giờ đăng");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/chuyen-muc/thong-bao");
  await expect(reader.getByRole("main")).not.toContainText(title);
  await expect(async () => {
    await reader.goto("/chuyen-muc/thong-bao");
    await expect(reader.getByRole("main")).toContainText(title, { timeout: 1000 });
  }).toPass({ timeout: 110_000, intervals: [3000] });
});

test("the audit log shows each newsroom step", async ({ browser }) => {
  const page = await as(browser, ADMIN);
  await page.goto("/admin/nhat-ky");
  const table = page.getByRole("table");
  for (const label of ["Tạo bài viết", "Gửi duyệt bài", "Xuất bản bài", "Gửi bản sửa bài đang đăng", "Duyệt bản sửa", "Khôi phục phiên bản", "Hẹn giờ đăng bài", "Tự động đăng bài hẹn giờ"]) {
    await expect(table, label).toContainText(label);
  }
});
