import type { Page } from "@playwright/test";
import { ADMIN, createAccount, expect, ReaderSite, signedInPage, test } from "./fixtures";

// Runs after interactions.spec.ts, which counts votes in the seeded reference poll: this
// file only votes in its own poll, and puts the reference poll back on the homepage and
// the settings back as they were before reader.spec.ts reads them.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const stamp = Date.now().toString(36);
const QUESTION = `Năm nay huyện nên ưu tiên việc gì nhất? (${stamp})`;
const OPTIONS = ["Đường giao thông nông thôn", "Trường học", "Trạm y tế xã"];
const NEW_PHONE = "0227 3999 888";
let pollPath = "";

function homepagePoll(page: Page) {
  return page.getByRole("region", { name: "Bình chọn" });
}

test("an admin creates a three-option poll for the homepage; it shows there on the next request", async ({ browser }) => {
  const admin = await signedInPage(browser, ADMIN);
  await admin.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Bình chọn" }).click();
  await admin.getByRole("link", { name: /Tạo cuộc bình chọn/ }).click();
  const form = admin.getByRole("form", { name: "Nội dung cuộc bình chọn" });

  // One option is not enough: a message on the empty row, what was typed stays.
  await form.getByLabel("Câu hỏi").fill(QUESTION);
  await form.getByLabel("Phương án 1", { exact: true }).fill(OPTIONS[0]!);
  await form.getByRole("button", { name: "Tạo cuộc bình chọn" }).click();
  await expect(form.getByText("Vui lòng nhập phương án.")).toBeVisible();
  await expect(form.getByLabel("Phương án 2", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Câu hỏi")).toHaveValue(QUESTION);

  await form.getByLabel("Phương án 2", { exact: true }).fill(OPTIONS[1]!);
  await form.getByRole("button", { name: "+ Thêm phương án" }).click();
  // Markup pasted into an option is stored as plain text and never runs.
  await form.getByLabel("Phương án 3", { exact: true }).fill(`<img src=x onerror="window.__xss=1">${OPTIONS[2]}`);
  await form.getByLabel("Hiện trên trang chủ").check();
  await form.getByRole("button", { name: "Tạo cuộc bình chọn" }).click();
  await expect(admin).toHaveURL(/\/admin\/binh-chon\/\d+\?tb=da-tao$/);
  await expect(admin.getByRole("status").filter({ hasText: "Đã tạo cuộc bình chọn." })).toBeVisible();
  await expect(admin.getByText("Đang hiện trên trang chủ")).toBeVisible();
  pollPath = new URL(admin.url()).pathname;

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  const poll = homepagePoll(reader);
  await expect(poll.getByRole("group", { name: QUESTION })).toBeVisible();
  for (const option of OPTIONS) await expect(poll.getByRole("radio", { name: option, exact: true })).toBeVisible();
  await expect(poll.getByRole("radio")).toHaveCount(3);
  expect(await reader.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // A reader votes: the editor then sees the result and can no longer change the options.
  await poll.getByRole("radio", { name: OPTIONS[1] }).check();
  await poll.getByRole("button", { name: "Bình chọn" }).click();
  await expect(poll.getByRole("status")).toHaveText("Cảm ơn bạn đã tham gia bình chọn.");
  await reader.context().close();

  await admin.reload();
  await expect(admin.getByRole("region", { name: "Kết quả" })).toContainText("1 phiếu · 100%");
  await expect(form.getByText("Đã có người bình chọn nên không thể sửa các phương án")).toBeVisible();
  await expect(form.getByRole("textbox", { name: /Phương án/ })).toHaveCount(0);

  const csv = await admin.request.get(`${pollPath}/csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  const body = text.replace(/^\uFEFF/, "");
  const lines = body.trim().split("\r\n");
  expect(lines[0]).toBe(`"Ngày",${OPTIONS.map((o) => `"${o}"`).join(",")},"Tổng"`);
  expect(lines.at(-1)).toBe(`"Tổng cộng","0","1","0","1"`);
  await admin.context().close();
});

test("closing the poll now stops votes; unmarking it brings the reference poll back", async ({ browser, request }) => {
  const admin = await signedInPage(browser, ADMIN);
  await admin.goto(pollPath);
  await admin.getByRole("button", { name: "Đóng bình chọn ngay" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Đã đóng cuộc bình chọn" })).toBeVisible();
  await expect(admin.getByTestId("poll-state-note")).toContainText("không nhận thêm phiếu");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  const poll = homepagePoll(reader);
  await expect(poll.getByRole("group", { name: QUESTION })).toBeVisible();
  await expect(poll.getByText("Cuộc bình chọn hiện không nhận phiếu.")).toBeVisible();
  await expect(poll.getByRole("button", { name: "Bình chọn" })).toBeDisabled();

  // The CSV is for staff only: the proxy sends strangers to sign in, and a forged
  // session cookie that gets past it meets the handler's own check.
  expect((await request.get(`${pollPath}/csv`, { maxRedirects: 0 })).status()).toBe(307);
  const forged = await request.get(`${pollPath}/csv`, { maxRedirects: 0, headers: { Cookie: "authjs.session-token=forged" } });
  expect(forged.status()).toBe(401);
  expect(await forged.text()).not.toContain(OPTIONS[0]);

  const form = admin.getByRole("form", { name: "Nội dung cuộc bình chọn" });
  await form.getByLabel("Hiện trên trang chủ").uncheck();
  await form.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã lưu cuộc bình chọn.");
  await reader.goto("/");
  await expect(homepagePoll(reader)).toContainText("Nội dung thông tin cung cấp trên cổng thông tin điện tử ?");

  await admin.goto("/admin/binh-chon");
  const row = admin.getByRole("row").filter({ hasText: QUESTION });
  await expect(row).toContainText("Đã đóng");
  await expect(row.getByRole("cell").last()).toHaveText("1");
  await Promise.all([admin.context().close(), reader.context().close()]);
});

test("the admin changes the agency phone; the footer shows it on the next request", async ({ browser }) => {
  const admin = await signedInPage(browser, ADMIN);
  await admin.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Cài đặt" }).click();
  const form = admin.getByRole("form", { name: "Cài đặt cổng thông tin" });
  const phone = form.getByLabel("Điện thoại");
  const original = await phone.inputValue();
  const originalEmail = await form.getByLabel("Thư điện tử").inputValue();
  const reader = await (await browser.newContext()).newPage();
  const footer = reader.getByRole("contentinfo");

  // Invalid values: messages on the fields, nothing saved.
  await phone.fill(NEW_PHONE);
  await form.getByLabel("Thư điện tử").fill("vanphong@");
  await form.getByLabel("Địa chỉ liên kết 1").fill("http://dichvucong.gov.vn");
  await form.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(form.getByText("Email không hợp lệ, ví dụ vanphong@hungha.gov.vn.")).toBeVisible();
  await expect(form.getByLabel("Địa chỉ liên kết 1")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Nhập địa chỉ đầy đủ bắt đầu bằng https://", { exact: false })).toBeVisible();
  await reader.goto("/");
  await expect(footer).toContainText(original);
  await expect(footer).not.toContainText(NEW_PHONE);

  await form.getByLabel("Thư điện tử").fill(originalEmail);
  await form.getByLabel("Địa chỉ liên kết 1").fill("https://dichvucong.gov.vn");
  await expect(phone).toHaveValue(NEW_PHONE);
  await form.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(form.getByRole("status")).toContainText("Đã lưu cài đặt.");
  await reader.goto("/");
  await expect(footer).toContainText(`Điện thoại: ${NEW_PHONE}`);

  // Put it back for the other journeys. The status still shows the first save's
  // message, so wait for this save's own answer.
  await phone.fill(original);
  await Promise.all([
    admin.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin/cai-dat"),
    form.getByRole("button", { name: "Lưu cài đặt" }).click(),
  ]);
  await expect(form.getByRole("status")).toContainText("Đã lưu cài đặt.");
  await reader.goto("/");
  await expect(footer).toContainText(`Điện thoại: ${original}`);

  await admin.goto("/admin/nhat-ky?hanh-dong=settings.update");
  await expect(admin.getByRole("table")).toContainText(`điện thoại "${original}" → "${NEW_PHONE}"`);
  await Promise.all([admin.context().close(), reader.context().close()]);
});

test("an editor manages polls but cannot open the settings", async ({ browser }) => {
  const editor = { email: `bientap-bc-${stamp}@hungha.example.vn`, name: "Phạm Thu Bình Chọn", role: "Biên tập viên" as const, password: "Gio-dong-bac-ve-som-2026" };
  const admin = await signedInPage(browser, ADMIN);
  await createAccount(admin, editor);
  await admin.context().close();

  const page = await signedInPage(browser, editor);
  const nav = page.getByRole("navigation", { name: "Quản trị" });
  await expect(nav.getByRole("link", { name: "Bình chọn" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Cài đặt" })).toHaveCount(0);
  expect((await page.request.get("/admin/cai-dat", { maxRedirects: 0 })).status()).toBe(403);
  expect((await page.request.get("/admin/binh-chon", { maxRedirects: 0 })).status()).toBe(200);
  expect((await page.request.get(`${pollPath}/csv`, { maxRedirects: 0 })).status()).toBe(200);
  await page.goto("/admin/cai-dat");
  await expect(page.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
  await page.context().close();
});

test("the poll editor and settings pages have no accessibility violations", async ({ browser }) => {
  const page = await signedInPage(browser, ADMIN);
  const admin = new ReaderSite(page);
  for (const path of ["/admin/binh-chon", "/admin/binh-chon/moi", pollPath, "/admin/cai-dat"]) {
    await page.goto(path);
    await admin.expectNoAccessibilityViolations();
  }
  await page.context().close();
});
