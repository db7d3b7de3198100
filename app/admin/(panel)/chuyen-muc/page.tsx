import { Card } from "@/components/admin/card";
import { listCategoriesForAdmin } from "@/db/categories";
import { getDb } from "@/db/index";
import { requirePermission } from "@/auth/guard";
import { CategoryRowForms, CreateCategoryForm } from "./category-forms";

export const metadata = { title: "Chuyên mục" };

export default async function CategoriesPage() {
  const user = await requirePermission("category.manage");
  const rows = await listCategoriesForAdmin(await getDb(), user);
  const parents = rows.filter((r) => r.parentId === null).map((r) => ({ id: r.id, name: r.name }));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Chuyên mục</h1>
      <Card title="Tạo chuyên mục">
        <CreateCategoryForm parents={parents} />
      </Card>
      <Card title={`Danh sách (${rows.length})`}>
        <ul className="divide-y divide-stone-200">
          {rows.map((c) => {
            const siblings = rows.filter((r) => r.parentId === c.parentId);
            return (
              <li key={c.id} className={`grid gap-3 py-4 lg:grid-cols-[220px_1fr] ${c.parentId ? "lg:pl-8" : ""}`} aria-label={c.name}>
                <div>
                  <p className="font-semibold">
                    {c.parentId && <span aria-hidden="true">↳ </span>}
                    {c.name}
                  </p>
                  <p className="text-xs text-muted">/chuyen-muc/{c.slug} · {c.articleCount} bài{c.showOnHome ? " · trên trang chủ" : ""}</p>
                </div>
                <CategoryRowForms category={c} parents={parents} first={siblings[0]?.id === c.id} last={siblings.at(-1)?.id === c.id} />
              </li>
            );
          })}
        </ul>
      </Card>
    </div>
  );
}
