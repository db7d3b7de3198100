import { validateHtml } from "./support/vnu";
import { expect, REFERENCE, test } from "./fixtures";

test("the W3C checker finds no errors on the homepage, a category, an article, the gallery, search, the documents register, Hỏi đáp and the drafts for comment", async ({ request }) => {
  test.setTimeout(120_000);
  const gallery = await (await request.get("/thu-vien-anh")).text();
  const album = /href="(\/thu-vien-anh\/[a-z0-9-]+)"/.exec(gallery)?.[1];
  expect(album, "an album link on the gallery page").toBeTruthy();
  // The demo drafts: one open (with its comment form), one upcoming, one closed with its report.
  const draftList = await (await request.get("/du-thao")).text();
  const drafts = [...new Set([...draftList.matchAll(/href="(\/du-thao\/[a-z0-9-]+)"/g)].map((m) => m[1]!))];
  expect(drafts.length, "the demo drafts on /du-thao").toBeGreaterThanOrEqual(3);
  const paths: Record<string, string> = {
    "trang-chu": "/",
    "chuyen-muc": "/chuyen-muc/cai-cach-hanh-chinh",
    "bai-viet": `/bai-viet/${REFERENCE.slug}`,
    "thu-vien-anh": "/thu-vien-anh",
    album: album!,
    "tim-kiem": "/tim-kiem?q=c%E1%BA%A3i+c%C3%A1ch",
    "binh-chon": "/binh-chon/1",
    "van-ban": "/van-ban",
    "van-ban-loc": "/van-ban?q=ke+hoach&nam=2026",
    "van-ban-chi-tiet": "/van-ban/10-qd-ubnd-2025",
    "hoi-dap": "/hoi-dap",
    "gui-cau-hoi": "/hoi-dap/gui-cau-hoi",
    "hoi-dap-tim-kiem": "/hoi-dap/tim-kiem?q=dat&linh-vuc=%C4%90%E1%BA%A5t+%C4%91ai",
    "danh-gia": "/danh-gia",
    "du-thao": "/du-thao",
    ...Object.fromEntries(drafts.map((path, i) => [`du-thao-${i + 1}`, path])),
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
