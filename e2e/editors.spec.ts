import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "@playwright/test";
import sharp from "sharp";
import { ADMIN, createAccount, expect, signIn, test } from "./fixtures";
import { validateHtml } from "./support/vnu";

// What an editor coming from WordPress expects: write, illustrate and publish from one
// screen; paste from Word and Google Docs; dates as Vietnamese write them; bulk actions.
test.describe.configure({ mode: "serial", timeout: 150_000 });

const EDITOR = { email: "bientap.wp@hungha.example.vn", name: "Trần Văn Quen", role: "Biên tập viên" as const, password: "Cau-tre-qua-song-Lo-2026" };
const TITLE = "Xã Tân Lễ khánh thành cầu dân sinh qua sông Trà Lý";
const CAPTION = "Cầu dân sinh Tân Lễ ngày khánh thành (ảnh: Ban biên tập)";
const ALT = "Người dân đi bộ qua cầu mới, hai bên cắm cờ đỏ";
// Screenshots for review, outside the repository, only when asked for.
const SCREENS_DIR = process.env.SCREENS_DIR;

async function shoot(page: Page, name: string) {
  if (SCREENS_DIR) await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: name.startsWith("article") || name.startsWith("preview") });
}

async function signedIn(browser: Browser, who: { email: string; password: string }, options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, who.email, who.password);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

async function photo(hue: number) {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: hue, g: 120, b: 255 - hue } } })
    .composite([{ input: Buffer.from(`<svg width="1200" height="800"><circle cx="600" cy="400" r="260" fill="rgb(250,220,${hue})"/></svg>`) }])
    .jpeg()
    .toBuffer();
}

