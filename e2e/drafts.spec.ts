import type { Browser, Page } from "@playwright/test";
import { ADMIN, expect, ReaderSite, signedInPage, test } from "./fixtures";

// Lấy ý kiến dự thảo as an editor and citizens meet it: the editor puts a draft out for
// comment opening within the next minute or two and closing a minute later; the reader's
// (cached) page says "Chưa mở", opens by itself at its time (the server's scheduler runs
// every 3 s here), takes a comment without JavaScript and one with it (the second from
// the same network solves the proof-of-work), which staff moderate and which then shows;
// it closes by itself and refuses a comment sent from a page loaded while it was open;
// the editor publishes the report, which shows on the same page with the comments kept.
test.describe.configure({ mode: "serial", timeout: 300_000 });

const stamp = Date.now().toString(36);
const TITLE = `Dự thảo Quy định về giờ mở cửa chợ đêm trên địa bàn ${stamp}`;
const SCREENSHOTS = "test-results/drafts";
const MINUTE = 60_000;

let draftPath = "";
let adminPath = "";
let opensAt: Date;
let closesAt: Date;
/** A page loaded while the draft was open, with its form, kept for after the closing. */
let stale: Page | undefined;

const vn = (d: Date) => ({
  date: d.toLocaleDateString("en-GB", { timeZone: "Asia/Ho_Chi_Minh" }),
  time: d.toLocaleTimeString("en-GB", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
});

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function editor(browser: Browser) {
  return signedInPage(browser, ADMIN);
}

/** Reloads the reader's page until the draft's state reads `label` (the scheduler expires the cached page). */
async function waitForState(page: Page, label: string, until: Date) {
  const timeout = Math.max(0, until.getTime() - Date.now()) + 30_000;
  await expect(async () => {
    await page.goto(draftPath);
    await expect(page.getByTestId("draft-state")).toHaveText(label, { timeout: 1000 });
  }).toPass({ timeout, intervals: [2000] });
}

test("the list and a demo draft: open first, dates in dd/mm/yyyy HH:mm, accessible", async ({ page, site }) => {
  await page.goto("/du-thao");
  await expect(page.getByRole("heading", { level: 1, name: "Lấy ý kiến dự thảo" })).toBeVisible();
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.slice(0, 3).map((h) => h.replace(/\s*\(\d+\)$/, ""))).toEqual(["Đang lấy ý kiến", "Sắp lấy ý kiến", "Đã kết thúc lấy ý kiến"]);
  await expect(page.locator("main").getByText(/Từ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/).first()).toBeVisible();
  await site.expectNoAccessibilityViolations();
  await shoot(page, "du-thao");

  // The closed demo draft: its approved comments and the published report.
  await page.getByRole("region", { name: /Đã kết thúc lấy ý kiến/ }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/du-thao\/[a-z0-9-]+$/);
  await expect(page.getByTestId("draft-state")).toHaveText("Đã kết thúc");
  await expect(page.getByRole("heading", { name: "Báo cáo tiếp thu, giải trình ý kiến góp ý" })).toBeVisible();
  await expect(page.getByTestId("draft-comment")).toHaveCount(3);
  await expect(page.getByText(/Cổng không nhận thêm góp ý/)).toBeVisible();
  await expect(page.getByTestId("last-updated")).toContainText(/Cập nhật lần cuối \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await site.expectNoAccessibilityViolations();
  await shoot(page, "du-thao-da-ket-thuc");

  await page.goto("/du-thao");
  await page.getByRole("region", { name: /^Đang lấy ý kiến/ }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/du-thao\/[a-z0-9-]+$/);
  await expect(page.getByTestId("draft-state")).toHaveText("Đang lấy ý kiến");
  await expect(page.getByRole("link", { name: /\.pdf$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Gửi góp ý" })).toBeVisible();
  await site.expectNoAccessibilityViolations();
  await shoot(page, "du-thao-dang-lay-y-kien");

  const rss = await (await page.request.get("/du-thao/rss.xml")).text();
  expect(rss).toContain("<title>Lấy ý kiến dự thảo |");
  expect(rss).toContain(new URL(page.url()).pathname);
  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`${new URL(page.url()).pathname}</loc>`);
  expect(sitemap).toContain("/du-thao</loc>");
});

test("an editor puts a draft out for comment, opening shortly and closing a minute later", async ({ browser }) => {
  const admin = await editor(browser);
  await admin.goto("/admin/du-thao");
  await admin.getByRole("link", { name: "Thêm dự thảo" }).click();
  const form = admin.getByRole("form", { name: "Thêm dự thảo" });
  // Minutes are the form's resolution: the next whole minute at least 45 s away (time
  // enough to see the page before it opens).
  opensAt = new Date(Math.ceil((Date.now() + 45_000) / MINUTE) * MINUTE);
  closesAt = new Date(opensAt.getTime() + MINUTE);
  // A closing before the opening is refused with a clear message.
  await form.getByLabel("Tên dự thảo").fill(TITLE);
  await form.getByLabel("Cơ quan chủ trì soạn thảo").fill("Phòng Kinh tế, Hạ tầng và Đô thị");
  await form.getByLabel("Lĩnh vực").selectOption("Kinh doanh, thuế");
  await form.getByLabel("Tóm tắt nội dung").fill("Dự thảo quy định giờ mở cửa, vệ sinh và an ninh trật tự của chợ đêm; trách nhiệm của ban quản lý chợ và hộ kinh doanh.");
  await form.getByLabel("Người liên hệ").fill("Ông Đỗ Văn Tài, chuyên viên, 0900 000 480");
  const opens = form.getByRole("group", { name: "Bắt đầu lấy ý kiến" });
  const closes = form.getByRole("group", { name: "Kết thúc lấy ý kiến" });
  await opens.getByLabel("Ngày (dd/mm/yyyy)").fill(vn(opensAt).date);
  await opens.getByLabel("Giờ (HH:mm)").fill(vn(opensAt).time);
  await closes.getByLabel("Ngày (dd/mm/yyyy)").fill(vn(opensAt).date);
  await closes.getByLabel("Giờ (HH:mm)").fill(vn(new Date(opensAt.getTime() - MINUTE)).time);
  await form.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(form.getByText("Thời điểm kết thúc phải sau thời điểm bắt đầu lấy ý kiến.")).toBeVisible();
  await closes.getByLabel("Ngày (dd/mm/yyyy)").fill(vn(closesAt).date);
  await closes.getByLabel("Giờ (HH:mm)").fill(vn(closesAt).time);
  await expect(form.getByLabel(/Kiểm duyệt góp ý trước khi hiển thị/)).toBeChecked();
  await shoot(admin, "admin-du-thao-moi");
  await form.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(admin).toHaveURL(/\/admin\/du-thao\/\d+\?tb=da-tao$/);
  adminPath = new URL(admin.url()).pathname;
  await expect(admin.getByTestId("admin-draft-state")).toHaveText("Chưa mở");

  // The full text as a PDF (checked by its bytes), through the plain upload form.
  await admin.getByLabel("Chọn tệp dự thảo").setInputFiles({ name: "du-thao-quy-dinh-cho-dem.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await admin.getByRole("form", { name: "Đính kèm tệp dự thảo" }).getByRole("button", { name: "Tải tệp lên" }).click();
  await expect(admin.getByText("Đã đính kèm tệp dự thảo.")).toBeVisible();
  await expect(admin.getByRole("link", { name: "du-thao-quy-dinh-cho-dem.pdf" })).toBeVisible();
  draftPath = new URL((await admin.getByRole("link", { name: "Xem trên cổng" }).getAttribute("href"))!, admin.url()).pathname;
  await admin.context().close();
});

test("the reader's page says Chưa mở, then opens at its time and takes a comment without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(draftPath);
  await expect(page.getByTestId("draft-state")).toHaveText("Chưa mở");
  await expect(page.getByRole("button", { name: "Gửi góp ý" })).toHaveCount(0);
  await expect(page.getByText(/Dự thảo chưa mở lấy ý kiến/)).toBeVisible();
  await expect(page.getByRole("link", { name: "du-thao-quy-dinh-cho-dem.pdf" })).toBeVisible();

  await waitForState(page, "Đang lấy ý kiến", opensAt);
  expect(Date.now()).toBeGreaterThanOrEqual(opensAt.getTime());
  const consent = page.getByLabel(/Tôi đồng ý để/);
  await expect(consent).not.toBeChecked();
  await expect(consent).toHaveAccessibleName(/chỉ để liên hệ làm rõ góp ý này.*lưu giữ.*ngày sau khi kết thúc lấy ý kiến.*rút lại sự đồng ý/s);

  // A contact without consent, 100 kB of text, script: refused, nothing stored or live.
  await page.getByLabel("Họ tên hoặc bút danh (bắt buộc)").fill(`Nguyễn Thị Lan <script>alert(1)</script>`);
  await page.getByLabel("Thư điện tử (không bắt buộc)").fill(`lan-${stamp}@example.vn`);
  await page.getByLabel("Điều, khoản góp ý (không bắt buộc)").fill("Điều 3");
  await page.locator("#gy-body").evaluate((el, text) => {
    el.removeAttribute("maxlength");
    (el as HTMLTextAreaElement).value = text;
  }, `<img src=x onerror=alert(1)>${"x".repeat(100_000)}`);
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page.getByText("Vui lòng đánh dấu ô đồng ý xử lý dữ liệu cá nhân để gửi góp ý.")).toBeVisible();
  await expect(page.getByText("Nội dung góp ý tối đa 5.000 ký tự.")).toBeVisible();
  expect(await page.content()).not.toContain('<img src="x"');

  await page.getByLabel("Họ tên hoặc bút danh (bắt buộc)").fill("Nguyễn Thị Lan");
  await page.getByLabel("Nội dung góp ý (bắt buộc)").fill(`Đề nghị cho chợ đêm mở đến 23 giờ vào cuối tuần. Tham khảo mô hình tại https://example.vn/cho-dem-${stamp} của tỉnh bạn.`);
  await page.getByLabel(/Tôi đồng ý để/).check();
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page.getByRole("status")).toContainText("Đã gửi góp ý");
  await expect(page.getByRole("status")).toContainText("sau khi cán bộ kiểm duyệt");
  await page.goto(draftPath);
  await expect(page.getByTestId("draft-comment")).toHaveCount(0);
  await context.close();
});

test("with JavaScript, from the same network, the proof-of-work is solved before a second comment", async ({ browser, site }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(draftPath);
  await page.getByLabel("Họ tên hoặc bút danh (bắt buộc)").fill("Bút danh Chợ Quê");
  await page.getByLabel("Nội dung góp ý (bắt buộc)").fill("Cần bố trí thêm thùng rác và nhà vệ sinh công cộng quanh khu chợ đêm.");
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page.getByText(/Địa chỉ mạng của bạn vừa gửi góp ý trong giờ qua/)).toBeVisible();
  await expect(page.getByTestId("challenge")).toHaveText("Đã xác minh. Bạn có thể gửi góp ý.", { timeout: 30_000 });
  await expect(page.getByLabel("Nội dung góp ý (bắt buộc)")).toHaveValue("Cần bố trí thêm thùng rác và nhà vệ sinh công cộng quanh khu chợ đêm.");
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã gửi góp ý" })).toBeVisible();
  await page.context().close();

  // Kept open with its form: after the closing it will try to send one more.
  stale = await (await browser.newContext()).newPage();
  await stale.goto(draftPath);
  await expect(stale.getByRole("button", { name: "Gửi góp ý" })).toBeVisible();
  await site.page.goto(draftPath);
  await site.expectNoAccessibilityViolations();
});

test("staff approve one comment and refuse the other; the approved one shows, its link now clickable", async ({ browser }) => {
  const admin = await editor(browser);
  // Both wait in the site's queue…
  await admin.goto("/admin/du-thao/y-kien");
  for (const name of ["Nguyễn Thị Lan", "Bút danh Chợ Quê"]) await expect(admin.getByTestId("queue-comment").filter({ hasText: name })).toContainText("Chờ duyệt");
  await admin.getByTestId("queue-comment").filter({ hasText: "Nguyễn Thị Lan" }).getByRole("link", { name: TITLE }).click();
  // …and on the draft's own page, which keeps them listed once decided.
  await expect(admin).toHaveURL(new RegExp(`${adminPath}$`));
  const lan = admin.getByTestId("queue-comment").filter({ hasText: "Nguyễn Thị Lan" });
  const other = admin.getByTestId("queue-comment").filter({ hasText: "Bút danh Chợ Quê" });
  // Links are text for staff.
  await expect(lan.getByRole("link", { name: /example\.vn\/cho-dem/ })).toHaveCount(0);
  await lan.getByRole("button", { name: "Xem thông tin liên hệ (ghi nhật ký)" }).click();
  await expect(lan.getByText(`lan-${stamp}@example.vn`)).toBeVisible();
  await lan.getByRole("button", { name: /^Duyệt/ }).click();
  await expect(lan.getByText("Đã duyệt: góp ý hiển thị công khai.")).toBeVisible();
  await other.getByRole("button", { name: /^Từ chối/ }).click();
  await expect(other.getByText("Đã từ chối: góp ý không hiển thị.")).toBeVisible();
  await expect(lan).toContainText("Đã duyệt");
  await shoot(admin, "admin-du-thao-sua");
  await admin.context().close();

  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(draftPath);
  const shown = page.getByTestId("draft-comment");
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText("Nguyễn Thị Lan");
  await expect(shown).not.toContainText(`lan-${stamp}@example.vn`);
  await expect(shown.getByRole("link", { name: `https://example.vn/cho-dem-${stamp}` })).toHaveAttribute("rel", "nofollow ugc noopener noreferrer");
  await shoot(page, "du-thao-co-gop-y");
  await page.context().close();
});

test("it closes at its time: no form, and a page loaded while open gets a clear refusal", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await waitForState(page, "Đã kết thúc", closesAt);
  expect(Date.now()).toBeGreaterThanOrEqual(closesAt.getTime());
  await expect(page.getByRole("button", { name: "Gửi góp ý" })).toHaveCount(0);
  await expect(page.getByText(/Cổng không nhận thêm góp ý cho dự thảo này/)).toBeVisible();
  await expect(page.getByTestId("draft-comment")).toHaveCount(1);

  await stale!.getByLabel("Họ tên hoặc bút danh (bắt buộc)").fill("Người đến muộn");
  await stale!.getByLabel("Nội dung góp ý (bắt buộc)").fill("Góp ý gửi sau khi đã kết thúc lấy ý kiến.");
  await stale!.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(stale!.getByText("Dự thảo đã hết thời gian lấy ý kiến, không nhận thêm góp ý.")).toBeVisible();
  await stale!.context().close();
  await page.goto(draftPath);
  await expect(page.getByTestId("draft-comment")).toHaveCount(1);
  await page.context().close();
});

