import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Database } from "./client";
import { categories } from "./schema";

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
export async function listCategories(db: Database): Promise<PublicCategory[]> {
  return db.select(publicColumns).from(categories).orderBy(asc(categories.position), asc(categories.id));
}

export async function findCategoryBySlug(db: Database, slug: string): Promise<PublicCategory | undefined> {
  const [row] = await db.select(publicColumns).from(categories).where(eq(categories.slug, slug));
  return row;
}
