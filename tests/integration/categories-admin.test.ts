import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCategory,
  deleteCategory,
  findCategoryBySlug,
  findCategoryRedirect,
  listCategoriesForAdmin,
  moveCategory,
  updateCategory,
} from "@/db/categories";
import type { Database } from "@/db/client";
import { categories } from "@/db/schema";
import { ForbiddenError, type Role, type SessionUser } from "@/lib/auth/roles";
import { createActors } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
let actors: Record<Role, SessionUser>;
let remove: () => Promise<void>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  ({ actors, remove } = await createActors(db, "chuyen-muc"));
});
afterAll(() => remove());

const base = { description: "", parentId: null, showOnHome: false };

describe("category management", () => {
  it("refuses authors and anonymous callers, changing nothing", async () => {
    const before = await db.select().from(categories);
    for (const who of [actors.author, null as unknown as SessionUser]) {
      await expect(createCategory(db, who, { ...base, name: "Không được" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateCategory(db, who, before[0]!.id, { ...base, name: "Đổi" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteCategory(db, who, before[0]!.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(moveCategory(db, who, before[0]!.id, "down")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listCategoriesForAdmin(db, who)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.select().from(categories)).toEqual(before);
  });

  it("creates, renames with a redirect from the old slug, and deletes only empty categories", async () => {
    const created = await createCategory(db, actors.editor, { ...base, name: "Giáo dục - Đào tạo <b>mới</b>" });
    expect(created.slug).toBe("giao-duc-dao-tao-moi");
    const saved = await updateCategory(db, actors.editor, (await findCategoryBySlug(db, created.slug))!.id, { ...base, name: "Giáo dục - Đào tạo", slug: "giao-duc" });
    expect(saved).toEqual({ slug: "giao-duc", previousSlug: "giao-duc-dao-tao-moi" });
    expect(await findCategoryRedirect(db, "giao-duc-dao-tao-moi")).toBe("giao-duc");
    expect((await findCategoryBySlug(db, "giao-duc"))?.name).toBe("Giáo dục - Đào tạo");
    // A new category may not take over an old address.
    const other = await createCategory(db, actors.admin, { ...base, name: "Giáo dục đào tạo mới", slug: "giao-duc-dao-tao-moi" });
    expect(other.slug).toBe("giao-duc-dao-tao-moi-2");

    const busy = await findCategoryBySlug(db, "cai-cach-hanh-chinh");
    await expect(deleteCategory(db, actors.editor, busy!.id)).rejects.toThrow(/còn \d+ bài viết/);
    await deleteCategory(db, actors.editor, (await findCategoryBySlug(db, "giao-duc"))!.id);
    expect(await findCategoryBySlug(db, "giao-duc")).toBeUndefined();
    await deleteCategory(db, actors.editor, (await findCategoryBySlug(db, other.slug))!.id);
  });

  it("nests one level only", async () => {
    const parent = await createCategory(db, actors.editor, { ...base, name: "Nhóm cha thử" });
    const parentId = (await findCategoryBySlug(db, parent.slug))!.id;
    const child = await createCategory(db, actors.editor, { ...base, name: "Mục con thử", parentId });
    const childId = (await findCategoryBySlug(db, child.slug))!.id;
    await expect(createCategory(db, actors.editor, { ...base, name: "Cháu", parentId: childId })).rejects.toThrow("Chỉ được lồng một cấp");
    await expect(updateCategory(db, actors.editor, parentId, { ...base, name: "Nhóm cha thử", parentId: childId })).rejects.toThrow();
    await expect(deleteCategory(db, actors.editor, parentId)).rejects.toThrow("còn mục con");
    const listed = await listCategoriesForAdmin(db, actors.editor);
    expect(listed.find((c) => c.slug === "cai-cach-hanh-chinh")!.articleCount).toBeGreaterThan(1);
    expect(listed.find((c) => c.id === parentId)!.articleCount).toBe(0);
    const at = listed.findIndex((c) => c.id === parentId);
    expect(listed[at + 1]?.id).toBe(childId);
    await deleteCategory(db, actors.editor, childId);
    await deleteCategory(db, actors.editor, parentId);
  });

  it("moves a category among its siblings", async () => {
    const top = (await listCategoriesForAdmin(db, actors.editor)).filter((c) => c.parentId === null);
    await moveCategory(db, actors.editor, top[1]!.id, "up");
    const after = (await listCategoriesForAdmin(db, actors.editor)).filter((c) => c.parentId === null);
    expect(after.slice(0, 2).map((c) => c.id)).toEqual([top[1]!.id, top[0]!.id]);
    await moveCategory(db, actors.editor, top[1]!.id, "down");
    const restored = (await listCategoriesForAdmin(db, actors.editor)).filter((c) => c.parentId === null);
    expect(restored.map((c) => c.id)).toEqual(top.map((c) => c.id));
    const [row] = await db.select({ position: categories.position }).from(categories).where(eq(categories.id, top[0]!.id));
    expect(row!.position).toBe(0);
  });
});