async function expectDialogAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).include("dialog[open]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Pastes clipboard HTML into the editor the way the browser does (a paste event carrying text/html). */
async function paste(page: Page, editor: Locator, html: string) {
  await editor.click();
  await editor.evaluate((target, clipboard) => {
    const data = new DataTransfer();
    data.setData("text/html", clipboard);
    data.setData("text/plain", "");
    target.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

const savedBody = (page: Page) => page.locator('input[type="hidden"][name="body"]').inputValue();

let editor: Page;
let articlePath = "";
let editUrl = "";
let docsDraftUrl = "";

test("the admin creates the editor's account", async ({ browser }) => {
  const admin = await signedIn(browser, ADMIN);
  await createAccount(admin, EDITOR);
  editor = await signedIn(browser, EDITOR);
});

test("an editor writes an article with a cover picked and a photo uploaded in the media dialog, and publishes it in one go", async () => {
  const page = editor;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/admin/bai-viet/moi");
  const form = page.getByRole("form", { name: "Viết bài mới" });
  await form.getByLabel("Tiêu đề").fill(TITLE);
  await form.getByLabel("Sapo (tóm tắt)").fill("Sáng 1/12, xã Tân Lễ khánh thành cầu dân sinh nối hai thôn bên sông Trà Lý.");
  const body = form.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await page.keyboard.type("Cây cầu dài 120 m, rộng 3,5 m, do nhân dân và doanh nghiệp đóng góp xây dựng.");
  await form.getByLabel("Chuyên mục").selectOption({ label: "Nông thôn mới" });

  // The cover: the library's thumbnails, keyboard first.
  const opener = form.getByRole("button", { name: "Chọn ảnh đại diện" });
  await opener.click();
  const coverDialog = page.getByRole("dialog", { name: "Chọn ảnh đại diện" });
  await expect(coverDialog).toBeVisible();
  await expect(coverDialog.getByLabel("Tìm ảnh")).toBeFocused();
  const grid = coverDialog.getByRole("listbox", { name: "Ảnh trong thư viện" });
  await expect(grid.getByRole("option").first()).toBeVisible();
  await expect(coverDialog.getByText(/\d+ ảnh\./)).toBeVisible();
  await expectDialogAccessible(page);
  // Esc closes it and focus goes back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(coverDialog).toBeHidden();
  await expect(opener).toBeFocused();

  await opener.click();
  await expect(coverDialog.getByLabel("Tìm ảnh")).toBeFocused();
  await grid.getByRole("option").first().focus();
  await page.keyboard.press("ArrowRight");
  const second = grid.getByRole("option").nth(1);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowLeft");
  await expect(grid.getByRole("option").first()).toBeFocused();
  // Tab never leaves the dialog: from its first control, Shift+Tab goes to its last.
  await coverDialog.getByRole("button", { name: /^Đóng/ }).focus();
  await page.keyboard.press("Shift+Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog[open]")))).toBe(true);
  await page.keyboard.press("Tab");
  await expect(coverDialog.getByRole("button", { name: /^Đóng/ })).toBeFocused();
  // Search narrows the grid; paging is there when the library is large.
  await coverDialog.getByLabel("Tìm ảnh").fill("zzzz-khong-co");
  await expect(coverDialog.getByText("Không tìm thấy ảnh phù hợp.")).toBeVisible();
  await coverDialog.getByLabel("Tìm ảnh").fill("");
  const pager = coverDialog.getByRole("navigation", { name: "Trang ảnh" });
  await expect(pager.getByText(/^Trang 1 \/ \d+$/)).toBeVisible();
  const firstOnPage1 = await grid.getByRole("option").first().getAttribute("aria-label");
  await pager.getByRole("button", { name: "Trang sau ›" }).click();
  await expect(pager.getByText(/^Trang 2 \/ \d+$/)).toBeVisible();
  await expect(grid.getByRole("option").first()).not.toHaveAttribute("aria-label", firstOnPage1!);
  await pager.getByRole("button", { name: "‹ Trang trước" }).click();
  await expect(pager.getByText(/^Trang 1 \/ \d+$/)).toBeVisible();
  await grid.getByRole("option").first().click();
  const chosenAlt = await coverDialog.getByLabel("Mô tả ảnh (alt)").inputValue();
  expect(chosenAlt.length).toBeGreaterThan(3);
  await coverDialog.getByLabel("Chú thích ảnh").fill("Toàn cảnh cầu Tân Lễ");
  await shoot(page, "media-dialog-1280");
  await coverDialog.getByRole("button", { name: "Dùng làm ảnh đại diện" }).click();
  await expect(coverDialog).toBeHidden();
  await expect(form.getByTestId("cover-preview")).toHaveAttribute("alt", `Ảnh đại diện: ${chosenAlt}`);
  await expect(form.getByLabel("Chú thích ảnh đại diện")).toHaveValue("Toàn cảnh cầu Tân Lễ");

  // A body photo, uploaded from inside the dialog, with alt text (required) and a caption.
  await body.click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await form.getByRole("button", { name: "Chèn ảnh" }).click();
  const bodyDialog = page.getByRole("dialog", { name: "Chèn ảnh vào nội dung" });
  await bodyDialog.getByLabel("Tải ảnh lên").setInputFiles({ name: "cau-tan-le.jpg", mimeType: "image/jpeg", buffer: await photo(60) });
  const progress = bodyDialog.getByRole("list", { name: "Tiến trình tải lên" }).getByRole("listitem", { name: "cau-tan-le.jpg" });
  await expect(progress.getByRole("status")).toContainText("Đã tải lên", { timeout: 30_000 });
  await expect(progress.getByRole("progressbar")).toHaveAttribute("value", "100");
  // The upload is selected and waits for its alt text.
  const alt = bodyDialog.getByLabel("Mô tả ảnh (alt)");
  await expect(alt).toBeFocused();
  await expect(alt).toHaveValue("");
  await expect(bodyDialog.getByRole("option", { selected: true })).toHaveAccessibleName("cau-tan-le.jpg (chưa có mô tả)");
  await bodyDialog.getByRole("button", { name: "Chèn vào bài" }).click();
  await expect(bodyDialog.getByRole("alert")).toHaveText(/Hãy nhập mô tả ảnh \(alt\)/);
  await expect(alt).toHaveAttribute("aria-invalid", "true");
  await expectDialogAccessible(page);
  await alt.fill(ALT);
  await bodyDialog.getByLabel("Chú thích ảnh (hiện dưới ảnh)").fill(CAPTION);
  await bodyDialog.getByRole("button", { name: "Chèn vào bài" }).click();
  await expect(bodyDialog).toBeHidden();
  const figure = body.locator("figure");
  await expect(figure.locator("img")).toHaveAttribute("alt", ALT);
  await expect(figure.locator("figcaption")).toHaveText(CAPTION);
  await shoot(page, "editor-1280");

  // Phone width: the same screen, one column.
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, "editor-390");
  await form.getByRole("button", { name: "Chèn ảnh" }).click();
  // The library now knows the alt text typed in the dialog.
  await expect(bodyDialog.getByRole("listbox").getByRole("option").first()).toHaveAccessibleName(ALT);
  await bodyDialog.getByRole("listbox").getByRole("option").first().click();
  await shoot(page, "media-dialog-390");
  await page.keyboard.press("Escape");
  await page.setViewportSize({ width: 1280, height: 900 });

  await form.getByRole("button", { name: "Xuất bản ngay" }).click();
  await expect(page).toHaveURL(/\/admin\/bai-viet\/\d+\?tb=da-dang$/);
  editUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản" })).toBeVisible();
  await expect(page.getByTestId("article-status")).toHaveText("Đã đăng");
  articlePath = (await page.getByRole("link", { name: "Xem trên cổng thông tin ↗" }).getAttribute("href"))!;
  // The alt text went to the library with the image.
  expect(await savedBody(page)).toContain(`alt="${ALT}"`);
});

