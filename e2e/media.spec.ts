import sharp from "sharp";
import { ADMIN, createAccount, expect, signedInPage, test } from "./fixtures";

// One journey, in order: uploads, then an album built from them, then the author's limits.
test.describe.configure({ mode: "serial", timeout: 150_000 });

// A fresh author: admin.spec.ts leaves its author rate-limited on purpose.
const PHOTOGRAPHER = { email: "phongvien-anh@hungha.example.vn", name: "Lê Thị Ảnh", role: "Phóng viên / Tác giả" as const, password: "Chim-en-bay-ve-lang-2026" };
const PHOTOS = [
  { file: "ruong-bac-thang-e2e.jpg", alt: "Ruộng bậc thang mùa nước đổ", type: "image/jpeg" },
  { file: "cho-que-e2e.png", alt: "Phiên chợ quê buổi sáng", type: "image/png" },
];
const ALBUM = "Ngày hội văn hóa các dân tộc E2E";

async function image(format: "jpeg" | "png", hue: number) {
  const base = sharp({ create: { width: 900, height: 600, channels: 3, background: { r: hue, g: 140, b: 255 - hue }, noise: { type: "gaussian", mean: 120, sigma: 20 } } });
  return format === "jpeg" ? base.jpeg().toBuffer() : base.png().toBuffer();
}

test("the admin uploads several images with progress; an invalid file is refused; alt text is set", async ({ browser }) => {
  const page = await signedInPage(browser, ADMIN);
  await page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Thư viện ảnh" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thư viện ảnh");

  await page.getByLabel("Chọn ảnh từ máy").setInputFiles([
    { name: PHOTOS[0]!.file, mimeType: PHOTOS[0]!.type, buffer: await image("jpeg", 40) },
    { name: PHOTOS[1]!.file, mimeType: PHOTOS[1]!.type, buffer: await image("png", 200) },
    // Named and typed as a JPEG, but a Windows program inside.
    { name: "hoa-don.jpg", mimeType: "image/jpeg", buffer: Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(2048, 1)]) },
  ]);
  const queue = page.getByRole("list", { name: "Tiến trình tải lên" });
  for (const photo of PHOTOS) {
    const entry = queue.getByRole("listitem", { name: photo.file });
    await expect(entry.getByRole("status")).toContainText("Đã tải lên", { timeout: 30_000 });
    await expect(entry.getByRole("progressbar")).toHaveAttribute("value", "100");
  }
  await expect(queue.getByRole("listitem", { name: "hoa-don.jpg" }).getByRole("status")).toContainText("không phải là ảnh JPEG, PNG, WebP, AVIF hoặc GIF");

  // The grid shows the new images (not the refused one), each waiting for its alt text.
  const grid = page.getByRole("list", { name: "Ảnh trong thư viện" });
  await expect(grid.getByRole("listitem", { name: "hoa-don.jpg" })).toHaveCount(0);
  for (const photo of PHOTOS) {
    const card = grid.getByRole("listitem", { name: photo.file });
    await expect(card.getByText("Chưa có mô tả (alt)")).toBeVisible();
    const form = card.getByRole("form", { name: `Mô tả ảnh ${photo.file}` });
    // Empty alt: refused with a message tied to the field.
    await form.getByRole("button", { name: "Lưu mô tả" }).click();
    await expect(form.getByText("Hãy nhập mô tả ảnh (alt)")).toBeVisible();
    await form.getByLabel("Mô tả ảnh (alt)").fill(photo.alt);
    await form.getByLabel("Chú thích").fill(`<script>alert("xss")</script>${photo.alt}`);
    await form.getByRole("button", { name: "Lưu mô tả" }).click();
    await expect(form.getByRole("status")).toContainText("Đã lưu mô tả ảnh.");
    await expect(card.getByText("Chưa có mô tả (alt)")).toHaveCount(0);
    await expect(form.getByLabel("Chú thích")).toHaveValue(photo.alt);
  }

  // Search by alt text.
  await page.getByLabel("Tìm ảnh").fill("chợ quê");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(grid.getByRole("listitem")).toHaveCount(1);
  await expect(grid.getByRole("listitem", { name: PHOTOS[1]!.file })).toBeVisible();
});

