import type { Browser, Page } from "@playwright/test";
import { ADMIN, expect, signIn, test } from "./fixtures";

// One journey, in order: the admin creates the other accounts the later steps use.
test.describe.configure({ mode: "serial", timeout: 150_000 });

const EDITOR = { email: "bientap@hungha.example.vn", name: "Nguyễn Thị Biên Tập", password: "Bientap-2026!" };
const AUTHOR = { email: "tacgia@hungha.example.vn", name: "Trần Văn Tác Giả", password: "Tacgia-2026!!" };

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

test("the first admin signs in and sees the dashboard", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xin chào, Quản trị viên");
  await expect(page.getByRole("region", { name: "Lượt xem theo ngày (30 ngày)" }).getByRole("img")).toBeVisible();
  await expect(page.getByRole("region", { name: "Đọc nhiều nhất tuần này" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Hoạt động gần đây" })).toContainText("Đăng nhập");
  await expect(page.getByRole("region", { name: "Bình chọn đang mở" })).toContainText("Nội dung thông tin cung cấp");
});

test("the admin creates an editor, an author and an account with a one-time password", async ({ browser }) => {
  const page = await signedIn(browser, ADMIN.email, ADMIN.password);
  await page.getByRole("link", { name: "Người dùng" }).click();
  const form = page.getByRole("form", { name: "Tạo tài khoản" });
  for (const [person, role] of [[EDITOR, "Biên tập viên"], [AUTHOR, "Phóng viên / Tác giả"]] as const) {
    await form.getByLabel("Email").fill(person.email);
    await form.getByLabel("Họ tên").fill(person.name);
    await form.getByLabel("Vai trò").selectOption({ label: role });
    await form.getByLabel("Mật khẩu").fill(person.password);
    await form.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(form.getByRole("status")).toContainText(`Đã tạo tài khoản ${person.email}`);
  }

  // Bad input: a clear message tied to the field, nothing created.
  await form.getByLabel("Email").fill("khong-phai-email");
  await form.getByLabel("Họ tên").fill("A");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByText("Email không hợp lệ.")).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Email").fill("moi@hungha.example.vn");
  await form.getByLabel("Họ tên").fill("Lê Văn Mới");
  await form.getByLabel("Mật khẩu").fill("");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  const oneTime = await form.getByTestId("one-time-password").textContent();
  expect(oneTime).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);

  // That account must change the password at first sign-in.
  const newcomer = await (await browser.newContext()).newPage();
  await signIn(newcomer, "moi@hungha.example.vn", oneTime!);
  await expect(newcomer).toHaveURL(/\/admin\/tai-khoan\?bat-buoc=1$/);
  await newcomer.goto("/admin");
  await expect(newcomer).toHaveURL(/\/admin\/tai-khoan/);
  const pw = newcomer.getByRole("form", { name: "Đổi mật khẩu" });
  await pw.getByLabel("Mật khẩu hiện tại").fill(oneTime!);
  await pw.getByLabel(/^Mật khẩu mới/).fill("Matkhau-moi-2026");
  await pw.getByLabel("Nhập lại mật khẩu mới").fill("Matkhau-moi-2026");
  await pw.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(newcomer).toHaveURL(/dang-nhap\?tb=da-doi-mat-khau/);
  await signIn(newcomer, "moi@hungha.example.vn", "Matkhau-moi-2026");
  await expect(newcomer).toHaveURL(/\/admin$/);
});

// Which role may open which admin route, and forged proxy/RSC requests: e2e/security.spec.ts.

test("a wrong password six times is rate-limited with a clear message", async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await signIn(page, AUTHOR.email, `sai-mat-khau-${i}`);
    await expect(page.getByRole("status")).toHaveText("Email hoặc mật khẩu không đúng.");
  }
  await signIn(page, AUTHOR.email, AUTHOR.password);
  await expect(page.getByRole("status")).toHaveText(/Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau (1[0-5]|[1-9]) phút\./);
  // An unknown email gets the same message as a wrong password.
  await signIn(page, "khong-ton-tai@hungha.example.vn", "bat-ky-mat-khau");
  await expect(page.getByRole("status")).toHaveText("Email hoặc mật khẩu không đúng.");
});

test("disabling a signed-in user ends their session at the next request", async ({ browser }) => {
  const editor = await signedIn(browser, EDITOR.email, EDITOR.password);
  const admin = await signedIn(browser, ADMIN.email, ADMIN.password);
  await admin.goto("/admin/nguoi-dung");
  const row = admin.getByRole("listitem", { name: EDITOR.email });
  await row.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(row.getByRole("status").first()).toContainText("Đã khóa tài khoản");

  await editor.goto("/admin");
  await expect(editor).toHaveURL(/\/admin\/dang-nhap/);
  await signIn(editor, EDITOR.email, EDITOR.password);
  await expect(editor.getByRole("status")).toHaveText("Email hoặc mật khẩu không đúng.");

  // The last admin cannot lock themself out.
  const self = admin.getByRole("listitem", { name: ADMIN.email });
  await self.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(self.getByRole("status").first()).toContainText("Không thể tự khóa");
});

test("the audit log lists each step and exports CSV", async ({ browser }) => {
  const page = await signedIn(browser, ADMIN.email, ADMIN.password);
  await page.goto("/admin/nhat-ky");
  const table = page.getByRole("table");
  await expect(table).toContainText("Tạo tài khoản");
  await expect(table).toContainText("Khóa tài khoản");
  await expect(table).toContainText("Đăng nhập thất bại");
  await expect(table).toContainText("Đổi mật khẩu");

  await page.getByLabel("Hành động").selectOption({ label: "Khóa tài khoản" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/hanh-dong=user\.disable/);
  await expect(table.locator("tbody tr")).toHaveCount(1);

  const download = await page.request.get("/admin/nhat-ky/csv?hanh-dong=user.disable");
  expect(download.headers()["content-type"]).toContain("text/csv");
  const csv = await download.text();
  expect(csv.split("\r\n")[0]).toContain("Thời gian");
  expect(csv).toContain(EDITOR.email);
});

test("the sign-in, dashboard and users pages have no accessibility violations", async ({ browser, site }) => {
  await site.open("/admin/dang-nhap");
  await site.expectNoAccessibilityViolations();
  const page = await signedIn(browser, ADMIN.email, ADMIN.password);
  const { ReaderSite } = await import("./fixtures");
  const admin = new ReaderSite(page);
  await admin.expectNoAccessibilityViolations();
  await page.goto("/admin/nguoi-dung");
  await admin.expectNoAccessibilityViolations();
});
