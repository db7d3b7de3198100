import { SMTPServer } from "smtp-server";
import type { Browser, Page } from "@playwright/test";
import { validateHtml } from "./support/vnu";
import { ADMIN, expect, recordDialogs, expectNoInjectedScript, ReaderSite, signedInPage, test } from "./fixtures";
import { XSS_MARKER } from "../tests/support/xss-corpus";

// Citizens' voice as citizens and staff meet it: a page rating without JavaScript, a
// question asked without and with JavaScript (the second from the same network solves
// the proof-of-work), staff assign and answer, an editor publishes, the asker's email
// arrives at an SMTP server this file starts, the public answer shows initials only,
// and a late question is on the dashboard.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const PORT = Number(process.env.E2E_PORT || 3100);
const stamp = Date.now().toString(36);
const ASKER = { name: "Trịnh Văn Khoa", email: `khoa-${stamp}@example.vn`, phone: "0900000999" };
const TITLE = `Hỏi về lịch tiêm chủng cho trẻ em tại trạm y tế ${stamp}`;
const SCREENSHOTS = "test-results/citizens";

type Mail = { to: string[]; raw: string };
const mails: Mail[] = [];
let smtp: SMTPServer;
let trackingCode = "";
let answerPath = "";

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(PORT + 98, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// Not the reference article: interactions.spec.ts counts its views from the seeded 833.
const RATED = {
  slug: "hung-ha-thu-hoach-tren-75-dien-tich-lua-chiem-xuan-nang-suat-binh-quan-uoc-dat-70-5-ta-ha",
  title: "Hưng Hà thu hoạch trên 75% diện tích lúa chiêm xuân, năng suất bình quân ước đạt 70,5 tạ/ha",
};

function ratingOf(page: Page) {
  return page.getByRole("group", { name: "Thông tin này có hữu ích với bạn không?" });
}

test("a rating without JavaScript counts once per visitor, and the article stays cached", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/bai-viet/${RATED.slug}`);
  await ratingOf(page).getByLabel("Ít hữu ích").check();
  await page.getByLabel(/Góp ý thêm/).fill("Nên ghi rõ giờ làm việc của đoàn kiểm tra.");
  expect(await page.getByTestId("page-rating").locator("form").getAttribute("action")).toBe("/danh-gia");
  await page.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page).toHaveURL(/\/danh-gia$/);
  await expect(page.getByRole("status")).toHaveText("Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp chúng tôi cải thiện thông tin.");
  await expect(page.getByRole("link", { name: /Quay lại/ })).toHaveAttribute("href", `/bai-viet/${RATED.slug}`);

  await page.goto(`/bai-viet/${RATED.slug}`);
  await ratingOf(page).getByLabel("Rất hữu ích").check();
  await page.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByRole("status")).toHaveText("Bạn đã đánh giá trang này. Mỗi người chỉ đánh giá một lần cho mỗi trang.");
  await context.close();

  // With JavaScript: the thank-you replaces the form in place.
  const withJs = await (await browser.newContext()).newPage();
  await withJs.goto(`/bai-viet/${RATED.slug}`);
  await ratingOf(withJs).getByLabel("Hữu ích", { exact: true }).check();
  await withJs.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(withJs.getByTestId("page-rating").getByRole("status")).toHaveText(/Cảm ơn bạn đã đánh giá/);
  expect(withJs.url()).toContain("/bai-viet/");
  await withJs.context().close();

  const admin = await signedInPage(browser, ADMIN);
  await admin.goto("/admin/danh-gia");
  const row = admin.getByRole("table", { name: "Đánh giá theo trang" }).getByRole("row").filter({ hasText: RATED.title.slice(0, 40) });
  // Two visitors: 2 ("Ít hữu ích") and 4 ("Hữu ích").
  await expect(row).toContainText("3,00");
  await expect(row.getByRole("cell").nth(3)).toHaveText("2");
  await expect(admin.getByText("Nên ghi rõ giờ làm việc của đoàn kiểm tra.")).toBeVisible();
  await shoot(admin, "admin-danh-gia");
  await admin.context().close();
});

async function fillQuestion(page: Page, overrides: Partial<Record<"name" | "email" | "phone" | "title" | "body", string>> = {}) {
  const v = { ...ASKER, title: TITLE, body: "Con tôi được 2 tháng tuổi. Xin hỏi lịch tiêm chủng mở rộng tại trạm y tế xã vào những ngày nào trong tháng?", ...overrides };
  await page.getByLabel("Họ và tên (bắt buộc)").fill(v.name);
  await page.getByLabel("Thư điện tử").fill(v.email);
  await page.getByLabel("Số điện thoại").fill(v.phone);
  await page.getByLabel("Lĩnh vực (bắt buộc)").selectOption("Y tế, bảo hiểm");
  await page.getByLabel("Tiêu đề (bắt buộc)").fill(v.title);
  await page.getByLabel("Nội dung câu hỏi (bắt buộc)").fill(v.body);
}

test("a citizen asks without JavaScript: bad input gets Vietnamese messages, then a tracking code", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/hoi-dap/gui-cau-hoi");
  const consent = page.getByLabel(/Tôi đồng ý để/);
  await expect(consent).not.toBeChecked();
  await expect(consent).toHaveAccessibleName(/chỉ để trả lời câu hỏi này.*lưu giữ.*ngày sau khi trả lời.*rút lại sự đồng ý/s);
  await expect(page.locator('input[type="file"]')).toHaveCount(0);

  // No consent, no contact, 100 kB of text, script everywhere: refused, nothing live.
  const script = `<script>alert("${XSS_MARKER}")</script><img src=x onerror=alert(1)>`;
  await fillQuestion(page, { email: "", phone: "", name: `Khoa ${script}`, title: `Tiêu đề ${script}` });
  await page.locator("#hoi-body").evaluate((el, text) => {
    el.removeAttribute("maxlength");
    (el as HTMLTextAreaElement).value = text;
  }, `${script}${"x".repeat(100_000)}`);
  await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(page.getByText("Vui lòng đánh dấu ô đồng ý xử lý dữ liệu cá nhân để gửi câu hỏi.")).toBeVisible();
  await expect(page.getByText("Vui lòng nhập thư điện tử hoặc số điện thoại để nhận trả lời.")).toBeVisible();
  await expect(page.getByText("Nội dung câu hỏi tối đa 5.000 ký tự.")).toBeVisible();
  await expect(page.getByLabel(/Tôi đồng ý để/)).not.toBeChecked();
  expect(await page.content()).not.toContain('<img src="x"');

  await fillQuestion(page);
  await page.getByLabel(/Tôi đồng ý để/).check();
  await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(page.getByRole("status")).toContainText("Đã gửi câu hỏi");
  trackingCode = (await page.getByTestId("tracking-code").textContent())!.trim();
  expect(trackingCode).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
  await page.getByRole("link", { name: "Theo dõi câu hỏi của bạn" }).click();
  await expect(page.getByTestId("question-state")).toHaveText("Mới");
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  await context.close();
});

test("a citizen asks with JavaScript; from the same network the proof-of-work is solved first", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const dialogs = recordDialogs(page);
  await page.goto("/hoi-dap/gui-cau-hoi");
  await shoot(page, "gui-cau-hoi");
  await fillQuestion(page, { title: `Hỏi về giờ làm việc của trạm y tế ${stamp}`, email: `khac-${stamp}@example.vn`, phone: "" });
  await page.getByLabel(/Tôi đồng ý để/).check();
  await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(page.getByText(/Địa chỉ mạng của bạn vừa gửi câu hỏi trong giờ qua/)).toBeVisible();
  await expect(page.getByTestId("challenge")).toHaveText("Đã xác minh. Bạn có thể gửi câu hỏi.", { timeout: 30_000 });
  // What was typed is still there; the consent must be given again.
  await expect(page.getByLabel("Tiêu đề (bắt buộc)")).toHaveValue(`Hỏi về giờ làm việc của trạm y tế ${stamp}`);
  await page.getByLabel(/Tôi đồng ý để/).check();
  await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(page.getByTestId("tracking-code")).toHaveText(/^[A-HJ-NP-Z2-9]{12}$/);
  await expectNoInjectedScript(page, dialogs);
  await page.context().close();
});

async function openQuestion(browser: Browser) {
  const admin = await signedInPage(browser, ADMIN);
  await admin.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Hỏi đáp" }).click();
  await admin.getByRole("link", { name: TITLE }).click();
  return admin;
}

test("staff assign and answer, an editor publishes, the email arrives, the answer shows initials only", async ({ browser, request }) => {
  const admin = await openQuestion(browser);
  await expect(admin.getByTestId("question-state")).toHaveText("Mới");
  await expect(admin.getByText(ASKER.email)).toHaveCount(0);
  await admin.getByRole("button", { name: "Xem thông tin liên hệ" }).click();
  await expect(admin.getByTestId("asker-contact")).toContainText(ASKER.email);
  await expect(admin.getByTestId("asker-contact")).toContainText(ASKER.phone);

  await admin.getByLabel("Đơn vị xử lý").fill("Trạm Y tế xã");
  await admin.getByRole("button", { name: "Phân công" }).click();
  await expect(admin.getByText("Đã phân công cho Trạm Y tế xã.")).toBeVisible();
  await admin.reload();
  await expect(admin.getByTestId("question-state")).toHaveText("Đã phân công");

  await admin.getByLabel("Nội dung trả lời").fill("Trạm y tế xã tổ chức tiêm chủng mở rộng vào ngày 25 hằng tháng.\n\nGia đình mang theo sổ tiêm chủng của trẻ.");
  await admin.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(admin.getByText("Đã gửi bản trả lời để biên tập viên duyệt.")).toBeVisible();
  await admin.reload();
  await expect(admin.getByTestId("question-state")).toHaveText("Chờ duyệt");
  await shoot(admin, "admin-cau-hoi");
  await admin.getByRole("button", { name: "Duyệt và công khai" }).click();
  await expect(admin.getByText("Đã công khai câu trả lời và gửi thư báo cho người hỏi.")).toBeVisible();

  await expect.poll(() => mails.find((m) => m.to.includes(ASKER.email))).toBeTruthy();
  const mail = mails.find((m) => m.to.includes(ASKER.email))!;
  const decoded = mail.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  expect(decoded).toContain(`ma=${trackingCode}`);
  answerPath = /\/hoi-dap\/[a-z0-9-]+(?=\s)/.exec(decoded)![0];

  // The audit log has the view of the contact.
  await admin.goto("/admin/nhat-ky");
  await expect(admin.getByRole("cell", { name: "Xem thông tin liên hệ của người hỏi" }).first()).toBeVisible();
  await admin.context().close();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(answerPath);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(reader.getByTestId("asker")).toHaveText("T.V.K.");
  await expect(reader.getByText("ngày 25 hằng tháng")).toBeVisible();
  const html = await reader.content();
  expect(html).not.toContain(ASKER.email);
  expect(html).not.toContain(ASKER.phone);
  expect(html).not.toContain(ASKER.name);
  await new ReaderSite(reader).expectNoAccessibilityViolations();
  await shoot(reader, "cau-tra-loi");
  await reader.goto("/hoi-dap");
  await expect(reader.getByRole("link", { name: TITLE })).toBeVisible();
  await reader.goto("/hoi-dap/tim-kiem?q=tiem+chung&linh-vuc=Y+t%E1%BA%BF%2C+b%E1%BA%A3o+hi%E1%BB%83m");
  await expect(reader.getByRole("link", { name: TITLE })).toBeVisible();
  await reader.goto(`/hoi-dap/tra-cuu?ma=${trackingCode}`);
  await expect(reader.getByTestId("question-state")).toHaveText("Đã trả lời");
  await shoot(reader, "tra-cuu");
  await reader.context().close();

  const response = await request.get(answerPath);
  expect(response.status()).toBe(200);
});

test("a late question shows on the dashboard", async ({ browser }) => {
  const admin = await signedInPage(browser, ADMIN);
  const late = admin.getByTestId("question-deadlines").getByRole("listitem").filter({ hasText: "Đề nghị thu gom rác thải tại khu dân cư mới" });
  await expect(late).toContainText("Quá hạn");
  await shoot(admin, "tong-quan");
  await admin.context().close();
});

test("the citizens' pages pass axe and the W3C checker", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext()).newPage();
  const site = new ReaderSite(page);
  for (const path of ["/hoi-dap", "/hoi-dap/gui-cau-hoi", "/danh-gia", `/hoi-dap/tra-cuu?ma=${trackingCode}`, "/hoi-dap/tim-kiem?q=dat"]) {
    await site.open(path);
    await site.expectNoAccessibilityViolations();
  }
  await site.open("/hoi-dap");
  await shoot(page, "hoi-dap");
  await page.context().close();

  const admin = await signedInPage(browser, ADMIN);
  for (const path of ["/admin/hoi-dap", "/admin/danh-gia", "/admin/hoi-dap/du-lieu-ca-nhan"]) {
    await admin.goto(path);
    await new ReaderSite(admin).expectNoAccessibilityViolations();
  }
  await admin.context().close();

  const pages = await Promise.all(
    [
      ["hoi-dap", "/hoi-dap"],
      ["gui-cau-hoi", "/hoi-dap/gui-cau-hoi"],
      ["cau-tra-loi", answerPath],
      ["tra-cuu", `/hoi-dap/tra-cuu?ma=${trackingCode}`],
      ["tim-kiem", "/hoi-dap/tim-kiem?q=dat"],
      ["danh-gia", "/danh-gia"],
    ].map(async ([name, url]) => ({ name: name!, html: await (await request.get(url!)).text() })),
  );
  expect(await validateHtml(pages)).toEqual([]);
});

test("an admin exports one person's data, erases it, and the answer stays anonymised", async ({ browser }) => {
  const admin = await signedInPage(browser, ADMIN);
  await admin.goto("/admin/hoi-dap/du-lieu-ca-nhan");
  await admin.getByLabel("Thư điện tử").fill(ASKER.email);
  await admin.getByRole("button", { name: "Xuất dữ liệu" }).click();
  await expect(admin.getByTestId("person-export")).toContainText(ASKER.phone);
  // The person looked up stays in the form for the erasure that follows.
  await expect(admin.getByLabel("Thư điện tử")).toHaveValue(ASKER.email);
  admin.once("dialog", (d) => void d.accept());
  await admin.getByRole("button", { name: "Xóa dữ liệu của người này" }).click();
  await expect(admin.getByText(/Đã xóa 0 câu hỏi chưa trả lời và ẩn danh 1 câu hỏi đã công khai/)).toBeVisible();
  await admin.goto(answerPath);
  await expect(admin.getByTestId("asker")).toHaveText("Ẩn danh");
  await admin.context().close();
});