test("readers see the figure with its caption, share links without scripts, and left-aligned text on a phone", async ({ browser, request }) => {
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(articlePath);
  const article = reader.getByRole("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const figure = article.locator("figure").filter({ has: reader.getByRole("img", { name: ALT }) });
  await expect(figure.locator("figcaption")).toHaveText(CAPTION);
  await expect(figure.locator("img")).toHaveAttribute("srcset", /\/media\/.+ \d+w/);
  await expect(article.locator("figure").first().locator("figcaption")).toHaveText("Toàn cảnh cầu Tân Lễ");

  const share = article.getByRole("group", { name: "Chia sẻ bài viết" });
  const url = encodeURIComponent(new URL(articlePath, reader.url()).href);
  await expect(share.getByRole("link", { name: /Zalo/ })).toHaveAttribute("href", new RegExp(`zalo\\.me/.+url=${url.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&")}`));
  await expect(share.getByRole("link", { name: /Facebook/ })).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${url}`);
  await expect(share.getByRole("link", { name: "Sao chép liên kết" })).toHaveAttribute("href", new URL(articlePath, reader.url()).href);
  const scripts = await reader.locator("script[src]").evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).src));
  expect(scripts.filter((src) => !src.startsWith(new URL(reader.url()).origin))).toEqual([]);

  const paragraph = article.locator(".prose-article > div p").first();
  await expect(paragraph).toHaveCSS("text-align", "justify");
  await reader.setViewportSize({ width: 390, height: 844 });
  await expect(paragraph).toHaveCSS("text-align", "left");
  await shoot(reader, "article-390");
  await reader.setViewportSize({ width: 1280, height: 900 });
  await shoot(reader, "article-1280");

  const html = await (await request.get(articlePath)).text();
  expect(await validateHtml([{ name: "bai-viet-co-anh", html }])).toEqual([]);
  await reader.context().close();
});

test("the preview shows a phone-width view beside the desktop one", async () => {
  const page = editor;
  await page.goto(editUrl.replace("/admin/bai-viet/", "/admin/xem-truoc/"));
  const desktop = page.getByRole("region", { name: "Xem trước trên máy tính" });
  const phone = page.getByTestId("phone-preview");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(desktop.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(phone).toContainText(TITLE);
  const width = await phone.locator("article").evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBe(390);
  await expect(phone.locator(".prose-article > div p").first()).toHaveCSS("text-align", "left");
  await expect(phone.locator("figcaption").last()).toHaveText(CAPTION);
  await shoot(page, "preview-1280");
});

test("pasting from Word keeps headings, lists, emphasis, links and tables, and drops fonts, colours and spans", async () => {
  const page = editor;
  const word = await readFile(path.join(import.meta.dirname, "support/paste-word.html"), "utf8");
  await page.goto("/admin/bai-viet/moi");
  const form = page.getByRole("form", { name: "Viết bài mới" });
  await form.getByLabel("Tiêu đề").fill("Kế hoạch cải cách hành chính dán từ Word");
  await form.getByLabel("Chuyên mục").selectOption({ label: "Cải cách hành chính" });
  await paste(page, form.getByRole("textbox", { name: "Nội dung" }), word);
  // Ctrl+S saves (here: creates the draft).
  await page.keyboard.press("Control+s");
  await expect(page).toHaveURL(/\/admin\/bai-viet\/\d+\?tb=da-tao$/);
  const html = await savedBody(page);
  expect(html).toContain("<h2>Kế hoạch cải cách hành chính năm 2027</h2>");
  expect(html).toContain("<h3>1. Mục tiêu</h3>");
  expect(html).toContain("<strong>trọng tâm</strong> và <em>cụ thể</em>");
  expect(html).toMatch(/<ul><li><p>Giải quyết hồ sơ đúng hạn<\/p><ul><li><p>Tối thiểu 98% hồ sơ<\/p><\/li><\/ul><\/li><li><p>Công khai trên <a [^>]*href="https:\/\/dichvucong\.gov\.vn\/"[^>]*>Cổng Dịch vụ công quốc gia<\/a><\/p><\/li><\/ul>/);
  expect(html).toContain("<ol><li><p>Rà soát thủ tục</p></li><li><p>Báo cáo kết quả</p></li></ol>");
  expect(html).toMatch(/<table>.*<strong>Chỉ tiêu<\/strong>.*Hồ sơ trực tuyến.*80%.*<\/table>/s);
  expect(html).toContain("<p>Nơi nhận: các phòng, ban chuyên môn.</p>");
  expect(html).not.toMatch(/style=|class=|<span|<font|o:p|mso-|Symbol|Times New Roman|color|·/);
});

test("pasting from Google Docs drops its bold wrapper and styles but keeps what they meant", async () => {
  const page = editor;
  const docs = await readFile(path.join(import.meta.dirname, "support/paste-google-docs.html"), "utf8");
  await page.goto("/admin/bai-viet/moi");
  const form = page.getByRole("form", { name: "Viết bài mới" });
  await form.getByLabel("Tiêu đề").fill("Thông báo tuyển dụng dán từ Google Docs");
  await form.getByLabel("Chuyên mục").selectOption({ label: "Thông báo" });
  await paste(page, form.getByRole("textbox", { name: "Nội dung" }), docs);
  await form.getByRole("button", { name: "Tạo bản nháp" }).click();
  await expect(page).toHaveURL(/\/admin\/bai-viet\/\d+\?tb=da-tao$/);
  docsDraftUrl = page.url().replace(/\?.*$/, "");
  const html = await savedBody(page);
  expect(html).toContain("<h2>Thông báo tuyển dụng viên chức</h2>");
  expect(html).toContain("<h3>Hồ sơ gồm</h3>");
  expect(html).toContain("<strong>tuyển dụng 05 viên chức</strong><em> năm 2027</em>");
  expect(html).toMatch(/<a [^>]*href="https:\/\/hungha\.thaibinh\.gov\.vn\/tuyen-dung"[^>]*>trang tuyển dụng<\/a>/);
  expect(html).toContain("<ul><li><p>Đơn đăng ký dự tuyển</p></li><li><p>Bản sao văn bằng</p><ul><li><p>có chứng thực</p></li></ul></li></ul>");
  expect(html).toContain("<ol><li><p>Nộp hồ sơ trước ngày 15/01/2027</p></li></ol>");
  expect(html).toMatch(/<table>.*<strong>Vị trí<\/strong>.*Kế toán.*02.*<\/table>/s);
  expect(html).not.toMatch(/style=|class=|<span|<b[ >]|docs-internal|google\.com\/url|<u>|dir=|role=|aria-level|<br/);
});

test("Ctrl+S saves an open draft and autosave says when it saved; leaving unsaved work still asks", async () => {
  const page = await (await editor.context().browser()!.newContext()).newPage();
  await signIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/admin$/);
  // The browser's clock, so the 30-second autosave can be reached without waiting for it.
  await page.clock.install();
  await page.goto(docsDraftUrl);
  const form = page.getByRole("form", { name: "Sửa bài viết" });
  await form.getByLabel("Tiêu đề").fill("Thông báo tuyển dụng viên chức năm 2027");
  await expect(form.getByTestId("saved-at")).toHaveText("Có thay đổi chưa lưu");
  await page.keyboard.press("Control+s");
  await expect(form.getByRole("status")).toHaveText("Đã lưu.");
  await expect(form.getByTestId("saved-at")).toHaveText(/^Đã lưu lúc \d{2}:\d{2}$/);

  await form.getByRole("textbox", { name: "Nội dung" }).click();
  await page.keyboard.type(" Thêm một câu.");
  await expect(form.getByTestId("saved-at")).toHaveText("Có thay đổi chưa lưu");
  await page.clock.runFor(31_000);
  await expect(form.getByTestId("saved-at")).toHaveText(/^Đã lưu lúc \d{2}:\d{2}$/);

  await form.getByLabel("Tiêu đề").fill("Chưa lưu");
  let asked = false;
  page.on("dialog", (dialog) => {
    asked = dialog.type() === "beforeunload";
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
});

test("an impossible date is refused in Vietnamese; dates read dd/mm/yyyy and 24-hour time in an English browser", async ({ browser }) => {
  const page = editor;
  await page.goto("/admin/bai-viet/moi");
  const form = page.getByRole("form", { name: "Viết bài mới" });
  await form.getByLabel("Tiêu đề").fill("Lịch tiếp công dân tháng 3 năm 2026");
  await form.getByLabel("Chuyên mục").selectOption({ label: "Thông báo" });
  const when = form.getByRole("group", { name: "Hẹn giờ đăng" });
  await when.getByLabel("Ngày (dd/mm/yyyy)").fill("31/02/2026");
  await when.getByLabel("Giờ (HH:mm)").fill("08:00");
  await form.getByRole("button", { name: "Hẹn giờ đăng" }).click();
  await expect(when.getByText("Ngày 31/02/2026 không có thật: tháng 2/2026 chỉ có 28 ngày.")).toBeVisible();
  await expect(form.getByRole("status").first()).toContainText("Vui lòng kiểm tra lại");
  await expect(page).toHaveURL(/\/admin\/bai-viet\/moi$/);

  // An English-language browser in another time zone: still dd/mm/yyyy, 24 hours, Việt Nam time.
  const english = await signedIn(browser, EDITOR, { locale: "en-US", timezoneId: "America/New_York" });
  await english.goto("/admin/bai-viet/moi");
  const englishForm = english.getByRole("form", { name: "Viết bài mới" });
  await englishForm.getByLabel("Tiêu đề").fill("Lịch tiếp công dân tháng 3 năm 2027");
  await englishForm.getByLabel("Chuyên mục").selectOption({ label: "Thông báo" });
  const group = englishForm.getByRole("group", { name: "Hẹn giờ đăng" });
  await expect(group.getByLabel("Ngày (dd/mm/yyyy)")).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await group.getByLabel("Ngày (dd/mm/yyyy)").fill("5/3/2027");
  await group.getByLabel("Giờ (HH:mm)").fill("1430");
  await group.getByLabel("Giờ (HH:mm)").blur();
  await expect(group.getByLabel("Ngày (dd/mm/yyyy)")).toHaveValue("05/03/2027");
  await expect(group.getByLabel("Giờ (HH:mm)")).toHaveValue("14:30");
  await englishForm.getByRole("button", { name: "Hẹn giờ đăng" }).click();
  await expect(english.getByTestId("article-status")).toHaveText("Hẹn giờ đăng");
  await expect(english.getByText("Thời điểm đăng: 05/03/2027 | 14:30")).toBeVisible();
  await english.context().close();
});

test("an editor publishes three drafts at once from the list; every pager shows its current page", async () => {
  const page = editor;
  const titles = ["Bản tin nông nghiệp tuần 1 hàng loạt", "Bản tin nông nghiệp tuần 2 hàng loạt", "Bản tin nông nghiệp tuần 3 hàng loạt"];
  for (const title of titles) {
    await page.goto("/admin/bai-viet/moi");
    const form = page.getByRole("form", { name: "Viết bài mới" });
    await form.getByLabel("Tiêu đề").fill(title);
    await form.getByLabel("Chuyên mục").selectOption({ label: "Nông thôn mới" });
    await form.getByRole("button", { name: "Tạo bản nháp" }).click();
    await expect(page).toHaveURL(/\?tb=da-tao$/);
  }
  await page.goto("/admin/bai-viet?trang-thai=draft&q=h%C3%A0ng+lo%E1%BA%A1t");
  for (const title of titles) await page.getByRole("checkbox", { name: `Chọn bài: ${title}` }).check();
  const bulk = page.getByRole("form", { name: "Thao tác hàng loạt" });
  await bulk.getByLabel("Với các bài đã chọn").selectOption({ label: "Xuất bản" });
  await bulk.getByRole("button", { name: "Áp dụng" }).click();
  await expect(bulk.getByRole("status")).toHaveText("Đã xuất bản 3 bài.");
  await page.goto("/admin/bai-viet?q=h%C3%A0ng+lo%E1%BA%A1t");
  const rows = page.getByRole("row").filter({ hasText: "hàng loạt" });
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) await expect(row.getByRole("cell").nth(2)).toHaveText("Đã đăng");
  const reader = await (await editor.context().browser()!.newContext()).newPage();
  await reader.goto("/chuyen-muc/nong-thon-moi");
  for (const title of titles) await expect(reader.getByRole("main")).toContainText(title);
  await reader.context().close();

  // Moving to another category works the same way.
  const selectAll = page.getByRole("checkbox", { name: "Chọn tất cả bài trên trang này" });
  await selectAll.check();
  await bulk.getByLabel("Với các bài đã chọn").selectOption({ label: "Chuyển chuyên mục" });
  await bulk.getByLabel("Chuyển đến").selectOption({ label: "Kinh tế" });
  await bulk.getByRole("button", { name: "Áp dụng" }).click();
  await expect(bulk.getByRole("status")).toHaveText("Đã chuyển chuyên mục 3 bài.");
  await expect(page.getByRole("row").filter({ hasText: "hàng loạt" }).first().getByRole("cell").nth(3)).toHaveText("Kinh tế");
  // And archiving: the three leave the public pages again (other specs read Kinh tế's first article).
  await page.reload();
  await selectAll.check();
  for (const box of await page.getByRole("checkbox", { name: /^Chọn bài: / }).all()) await expect(box).toBeChecked();
  await bulk.getByLabel("Với các bài đã chọn").selectOption({ label: "Gỡ bài" });
  await bulk.getByRole("button", { name: "Áp dụng" }).click();
  await expect(bulk.getByRole("status")).toHaveText("Đã gỡ 3 bài.");
  await expect(page.getByRole("row").filter({ hasText: "hàng loạt" }).first().getByRole("cell").nth(2)).toHaveText("Đã gỡ");

  for (const list of ["/admin/bai-viet", "/admin/bai-viet?trang=2"]) {
    await page.goto(list);
    const current = page.getByRole("navigation", { name: "Phân trang" }).locator("[aria-current=page]");
    await expect(current).toHaveText(list.endsWith("2") ? "Trang 2" : "Trang 1");
    // White on the brand red: the number is seen, not a blank box.
    await expect(current).toHaveCSS("color", "rgb(255, 255, 255)");
    await expect(current).toHaveCSS("background-color", "rgb(179, 38, 30)");
  }
});
