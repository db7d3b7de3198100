import { and, asc, eq } from "drizzle-orm";
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
import { auditLog, categories, categorySlugs } from "@/db/schema";
import { UserRuleError } from "@/db/users";
import { ForbiddenError, type Actor, type Role } from "@/lib/auth/policy";
import { snapshotDatabase } from "../support/db-snapshot";
import { createActors, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
let actors: Record<Role, Actor>;
let remove: () => Promise<void>;
/** The default site (the demo district). */
let siteId: number;
/** A commune's editors, for the cross-site checks. */
let other: { actors: Record<Role, Actor>; siteId: number; remove: () => Promise<void> };

beforeAll(async () => {
  db = (await testDatabase()).db;
  ({ actors, siteId, remove } = await createActors(db, "chuyen-muc"));
  other = await createActors(db, "chuyen-muc-xa", await siteIdOf(db, "dong-kinh"));
});
afterAll(async () => {
  await remove();
  await other.remove();
});

const base = { description: "", parentId: null, showOnHome: false };

describe("category management", () => {
  it("refuses authors and anonymous callers, changing nothing", async () => {
    const before = await db.select().from(categories).where(eq(categories.siteId, siteId)).orderBy(asc(categories.id));
    const everything = await snapshotDatabase(db);
    for (const who of [actors.author, null as unknown as Actor]) {
      await expect(createCategory(db, who, { ...base, name: "Không được" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateCategory(db, who, before[0]!.id, { ...base, name: "Đổi" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteCategory(db, who, before[0]!.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(moveCategory(db, who, before[0]!.id, "down")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listCategoriesForAdmin(db, who)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.select().from(categories).where(eq(categories.siteId, siteId)).orderBy(asc(categories.id))).toEqual(before);
    expect(await snapshotDatabase(db)).toEqual(everything);
  });

  it("creates, renames with a redirect from the old slug, and deletes only empty categories", async () => {
    const created = await createCategory(db, actors.editor, { ...base, name: "Giáo dục - Đào tạo <b>mới</b>" });
    expect(created.slug).toBe("giao-duc-dao-tao-moi");
    const saved = await updateCategory(db, actors.editor, (await findCategoryBySlug(db, siteId, created.slug))!.id, { ...base, name: "Giáo dục - Đào tạo", slug: "giao-duc" });
    expect(saved).toEqual({ slug: "giao-duc", previousSlug: "giao-duc-dao-tao-moi" });
    expect(await findCategoryRedirect(db, siteId, "giao-duc-dao-tao-moi")).toBe("giao-duc");
    expect((await findCategoryBySlug(db, siteId, "giao-duc"))?.name).toBe("Giáo dục - Đào tạo");
    // A new category may not take over an old address.
    const other = await createCategory(db, actors.admin, { ...base, name: "Giáo dục đào tạo mới", slug: "giao-duc-dao-tao-moi" });
    expect(other.slug).toBe("giao-duc-dao-tao-moi-2");

    const busy = await findCategoryBySlug(db, siteId, "cai-cach-hanh-chinh");
    await expect(deleteCategory(db, actors.editor, busy!.id)).rejects.toThrow(/còn \d+ bài viết/);
    await deleteCategory(db, actors.editor, (await findCategoryBySlug(db, siteId, "giao-duc"))!.id);
    expect(await findCategoryBySlug(db, siteId, "giao-duc")).toBeUndefined();
    await deleteCategory(db, actors.editor, (await findCategoryBySlug(db, siteId, other.slug))!.id);
  });

  it("nests one level only", async () => {
    const parent = await createCategory(db, actors.editor, { ...base, name: "Nhóm cha thử" });
    const parentId = (await findCategoryBySlug(db, siteId, parent.slug))!.id;
    const child = await createCategory(db, actors.editor, { ...base, name: "Mục con thử", parentId });
    const childId = (await findCategoryBySlug(db, siteId, child.slug))!.id;
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

describe("categories of another site", () => {
  it("cannot be changed, moved, deleted or used as a parent from this site; nothing changes", async () => {
    const theirs = (await findCategoryBySlug(db, other.siteId, "cai-cach-hanh-chinh"))!;
    const empty = await createCategory(db, other.actors.editor, { ...base, name: "Mục trống của phường" });
    const emptyId = (await findCategoryBySlug(db, other.siteId, empty.slug))!.id;
    const before = await snapshotDatabase(db);
    for (const who of [actors.editor, actors.admin]) {
      for (const id of [theirs.id, emptyId]) {
        await expect(updateCategory(db, who, id, { ...base, name: "Đổi từ trang khác" })).rejects.toThrow(new UserRuleError("Không tìm thấy chuyên mục."));
        await expect(moveCategory(db, who, id, "up")).rejects.toThrow(new UserRuleError("Không tìm thấy chuyên mục."));
        await expect(deleteCategory(db, who, id)).rejects.toThrow(new UserRuleError("Không tìm thấy chuyên mục."));
      }
      await expect(createCategory(db, who, { ...base, name: "Con của mục trang khác", parentId: theirs.id })).rejects.toThrow(new UserRuleError("Chuyên mục cha không tồn tại."));
    }
    expect(await snapshotDatabase(db)).toEqual(before);
    await deleteCategory(db, other.actors.editor, emptyId);
  });

  it("are listed only on their own site, each site with its own article counts", async () => {
    const mine = await listCategoriesForAdmin(db, actors.editor);
    const theirs = await listCategoriesForAdmin(db, other.actors.editor);
    const own = async (id: number) => (await db.select({ id: categories.id }).from(categories).where(eq(categories.siteId, id))).map((c) => c.id).sort((a, b) => a - b);
    expect(mine.map((c) => c.id).sort((a, b) => a - b)).toEqual(await own(siteId));
    expect(theirs.map((c) => c.id).sort((a, b) => a - b)).toEqual(await own(other.siteId));
    // Both sites have a "cai-cach-hanh-chinh": two categories, counted apart.
    const here = mine.find((c) => c.slug === "cai-cach-hanh-chinh")!;
    const there = theirs.find((c) => c.slug === "cai-cach-hanh-chinh")!;
    expect(here.id).not.toBe(there.id);
    expect(here.articleCount).toBeGreaterThan(there.articleCount);
  });

  it("keep their own slugs: the same name gives the same address on each site, and a rename redirects on its site only", async () => {
    const a = await createCategory(db, actors.editor, { ...base, name: "Chuyên mục chung hai trang" });
    const b = await createCategory(db, other.actors.editor, { ...base, name: "Chuyên mục chung hai trang" });
    expect([a.slug, b.slug]).toEqual(["chuyen-muc-chung-hai-trang", "chuyen-muc-chung-hai-trang"]);
    await updateCategory(db, actors.editor, a.id, { ...base, name: "Chuyên mục đổi tên", slug: "chuyen-muc-doi-ten" });
    expect(await findCategoryRedirect(db, siteId, "chuyen-muc-chung-hai-trang")).toBe("chuyen-muc-doi-ten");
    expect(await findCategoryRedirect(db, other.siteId, "chuyen-muc-chung-hai-trang")).toBeNull();
    expect((await findCategoryBySlug(db, other.siteId, "chuyen-muc-chung-hai-trang"))?.id).toBe(b.id);
    expect(await findCategoryBySlug(db, other.siteId, "chuyen-muc-doi-ten")).toBeUndefined();
    const slugs = await db.select({ siteId: categorySlugs.siteId, slug: categorySlugs.slug }).from(categorySlugs).where(eq(categorySlugs.categoryId, a.id));
    expect(slugs.every((s) => s.siteId === siteId)).toBe(true);
    await deleteCategory(db, actors.editor, a.id);
    await deleteCategory(db, other.actors.editor, b.id);
  });
});

describe("the audit log", () => {
  it("has every change of a category, on the site it changed", async () => {
    const { id, slug } = await createCategory(db, actors.editor, { ...base, name: "Mục để ghi nhật ký" });
    await updateCategory(db, actors.editor, id, { ...base, name: "Mục để ghi nhật ký (sửa)" });
    await moveCategory(db, actors.editor, id, "up");
    await deleteCategory(db, actors.editor, id);
    const entries = await db.select({ action: auditLog.action, siteId: auditLog.siteId }).from(auditLog).where(and(eq(auditLog.entityType, "category"), eq(auditLog.entityId, String(id))));
    expect(entries.map((e) => e.action).sort()).toEqual(["category.create", "category.delete", "category.move", "category.update"]);
    expect(entries.filter((e) => e.siteId !== siteId)).toEqual([]);
    expect(slug).toBe("muc-de-ghi-nhat-ky");
  });
});
