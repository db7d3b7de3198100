import ICAL from "ical.js";
import { ADMIN, expect, ReaderSite, signedInPage, test } from "./fixtures";
import { validateHtml } from "./support/vnu";

// The leaders' schedule, administrative procedures and budget disclosures, as editors and
// readers use them. Each test stands alone (the reader steps of one check its editor steps).
test.describe.configure({ timeout: 120_000 });

const stamp = Date.now().toString(36);
const CONTENT = `Làm việc với Đoàn kiểm tra cải cách hành chính (${stamp})`;
const REASON = "Trùng lịch họp trực tuyến của tỉnh";
/** Today in Việt Nam as the editor types it. */
const today = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());

test("an editor adds a schedule entry and changes it; readers see it marked changed, on the week page, the homepage and in the iCal feed", async ({ browser, page, request }) => {
  const editor = await signedInPage(browser, ADMIN);
  await editor.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Lịch công tác" }).click();
  await editor.getByRole("link", { name: "+ Thêm lịch" }).click();
  const form = editor.getByRole("form", { name: "Nội dung lịch công tác" });

  // An impossible day is refused with a message on the field, and what was typed stays.
  await form.getByLabel("Ngày").fill("31/02/2026");
  await form.getByLabel("Giờ bắt đầu").fill("08:00");
  await form.getByLabel("Lãnh đạo").fill("Nguyễn Văn Thành, Chủ tịch UBND huyện\nTrần Thị Mai");
  await form.getByLabel("Nội dung công việc").fill(CONTENT);
  await form.getByRole("button", { name: "Thêm lịch" }).click();
  await expect(form.getByText("Ngày 31/02/2026 không có thật: tháng 2/2026 chỉ có 28 ngày.")).toBeVisible();
  await expect(form.getByLabel("Nội dung công việc")).toHaveValue(CONTENT);

  await form.getByLabel("Ngày").fill(today);
  await form.getByLabel("Giờ kết thúc").fill("09:30");
  await form.getByLabel("Địa điểm").fill("Phòng họp số 1");
  await form.getByRole("button", { name: "Thêm lịch" }).click();
  await expect(editor).toHaveURL(/\/admin\/lich-cong-tac\?tuan=\d{4}-W\d{2}&tb=da-them$/);
  await editor.getByRole("link", { name: CONTENT }).click();

  const edit = editor.getByRole("form", { name: "Nội dung lịch công tác" });
  await edit.getByLabel("Giờ bắt đầu").fill("14:00");
  await edit.getByLabel("Giờ kết thúc").fill("16:00");
  await edit.getByLabel("Địa điểm").fill("Hội trường UBND");
  await edit.getByLabel("Lý do thay đổi").fill(REASON);
  await edit.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(edit.getByRole("status")).toContainText("Đã lưu.");

  // The reader's week page, on the very next request.
  const site = new ReaderSite(page);
  await site.open("/lich-cong-tac");
  const item = page.getByRole("listitem").filter({ hasText: CONTENT });
  await expect(item).toContainText("14:00–16:00");
  await expect(item).toContainText("Đã thay đổi");
  await expect(item).toContainText(`${REASON} (giờ 08:00–09:30 → 14:00–16:00; địa điểm: Phòng họp số 1 → Hội trường UBND)`);
  // The seeded week has a cancelled entry, still shown, with its reason.
  await expect(page.locator("[data-cancelled]").first()).toContainText("Đã hủy: lý do");
  await site.expectNoAccessibilityViolations();

  // Filter by leader: the entry is hers too; another leader's week does not list it.
  await page.getByLabel("Lãnh đạo").selectOption("tran-thi-mai");
  await page.getByRole("button", { name: "Xem lịch" }).click();
  await expect(page).toHaveURL(/\/lich-cong-tac\?lanh-dao=tran-thi-mai$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lịch công tác của Trần Thị Mai");
  await expect(page.getByText(CONTENT)).toBeVisible();
  await page.getByRole("link", { name: "Tuần sau ›" }).click();
  await expect(page).toHaveURL(/\/lich-cong-tac\?tuan=\d{4}-W\d{2}&lanh-dao=tran-thi-mai$/);
  await expect(page.getByText(CONTENT)).toHaveCount(0);

  // Today's block on the homepage.
  await site.open("/");
  const todayBlock = page.getByRole("region", { name: "Lịch công tác hôm nay" });
  await expect(todayBlock).toContainText(CONTENT);
  await expect(todayBlock).toContainText("Đã thay đổi");

  // The iCalendar feed parses; the entry carries Việt Nam time, its SEQUENCE bumped once.
  const feed = await request.get("/lich-cong-tac.ics");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Asia/Ho_Chi_Minh");
  const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
  const mine = events.find((e) => e.summary === CONTENT)!;
  expect(mine, "the new entry in the feed").toBeTruthy();
  expect(mine.sequence).toBe(1);
  expect(mine.startDate.toString()).toMatch(/T14:00:00$/);
  expect(mine.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Asia/Ho_Chi_Minh");
  expect(mine.description).toContain(`Đã thay đổi: ${REASON}`);
  expect(events.some((e) => e.component.getFirstPropertyValue("status") === "CANCELLED")).toBe(true);
  // Per leader: hers lists it, another leader's does not.
  const hers = new ICAL.Component(ICAL.parse(await (await request.get("/lich-cong-tac.ics?lanh-dao=tran-thi-mai")).text()));
  expect(hers.getAllSubcomponents("vevent").map((c) => c.getFirstPropertyValue("summary"))).toContain(CONTENT);
  const json = await (await request.get("/lich-cong-tac.json")).json();
  expect(json.entries.find((e: { content: string }) => e.content === CONTENT)).toMatchObject({ status: "changed", start: "14:00", end: "16:00" });
  await editor.context().close();
});

test("a procedures CSV with one bad row imports nothing and names the row", async ({ browser, request }) => {
  const editor = await signedInPage(browser, ADMIN);
  await editor.goto("/admin/thu-tuc-hanh-chinh");
  const template = await editor.request.get("/admin/thu-tuc-hanh-chinh/mau-nhap.csv");
  expect(await template.text()).toContain("Mã TTHC *");
  const csv = [
    'Mã TTHC,Tên thủ tục,Lĩnh vực,Mức độ,Thời hạn giải quyết,"Phí, lệ phí",Cơ quan thực hiện',
    `1.009901,Xác nhận tình trạng nhà ở ${stamp},Nhà ở,Toàn trình,05 ngày làm việc,Không,UBND`,
    `1-99,Cấp phép thử ${stamp},Nhà ở,Toàn trình,,,`,
  ].join("\n");
  const form = editor.getByRole("form", { name: "Nhập thủ tục từ tệp CSV" });
  await form.getByLabel("Tệp CSV").setInputFiles({ name: "thu-tuc.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await form.getByRole("button", { name: "Nhập tệp" }).click();
  await expect(form.getByRole("status")).toContainText("Không nhập dòng nào: 1 dòng có lỗi.");
  await expect(form.getByText(/^Dòng 3: Mã TTHC có dạng/)).toBeVisible();
  // Row 2 was fine but is not imported either.
  const search = await (await request.get(`/thu-tuc-hanh-chinh.json?q=${stamp}`)).json();
  expect(search.procedures).toEqual([]);
  await editor.context().close();
});

test("a reader finds a procedure typed without accents and follows it to the national portal", async ({ page }) => {
  const site = new ReaderSite(page);
  await site.open("/thu-tuc-hanh-chinh");
  await expect(page.getByRole("heading", { name: /^Hộ tịch/ })).toBeVisible();
  await site.expectNoAccessibilityViolations();
  await page.getByLabel("Tên hoặc mã thủ tục").fill("dang ky khai sinh");
  await page.getByRole("button", { name: "Tìm thủ tục" }).click();
  await expect(page).toHaveURL(/\/thu-tuc-hanh-chinh\?q=dang\+ky\+khai\+sinh&linh-vuc=$/);
  await expect(page.getByRole("status")).toContainText("1 thủ tục khớp với “dang ky khai sinh”");
  await site.expectNoAccessibilityViolations();
  await page.getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký khai sinh");
  await expect(page.getByRole("link", { name: "Xem và nộp hồ sơ trên Cổng Dịch vụ công quốc gia" })).toHaveAttribute(
    "href",
    "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
  );
  await expect(page.locator('meta[name="DC.identifier"]')).toHaveAttribute("content", /\/thu-tuc-hanh-chinh\/dang-ky-khai-sinh$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Đăng ký khai sinh");
  await site.expectNoAccessibilityViolations();
});

test("the budget grid shows the stage not yet published, and projects show their value in vi-VN", async ({ page, request }) => {
  const site = new ReaderSite(page);
  await site.open("/cong-khai-ngan-sach");
  const grid = page.getByRole("table", { name: "Công khai ngân sách theo năm và giai đoạn" });
  const year = new Date().getFullYear();
  const thisYear = grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(year) }) });
  await expect(thisYear.locator('[data-stage="quyet-toan"]')).toHaveText("Chưa công bố");
  await expect(thisYear.locator('[data-stage="du-toan"]')).toContainText(`Công khai dự toán ngân sách năm ${year}`);
  await site.expectNoAccessibilityViolations();
  await page.getByRole("link", { name: "Dự án đầu tư" }).click();
  await expect(page.getByRole("cell", { name: "18.750.000.000 đồng" })).toBeVisible();
  await site.expectNoAccessibilityViolations();
  const csv = await (await request.get("/cong-khai-ngan-sach.csv?loai=du-an")).text();
  expect(csv).toContain("Cải tạo, nâng cấp đường trục chính nội thị (giai đoạn 2)");
  const data = await (await request.get(`/cong-khai-ngan-sach.json?loai=ngan-sach&nam=${year}`)).json();
  expect(data.items.map((d: { stage: string }) => d.stage).sort()).toEqual(["6-thang", "9-thang", "du-toan", "quy-1"]);
});

test("the W3C checker finds no errors on the schedule, procedures and disclosure pages", async ({ request }) => {
  const paths: Record<string, string> = {
    "lich-cong-tac": "/lich-cong-tac",
    "thu-tuc": "/thu-tuc-hanh-chinh",
    "tra-cuu": "/thu-tuc-hanh-chinh?q=ho+tich",
    "thu-tuc-chi-tiet": "/thu-tuc-hanh-chinh/dang-ky-khai-sinh",
    "ngan-sach": "/cong-khai-ngan-sach",
    "du-an": "/cong-khai-ngan-sach/du-an",
    "dau-thau": "/cong-khai-ngan-sach/dau-thau",
  };
  const pages = await Promise.all(
    Object.entries(paths).map(async ([name, url]) => {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      return { name, html: await response.text() };
    }),
  );
  expect(await validateHtml(pages)).toEqual([]);
});

test("screenshots at 1280 and 390 px", async ({ browser }) => {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const [name, url] of [
      ["lich", "/lich-cong-tac"],
      ["thu-tuc", "/thu-tuc-hanh-chinh"],
      ["thu-tuc-chi-tiet", "/thu-tuc-hanh-chinh/dang-ky-khai-sinh"],
      ["ngan-sach", "/cong-khai-ngan-sach"],
      ["du-an", "/cong-khai-ngan-sach/du-an"],
      ["trang-chu", "/"],
    ] as const) {
      await page.goto(url);
      await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
    }
    await context.close();
  }
});
