import "server-only";
import { and, asc, count, eq, isNull, ne, sql } from "drizzle-orm";
import { assertCan, can, type Actor } from "@/lib/auth/policy";
import { toPlainText } from "@/lib/sanitize";
import { isValidSlug, slugify, uniqueSlug } from "@/lib/slug";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { articles, categories, categorySlugs } from "./schema";
import { UserRuleError } from "./users";

const publicColumns = {
  id: categories.id,
  slug: categories.slug,
  name: categories.name,
  description: categories.description,
  parentId: categories.parentId,
  showOnHome: categories.showOnHome,
};
export type PublicCategory = { id: number; slug: string; name: string; description: string; parentId: number | null; showOnHome: boolean };

/** All categories in menu order. */
export async function listCategories(db: Database, siteId: number): Promise<PublicCategory[]> {
  return db.select(publicColumns).from(categories).where(eq(categories.siteId, siteId)).orderBy(asc(categories.position), asc(categories.id));
}

export async function findCategoryBySlug(db: Database, siteId: number, slug: string): Promise<PublicCategory | undefined> {
  const [row] = await db.select(publicColumns).from(categories).where(and(eq(categories.siteId, siteId), eq(categories.slug, slug)));
  return row;
}

// ---------------------------------------------------------------- admin

/** Where an old slug of a category now lives, if anywhere. */
export async function findCategoryRedirect(db: Database, siteId: number, slug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: categories.slug })
    .from(categorySlugs)
    .innerJoin(categories, eq(categories.id, categorySlugs.categoryId))
    .where(and(eq(categorySlugs.siteId, siteId), eq(categorySlugs.slug, slug), ne(categories.slug, slug)));
  return row?.slug ?? null;
}

export type CategoryInput = { name: string; description: string; parentId: number | null; showOnHome: boolean; slug?: string };

export async function listCategoriesForAdmin(db: Database, actor: Actor) {
  assertCan(actor, "category.manage");
  const counts = await db.select({ categoryId: articles.categoryId, n: count() }).from(articles).where(eq(articles.siteId, actor.siteId)).groupBy(articles.categoryId);
  const countById = new Map(counts.map((c) => [c.categoryId, c.n]));
  const rows = (await db.select({ ...publicColumns, position: categories.position }).from(categories).where(eq(categories.siteId, actor.siteId)).orderBy(asc(categories.position), asc(categories.id))).map((r) => ({
    ...r,
    articleCount: countById.get(r.id) ?? 0,
  }));
  // Menu order: each top-level category followed by its children.
  const top = rows.filter((r) => r.parentId === null);
  return top.flatMap((t) => [t, ...rows.filter((r) => r.parentId === t.id)]);
}

async function slugInUse(tx: Transaction, siteId: number, slug: string, exceptId?: number) {
  const [current] = await tx.select({ id: categories.id }).from(categories).where(and(eq(categories.siteId, siteId), eq(categories.slug, slug)));
  if (current && current.id !== exceptId) return true;
  const [old] = await tx.select({ id: categorySlugs.categoryId }).from(categorySlugs).where(and(eq(categorySlugs.siteId, siteId), eq(categorySlugs.slug, slug)));
  return Boolean(old && old.id !== exceptId);
}

/** One level of nesting: a parent must be top-level, and a parent cannot become a child. */
async function checkParent(tx: Transaction, siteId: number, id: number | null, parentId: number | null) {
  if (parentId === null) return;
  if (parentId === id) throw new UserRuleError("Chuyên mục không thể là mục cha của chính nó.");
  const [parent] = await tx.select({ parentId: categories.parentId }).from(categories).where(and(eq(categories.id, parentId), eq(categories.siteId, siteId)));
  if (!parent) throw new UserRuleError("Chuyên mục cha không tồn tại.");
  if (parent.parentId !== null) throw new UserRuleError("Chỉ được lồng một cấp: mục cha phải là chuyên mục cấp trên cùng.");
  if (id !== null) {
    const [child] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.parentId, id)).limit(1);
    if (child) throw new UserRuleError("Chuyên mục đang có mục con nên không thể làm mục con.");
  }
}

