import { ADMIN, changePassword, createAccount, expect, signedInPage, signIn, test } from "./fixtures";

// One journey, in order: the admin creates the other accounts the later steps use.
test.describe.configure({ mode: "serial", timeout: 150_000 });

const EDITOR = { email: "bientap@hungha.example.vn", name: "Nguyễn Thị Biên Tập", role: "Biên tập viên" as const, password: "Hoa-sen-no-tren-dam-2026" };
const AUTHOR = { email: "tacgia@hungha.example.vn", name: "Trần Văn Tác Giả", role: "Phóng viên / Tác giả" as const, password: "Mua-thu-la-vang-roi-2026" };

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
  const page = await signedInPage(browser, ADMIN);
  // Each signs in once with the password the admin typed and must replace it (the fixture does).
  await createAccount(page, EDITOR);
  await createAccount(page, AUTHOR);
  await page.getByRole("link", { name: "Người dùng" }).click();
  const form = page.getByRole("form", { name: "Tạo tài khoản" });

  // Bad input: a clear message tied to the field, nothing created.
  await form.getByLabel("Email").fill("khong-phai-email");
  await form.getByLabel("Họ tên").fill("A");
  await form.getByLabel("Mật khẩu").fill("1234567890");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByText("Email không hợp lệ.")).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Mật khẩu cần ít nhất 15 ký tự.")).toBeVisible();
  // A long but guessable password, and one built from the person's own name: refused, saying why.
  for (const [weak, why] of [["qwertyuiop123456", "Mật khẩu quá dễ đoán"], ["HoangVanYeu-2026!", "Mật khẩu không được ghép từ họ tên hay email của bạn"]]) {
    // (React empties the form after each submission.)
    await form.getByLabel("Email").fill("yeu@hungha.example.vn");
    await form.getByLabel("Họ tên").fill("Hoàng Văn Yếu");
    await form.getByLabel("Mật khẩu").fill(weak);
    await form.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(form.getByRole("status")).toContainText(why);
  }
  await expect(page.getByRole("main")).not.toContainText("yeu@hungha.example.vn");

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
  await changePassword(newcomer, oneTime!, "Cau-vong-sau-con-mua-2026");
  await signIn(newcomer, "moi@hungha.example.vn", "Cau-vong-sau-con-mua-2026");
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
  const editor = await signedInPage(browser, EDITOR);
  const admin = await signedInPage(browser, ADMIN);
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
  const page = await signedInPage(browser, ADMIN);
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
  const page = await signedInPage(browser, ADMIN);
  const { ReaderSite } = await import("./fixtures");
  const admin = new ReaderSite(page);
  await admin.expectNoAccessibilityViolations();
  await page.goto("/admin/nguoi-dung");
  await admin.expectNoAccessibilityViolations();
});
