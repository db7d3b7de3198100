import { ADMIN, expect, signIn, test } from "./fixtures";

test("an editor-level user creates, renames (old URL redirects) and deletes a category", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Chuyên mục" }).click();

  const create = page.getByRole("form", { name: "Tạo chuyên mục" });
  await create.getByRole("button", { name: "Tạo chuyên mục" }).click();
  await expect(create.getByText("Tên chuyên mục cần ít nhất 2 ký tự.")).toBeVisible();
  await create.getByLabel("Tên chuyên mục").fill("Giáo dục - Đào tạo");
  await create.getByRole("button", { name: "Tạo chuyên mục" }).click();
  await expect(create.getByRole("status")).toContainText('Đã tạo chuyên mục "Giáo dục - Đào tạo"');

  // The public menu shows it on the next request.
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Chuyên mục" }).getByRole("link", { name: "Giáo dục - Đào tạo" })).toBeAttached();

  await page.goto("/admin/chuyen-muc");
  const row = page.getByRole("listitem", { name: "Giáo dục - Đào tạo" });
  await row.getByLabel("Đường dẫn").fill("giao-duc");
  await row.getByRole("button", { name: "Lưu" }).click();
  await expect(row.getByRole("status").first()).toContainText("/chuyen-muc/giao-duc-dao-tao tự chuyển");

  const response = await page.goto("/chuyen-muc/giao-duc-dao-tao");
  expect(response!.status()).toBe(200);
  await expect(page).toHaveURL(/\/chuyen-muc\/giao-duc$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Giáo dục - Đào tạo");

  // A category with articles cannot be deleted; an empty one can.
  await page.goto("/admin/chuyen-muc");
  const busy = page.getByRole("listitem", { name: "Thông báo" });
  await busy.getByRole("button", { name: "Xóa" }).click();
  await expect(busy.getByRole("status").first()).toContainText("không thể xóa");
  await page.getByRole("listitem", { name: "Giáo dục - Đào tạo" }).getByRole("button", { name: "Xóa" }).click();
  await expect(page.getByRole("listitem", { name: "Giáo dục - Đào tạo" })).toHaveCount(0);
  expect((await page.goto("/chuyen-muc/giao-duc"))!.status()).toBe(404);
});