test("the editor publishes the report; it shows on the same page, the comments kept", async ({ browser }) => {
  const admin = await editor(browser);
  await admin.goto(adminPath);
  await expect(admin.getByTestId("admin-draft-state")).toHaveText("Đã kết thúc");
  const report = admin.getByRole("form", { name: "Báo cáo tiếp thu, giải trình" });
  const editorBox = report.getByRole("textbox", { name: "Nội dung báo cáo" });
  await editorBox.click();
  await editorBox.pressSequentially("Tiếp thu ý kiến về giờ mở cửa cuối tuần: sửa Điều 3, chợ mở đến 23 giờ thứ Bảy và Chủ nhật.");
  await report.getByRole("button", { name: "Công bố báo cáo" }).click();
  await expect(report.getByText("Đã công bố báo cáo tiếp thu, giải trình trên trang của dự thảo.")).toBeVisible();
  await admin.context().close();

  // With JavaScript: axe runs in the page.
  const page = await (await browser.newContext()).newPage();
  const reader = new ReaderSite(page);
  await page.goto(draftPath);
  const section = page.getByRole("region", { name: "Báo cáo tiếp thu, giải trình ý kiến góp ý" });
  await expect(section).toContainText("chợ mở đến 23 giờ thứ Bảy và Chủ nhật");
  await expect(page.getByTestId("draft-comment")).toHaveCount(1);
  await expect(page.getByTestId("draft-state")).toHaveText("Đã kết thúc");
  await reader.expectNoAccessibilityViolations();
  await shoot(page, "du-thao-bao-cao");
  await page.goto("/du-thao");
  await expect(page.getByRole("region", { name: /Đã kết thúc lấy ý kiến/ }).getByRole("link", { name: TITLE })).toBeVisible();
  await page.context().close();
});