export async function createCategory(db: Database, actor: Actor, raw: CategoryInput, ip = "") {
  assertCan(actor, "category.manage");
  const name = toPlainText(raw.name);
  return db.transaction(async (tx) => {
    await checkParent(tx, actor.siteId, null, raw.parentId);
    const slug = await uniqueSlug(raw.slug || name, (s) => slugInUse(tx, actor.siteId, s), "chuyen-muc");
    const [last] = await tx.select({ max: sql<number>`coalesce(max(${categories.position}), -1)::int` }).from(categories).where(eq(categories.siteId, actor.siteId));
    const [created] = await tx
      .insert(categories)
      .values({ siteId: actor.siteId, name, slug, description: toPlainText(raw.description), parentId: raw.parentId, showOnHome: raw.showOnHome, position: (last?.max ?? -1) + 1 })
      .returning({ id: categories.id, slug: categories.slug });
    await tx.insert(categorySlugs).values({ siteId: actor.siteId, slug, categoryId: created!.id });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "category.create", entityType: "category", entityId: created!.id, summary: name, ip });
    return created!;
  });
}

/** Renaming the slug keeps the old address working (category_slugs → 308). */
export async function updateCategory(db: Database, actor: Actor, id: number, raw: CategoryInput, ip = "") {
  assertCan(actor, "category.manage");
  const name = toPlainText(raw.name);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(categories).where(and(eq(categories.id, id), eq(categories.siteId, actor.siteId))).for("update");
    if (!current) throw new UserRuleError("Không tìm thấy chuyên mục.");
    await checkParent(tx, actor.siteId, id, raw.parentId);
    let slug = current.slug;
    if (raw.slug && slugify(raw.slug) !== current.slug) {
      const wanted = slugify(raw.slug);
      if (!isValidSlug(wanted)) throw new UserRuleError("Đường dẫn không hợp lệ.");
      slug = await uniqueSlug(wanted, (s) => slugInUse(tx, actor.siteId, s, id), "chuyen-muc");
      await tx.insert(categorySlugs).values({ siteId: actor.siteId, slug: current.slug, categoryId: id }).onConflictDoNothing();
      await tx.insert(categorySlugs).values({ siteId: actor.siteId, slug, categoryId: id }).onConflictDoNothing();
    }
    await tx
      .update(categories)
      .set({ name, slug, description: toPlainText(raw.description), parentId: raw.parentId, showOnHome: raw.showOnHome, updatedAt: new Date() })
      .where(eq(categories.id, id));
    await recordAudit(tx, {
      siteId: actor.siteId,
      userId: actor.id,
      action: "category.update",
      entityType: "category",
      entityId: id,
      summary: slug !== current.slug ? `${name} (đường dẫn: ${current.slug} → ${slug})` : name,
      ip,
    });
    return { slug, previousSlug: current.slug };
  });
}

/** Moves a category one place up or down among its siblings. */
export async function moveCategory(db: Database, actor: Actor, id: number, direction: "up" | "down", ip = "") {
  assertCan(actor, "category.manage");
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(categories).where(and(eq(categories.id, id), eq(categories.siteId, actor.siteId))).for("update");
    if (!current) throw new UserRuleError("Không tìm thấy chuyên mục.");
    const siblings = await tx
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.siteId, actor.siteId), current.parentId === null ? isNull(categories.parentId) : eq(categories.parentId, current.parentId)))
      .orderBy(asc(categories.position), asc(categories.id));
    const order = siblings.map((s) => s.id);
    const at = order.indexOf(id);
    const to = direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to]!, order[at]!];
    for (const [position, siblingId] of order.entries()) {
      await tx.update(categories).set({ position }).where(eq(categories.id, siblingId));
    }
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "category.move", entityType: "category", entityId: id, summary: `${current.name} ${direction === "up" ? "lên" : "xuống"}`, ip });
  });
}

/** Only an empty category (no articles, no children) can be deleted. */
export async function deleteCategory(db: Database, actor: Actor, id: number, ip = "") {
  assertCan(actor, "category.manage");
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(categories).where(and(eq(categories.id, id), eq(categories.siteId, actor.siteId))).for("update");
    if (!current) throw new UserRuleError("Không tìm thấy chuyên mục.");
    const [used] = await tx.select({ n: count() }).from(articles).where(eq(articles.categoryId, id));
    if ((used?.n ?? 0) > 0) throw new UserRuleError(`Chuyên mục còn ${used!.n} bài viết, không thể xóa.`);
    const [child] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.parentId, id)).limit(1);
    if (child) throw new UserRuleError("Chuyên mục còn mục con, không thể xóa.");
    await tx.delete(categories).where(eq(categories.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "category.delete", entityType: "category", entityId: id, summary: current.name, ip });
    return { slug: current.slug };
  });
}
