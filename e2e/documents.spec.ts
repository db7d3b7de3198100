import type { Page } from "@playwright/test";
import { renderDocumentPdf } from "../db/seed/document-pdf";
import { ADMIN, expect, signedInPage, test } from "./fixtures";

/**
 * The documents register (văn bản) as readers and editors use it: the demo register with
 * its facets, an editor adding a document with a PDF that readers then find by words only
 * inside the PDF typed without accents, replacement shown from both sides, the CSV import
 * that imports nothing when one row is wrong, and hostile input that changes nothing.
 */
test.describe.configure({ mode: "serial" });

let editor: Page;
test.beforeAll(async ({ browser }) => {
  editor = await signedInPage(browser, ADMIN);
});
test.afterAll(async () => {
  await editor.context().close();
});

const UNIQUE = "Khu neo đậu tàu thuyền tránh trú bão Quỳnh Xá được nạo vét luồng lạch";

async function createDocument(page: Page, doc: { number: string; type: string; summary: string; issued: string }) {
  await page.goto("/admin/van-ban/moi");
  const form = page.getByRole("form", { name: "Thêm văn bản" });
  await form.getByLabel("Số/ký hiệu").fill(doc.number);
  await form.getByLabel("Loại văn bản").selectOption({ label: doc.type });
  await form.getByLabel("Trích yếu").fill(doc.summary);
  await form.getByLabel("Ngày ban hành").fill(doc.issued);
  await form.getByLabel("Đất đai").check();
  await form.getByLabel("Người ký", { exact: true }).fill("Trần Văn Hải");
  await form.getByRole("button", { name: "Tạo văn bản" }).click();
  await expect(page).toHaveURL(/\/admin\/van-ban\/\d+\?tb=da-tao$/);
  return Number(/\/admin\/van-ban\/(\d+)/.exec(page.url())![1]);
}

async function publish(page: Page) {
  await page.getByRole("button", { name: "Xuất bản ngay" }).click();
  await expect(page.getByText("Đã xuất bản.")).toBeVisible();
}

test("readers browse the demo register by facets, open a document and reuse the data", async ({ site, page, request }) => {
  await site.open("/van-ban");
  await expect(page.getByRole("heading", { level: 1, name: "Văn bản" })).toBeVisible();
  const facets = page.getByRole("complementary", { name: "Lọc văn bản" });
  const plans = facets.getByRole("link", { name: /^Kế hoạch/ });
  const planCount = Number((await plans.innerText()).replace(/\D+/g, ""));
  expect(planCount).toBeGreaterThan(0);
  await expect(page.getByText(/^\d+ văn bản, mới nhất trước/)).toBeVisible();
  await site.expectNoAccessibilityViolations();
  await plans.click();
  await expect(page).toHaveURL(/\/van-ban\?loai=ke-hoach$/);
  await expect(page.getByRole("region", { name: "Danh sách văn bản" }).getByRole("listitem")).toHaveCount(planCount);
  await expect(facets.getByRole("link", { name: /^Kế hoạch/ })).toHaveAttribute("aria-current", "true");
  await facets.getByRole("link", { name: /^Bị thay thế/ }).click();
  const first = page.getByRole("region", { name: "Danh sách văn bản" }).getByRole("listitem").first();
  await expect(first.getByText("Bị thay thế")).toBeVisible();
  await first.getByRole("heading").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kế hoạch số");
  await expect(page.getByRole("note")).toContainText("đã bị thay thế");
  await expect(page.getByText("Bị thay thế bởi")).toBeVisible();
  await expect(page.getByText(/^Cập nhật lần cuối \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();
  const ld = await site.jsonLd();
  expect(ld.find((b) => b["@type"] === "Legislation")).toMatchObject({ legislationType: "Kế hoạch", legislationPassedBy: { "@type": "GovernmentOrganization" } });
  await expect(page.locator('meta[name="DC.type"]')).toHaveAttribute("content", "Kế hoạch");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /^Kế hoạch /);
  await site.expectNoAccessibilityViolations();
  const pdf = await request.get((await page.getByRole("link", { name: /^Xem / }).getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  const json = await (await request.get("/van-ban.json?loai=ke-hoach")).json();
  expect(json.tong).toBe(planCount);
  expect(json.vanBan[0]).toMatchObject({ loaiVanBan: "Kế hoạch", tinhTrang: expect.any(String), url: expect.stringContaining("/van-ban/") });
  const csv = await request.get("/van-ban.csv?loai=ke-hoach");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).trim().split("\r\n")).toHaveLength(planCount + 1);
  const province = await (await request.get("/van-ban.json?pham-vi=toan-tinh")).json();
  expect(province.tong).toBeGreaterThan(json.tong);
  const rss = await (await request.get("/van-ban/loai/ke-hoach/rss.xml")).text();
  expect(rss).toContain("<title>Kế hoạch");
  expect((rss.match(/<item>/g) ?? []).length).toBe(planCount);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/\/van-ban\/[a-z0-9-]+<\/loc>/);
});

