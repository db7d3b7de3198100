import { Card } from "@/components/admin/card";
import { listCategories } from "@/db/categories";
import { getDb } from "@/db/index";
import { getStoredMenu } from "@/db/site-pages";
import { getSites } from "@/db/site-directory";
import { requirePermission } from "@/auth/guard";
import { isProvincial } from "@/lib/site";
import { resolveMenu } from "@/lib/site-pages";
import { MenuEditor } from "./menu-editor";

export const metadata = { title: "Trình đơn" };

export default async function MenuAdminPage() {
  const actor = await requirePermission("menu.manage");
  const db = await getDb();
  const site = (await getSites()).find((s) => s.id === actor.siteId)!;
  const [stored, categories] = await Promise.all([getStoredMenu(db, actor.siteId), listCategories(db, actor.siteId)]);
  const items = resolveMenu(stored, categories, isProvincial(site.kind));
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Trình đơn chính</h1>
        <p className="text-sm text-muted">
          Thứ tự, tên hiển thị và các mục hiện trên trình đơn ở đầu mọi trang (cả trên điện thoại). “Trang chủ” luôn đứng đầu. Chuyên mục mới tự thêm vào trình đơn; sơ đồ cổng liệt kê mọi mục đang hiện.
        </p>
      </div>
      <Card>
        <MenuEditor key={JSON.stringify(items)} items={items.map(({ ref, href, label, defaultLabel, visible }) => ({ ref, href, label, defaultLabel, visible }))} />
      </Card>
    </div>
  );
}