test("the admin builds an album from the library, reorders it, publishes it, and readers see it", async ({ browser }) => {
  const page = await signedInPage(browser, ADMIN);
  await page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Album ảnh" }).click();
  const create = page.getByRole("form", { name: "Tạo album" });
  await create.getByLabel("Tên album").fill(ALBUM);
  await create.getByLabel("Mô tả").fill("Ảnh ngày hội tại nhà văn hóa huyện.");
  await create.getByRole("button", { name: "Tạo album" }).click();
  await expect(page).toHaveURL(/\/admin\/album\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ALBUM);

  // Publishing an empty album is refused.
  await page.getByRole("button", { name: "Xuất bản album" }).click();
  await expect(page.getByRole("form", { name: "Trạng thái xuất bản" }).getByRole("status")).toContainText("Album chưa có ảnh nào");

  const picker = page.getByRole("form", { name: "Thêm ảnh vào album" });
  for (const photo of PHOTOS) await picker.getByRole("checkbox", { name: photo.alt }).check();
  await picker.getByRole("button", { name: "Thêm ảnh đã chọn" }).click();
  await expect(picker.getByRole("status")).toContainText("Đã thêm 2 ảnh vào album.");

  const items = page.getByRole("form", { name: "Ảnh trong album" });
  await expect(items.getByRole("listitem")).toHaveCount(2);
  // Added in the picker's order (newest first).
  await expect(items.getByRole("listitem").nth(0)).toHaveAccessibleName(`Ảnh 1: ${PHOTOS[1]!.alt}`);
  // Keyboard-usable reordering: the second photo moves up.
  await items.getByRole("button", { name: "Chuyển ảnh 2 lên" }).focus();
  await page.keyboard.press("Enter");
  await expect(items.getByRole("listitem").nth(0)).toHaveAccessibleName(`Ảnh 1: ${PHOTOS[0]!.alt}`);
  await items.getByLabel("Chú thích ảnh 1").fill("Ruộng bậc thang <b>mùa nước</b>");
  await items.getByRole("listitem").nth(0).getByRole("radio", { name: "Ảnh bìa" }).check();
  await items.getByRole("button", { name: "Lưu thứ tự và chú thích" }).click();
  await expect(items.getByRole("status")).toContainText("Đã lưu thứ tự, chú thích và ảnh bìa.");

  await page.reload();
  await expect(items.getByRole("listitem").nth(0)).toHaveAccessibleName(`Ảnh 1: ${PHOTOS[0]!.alt}`);
  await expect(items.getByLabel("Chú thích ảnh 1")).toHaveValue("Ruộng bậc thang mùa nước");

  await page.getByRole("button", { name: "Xuất bản album" }).click();
  await expect(page.getByRole("form", { name: "Trạng thái xuất bản" }).getByRole("status")).toContainText("Album đã được xuất bản.");

  // In use now: the library says where, and offers no delete.
  await page.goto(`/admin/thu-vien?q=${encodeURIComponent(PHOTOS[1]!.alt)}`);
  const card = page.getByRole("listitem", { name: PHOTOS[1]!.file });
  await expect(card.getByTestId("media-usage")).toHaveText("Dùng trong 0 bài viết / 1 album");
  await expect(card.getByRole("button", { name: "Xóa ảnh" })).toHaveCount(0);

  // Readers see it at once (cache tags), photos in the chosen order.
  const reader = await browser.newPage();
  await reader.goto("/thu-vien-anh");
  await reader.getByRole("link", { name: ALBUM }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(ALBUM);
  const images = reader.getByRole("main").getByRole("img");
  await expect(images.first()).toHaveAttribute("alt", PHOTOS[0]!.alt);
  await expect(images.nth(1)).toHaveAttribute("alt", PHOTOS[1]!.alt);
  await expect(reader.getByText("Ruộng bậc thang mùa nước").first()).toBeVisible();
  await reader.close();
});

test("an author may upload but not manage albums; the upload route checks session and origin", async ({ browser, request }) => {
  const admin = await signedInPage(browser, ADMIN);
  await createAccount(admin, PHOTOGRAPHER);

  const author = await signedInPage(browser, PHOTOGRAPHER);
  const nav = author.getByRole("navigation", { name: "Quản trị" });
  await expect(nav.getByRole("link", { name: "Album ảnh" })).toHaveCount(0);
  await nav.getByRole("link", { name: "Thư viện ảnh" }).click();
  await author.getByLabel("Chọn ảnh từ máy").setInputFiles({ name: "anh-tac-gia.jpg", mimeType: "image/jpeg", buffer: await image("jpeg", 120) });
  await expect(author.getByRole("list", { name: "Tiến trình tải lên" }).getByRole("status")).toContainText("Đã tải lên", { timeout: 30_000 });
  const own = author.getByRole("listitem", { name: "anh-tac-gia.jpg" });
  await expect(own.getByRole("form", { name: "Mô tả ảnh anh-tac-gia.jpg" })).toBeVisible();
  await expect(own.getByRole("button", { name: "Xóa ảnh" })).toHaveCount(0);

  expect((await author.request.get("/admin/album", { maxRedirects: 0 })).status()).toBe(403);
  await author.goto("/admin/album");
  await expect(author.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();

  // The route handler itself: no session → 401, another site's page → 403, nothing stored.
  const png = await image("png", 10);
  const anonymous = await request.post("/admin/thu-vien/tai-len", { data: png, headers: { "Content-Type": "application/octet-stream", Origin: new URL(author.url()).origin } });
  expect(anonymous.status()).toBe(401);
  const forged = await author.request.post("/admin/thu-vien/tai-len", { data: png, headers: { "Content-Type": "application/octet-stream", Origin: "https://evil.example", "X-File-Name": "csrf.png" } });
  expect(forged.status()).toBe(403);
  await author.goto("/admin/thu-vien?q=csrf");
  await expect(author.getByText("Không tìm thấy ảnh phù hợp.")).toBeVisible();
});

test("media library and album editor: no accessibility violations; screenshots at 1280 and 800 px", async ({ browser, site }, testInfo) => {
  const page = await signedInPage(browser, ADMIN);
  const { ReaderSite } = await import("./fixtures");
  const admin = new ReaderSite(page);
  await page.goto("/admin/thu-vien");
  await admin.expectNoAccessibilityViolations();
  await page.goto("/admin/album");
  await page.getByRole("link", { name: ALBUM }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ALBUM);
  await admin.expectNoAccessibilityViolations();
  void site;
  const albumUrl = page.url();
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of [["thu-vien", "/admin/thu-vien"], ["album", albumUrl]] as const) {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
    }
  }
});