test("an editor adds a document with a PDF; a reader finds it by words inside the PDF typed without accents and downloads it", async ({ page }) => {
  const id = await createDocument(editor, { number: "88/QĐ-UBND", type: "Quyết định", summary: "Về việc nạo vét khu neo đậu năm 2026", issued: "20/11/2026" });
  const pdf = await renderDocumentPdf({ agency: "Ủy ban nhân dân huyện Hưng Hà", number: "88/QĐ-UBND", place: "Hưng Hà", date: "ngày 20 tháng 11 năm 2026", kind: "Quyết định", summary: "Về việc nạo vét khu neo đậu", paragraphs: [UNIQUE], signerTitle: "Chủ tịch", signer: "Trần Văn Hải" });
  await editor.getByLabel("Chọn tệp").setInputFiles({ name: "quyet-dinh-88.pdf", mimeType: "application/pdf", buffer: pdf });
  await editor.getByRole("button", { name: "Tải tệp lên" }).click();
  await expect(editor.getByText("Nội dung chữ trong tệp PDF đã được đưa vào tìm kiếm.")).toBeVisible();
  await publish(editor);
  expect(id).toBeGreaterThan(0);

  await page.goto("/van-ban");
  await page.getByRole("search", { name: "Tìm văn bản" }).getByLabel("Từ khóa").fill("tranh tru bao quynh xa");
  await page.getByRole("button", { name: "Tìm văn bản" }).click();
  const results = page.getByRole("region", { name: /Kết quả cho/ });
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expect(results.getByText("Còn hiệu lực")).toBeVisible();
  await results.getByRole("link", { name: "88/QĐ-UBND" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quyết định số 88/QĐ-UBND");
  await expect(page.getByRole("definition").filter({ hasText: /^Còn hiệu lực$/ })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải về quyet-dinh-88.pdf" }).click()]);
  expect(download.suggestedFilename()).toBe("quyet-dinh-88.pdf");
  const saved = await download.path();
  const { readFile } = await import("node:fs/promises");
  expect((await readFile(saved)).subarray(0, 5).toString()).toBe("%PDF-");
});

test("a replacing document turns the old one 'bị thay thế' on both pages", async ({ page }) => {
  await createDocument(editor, { number: "90/QĐ-UBND", type: "Quyết định", summary: "Quy định quản lý chợ nông thôn (thay thế)", issued: "25/11/2026" });
  await publish(editor);
  const relation = editor.getByRole("form", { name: "Thêm văn bản liên quan" });
  await relation.getByLabel("Văn bản này").selectOption({ label: "Thay thế" });
  const target = relation.getByLabel("Văn bản", { exact: true });
  await target.selectOption((await target.locator("option", { hasText: "88/QĐ-UBND" }).getAttribute("value"))!);
  await relation.getByRole("button", { name: "Thêm quan hệ" }).click();
  await expect(relation.getByRole("status")).toContainText("Đã thêm quan hệ");

  await page.goto("/van-ban/88-qd-ubnd-2026");
  await expect(page.locator("header").getByText("Bị thay thế", { exact: true })).toBeVisible();
  await expect(page.getByText("Bị thay thế bởi")).toBeVisible();
  await expect(page.getByRole("link", { name: "90/QĐ-UBND" })).toBeVisible();
  await page.goto("/van-ban/90-qd-ubnd-2026");
  const related = page.getByRole("region", { name: "Văn bản liên quan" });
  await expect(related.getByText("Thay thế", { exact: true })).toBeVisible();
  await expect(related.getByRole("listitem").filter({ hasText: "88/QĐ-UBND" }).getByText("Bị thay thế")).toBeVisible();
  await page.goto("/van-ban?q=88%2FQ%C4%90-UBND");
  await expect(page.getByRole("region", { name: /Kết quả cho/ }).getByRole("listitem").filter({ hasText: "88/QĐ-UBND" }).getByText("Bị thay thế")).toBeVisible();
});

test("a CSV with one bad row imports nothing and names the row", async ({ request }) => {
  const before = (await (await request.get("/van-ban.json")).json()).tong;
  await editor.goto("/admin/van-ban/nhap");
  const template = await editor.request.get("/admin/van-ban/nhap/mau");
  const header = (await template.text()).replace(/^\uFEFF/, "").split("\r\n")[0]!;
  const csv = [
    header,
    '"301/KH-UBND","Kế hoạch","Ủy ban nhân dân huyện Hưng Hà","Đất đai","","","10/10/2026","","","Kế hoạch nhập thử thứ nhất",""',
    '"302/KH-UBND","Kế hoạch","Ủy ban nhân dân huyện Hưng Hà","","","","31/02/2026","","","Kế hoạch nhập thử thứ hai",""',
    '"303/KH-UBND","Kế hoạch","Ủy ban nhân dân huyện Hưng Hà","","","","11/10/2026","","","Kế hoạch nhập thử thứ ba",""',
  ].join("\r\n");
  const form = editor.getByRole("form", { name: "Nhập văn bản từ tệp CSV" });
  await form.getByLabel("Tệp CSV").setInputFiles({ name: "van-ban.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await form.getByLabel(/Xuất bản ngay/).check();
  await form.getByRole("button", { name: "Nhập văn bản" }).click();
  await expect(form.getByRole("status")).toContainText("Không nhập dòng nào");
  const errors = form.getByRole("table", { name: "Các dòng có lỗi" });
  await expect(errors.getByRole("row")).toHaveCount(2);
  await expect(errors).toContainText("Dòng 3");
  await expect(errors).toContainText("31/02/2026 không có thật");
  expect((await (await request.get("/van-ban.json")).json()).tong).toBe(before);
  await editor.goto("/admin/van-ban?q=30");
  await expect(editor.getByText("301/KH-UBND")).toHaveCount(0);
});

test("hostile input gets a clear Vietnamese message and changes nothing", async ({ request }) => {
  const id = await createDocument(editor, { number: "95/TB-UBND", type: "Thông báo", summary: "Thông báo dùng để thử dữ liệu xấu", issued: "26/11/2026" });
  const count = async () => (await (await request.get("/van-ban.json")).json()).tong;
  const before = await count();
  await editor.getByLabel("Chọn tệp").setInputFiles({ name: "quyet-dinh.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>") });
  await editor.getByRole("button", { name: "Tải tệp lên" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "không phải PDF" })).toContainText("kiểm tra theo nội dung tệp");
  await expect(editor.getByRole("region", { name: "Tệp đính kèm" }).getByRole("listitem")).toHaveCount(0);

  // Over the limit (20 MB): refused while the body is read, before anything is stored.
  await editor.getByLabel("Chọn tệp").setInputFiles({ name: "lon.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(21 * 1024 * 1024, 0x20)]) });
  await editor.getByRole("button", { name: "Tải tệp lên" }).click();
  await expect(editor).toHaveURL(/loi=qua-lon/);
  await expect(editor.getByRole("status").filter({ hasText: "vượt quá dung lượng" })).toContainText("tối đa 20 MB");
  await expect(editor.getByRole("region", { name: "Tệp đính kèm" }).getByRole("listitem")).toHaveCount(0);

  await editor.waitForLoadState("networkidle");
  const form = editor.getByRole("form", { name: "Sửa văn bản" });
  await form.getByLabel("Số/ký hiệu").fill("'; drop table documents; --");
  await form.getByLabel("Ngày ban hành").fill("31/02/2026");
  // Leaving the field shows its message at once (and moves the button): then save.
  await form.getByLabel("Ngày ban hành").press("Tab");
  await expect(form.getByText(/31\/02\/2026 không có thật/)).toBeVisible();
  await form.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(form.getByRole("status")).toContainText("Vui lòng kiểm tra lại");
  await expect(form.getByText("Số/ký hiệu chỉ gồm chữ, số và các dấu / - . (ví dụ 123/QĐ-UBND).")).toBeVisible();
  await expect(form.getByText(/31\/02\/2026 không có thật/)).toBeVisible();
  await editor.reload();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("95/TB-UBND");
  expect(await count()).toBe(before);
  expect((await request.get("/van-ban/95-tb-ubnd-2026")).status()).toBe(404);
});
