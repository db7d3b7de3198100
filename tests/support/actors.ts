import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { siteMembers, sites, users } from "@/db/schema";
import type { Actor, Role } from "@/lib/auth/policy";

/** The default site's id (the oldest site: the demo district). */
export async function defaultSiteId(db: Database): Promise<number> {
  const [row] = await db.select({ id: sites.id }).from(sites).orderBy(asc(sites.id)).limit(1);
  return row!.id;
}

export async function siteIdOf(db: Database, slug: string): Promise<number> {
  const [row] = await db.select({ id: sites.id }).from(sites).where(eq(sites.slug, slug));
  if (!row) throw new Error(`No site ${slug}`);
  return row.id;
}

/**
 * One account per role on a site (the default site unless told) for calling the data
 * layer, inserted directly (these never sign in, so no argon2 work). They are disabled,
 * so they never count as an active admin for another file's last-admin rules, and
 * `remove` deletes them afterwards: files share the run's database in no fixed order.
 */
export async function createActors(db: Database, prefix: string, siteId?: number) {
  const site = siteId ?? (await defaultSiteId(db));
  const actors = {} as Record<Role, Actor>;
  for (const role of ["admin", "editor", "author"] as const) {
    const email = `${prefix}-${role}@example.vn`;
    const [row] = await db.insert(users).values({ email, name: `${prefix} ${role}`, passwordHash: "-", disabled: true }).returning({ id: users.id });
    await db.insert(siteMembers).values({ siteId: site, userId: row!.id, role });
    actors[role] = { id: row!.id, name: `${prefix} ${role}`, email, platformAdmin: false, mustChangePassword: false, siteId: site, role };
  }
  const remove = () => db.delete(users).where(inArray(users.id, Object.values(actors).map((a) => a.id))).then(() => undefined);
  return { actors, siteId: site, remove };
}

/** createActors on two sites, A and B, for the tests that each site's staff stay on their own. */
export async function createStaffOfTwoSites(db: Database, prefix: string, sitesById: { A: number; B: number }) {
  const staff = {} as Record<"A" | "B", Record<Role, Actor>>;
  const removers: (() => Promise<void>)[] = [];
  for (const site of ["A", "B"] as const) {
    const made = await createActors(db, `${prefix}-${site.toLowerCase()}`, sitesById[site]);
    staff[site] = made.actors;
    removers.push(made.remove);
  }
  return { staff, remove: () => Promise.all(removers.map((r) => r())).then(() => undefined) };
}

/** A platform admin (no site role of its own), working on `siteId`; disabled, as createActors' accounts. */
export async function createPlatformAdmin(db: Database, prefix: string, siteId: number) {
  const email = `${prefix}-platform@example.vn`;
  const name = `${prefix} platform`;
  const [row] = await db.insert(users).values({ email, name, passwordHash: "-", platformAdmin: true, disabled: true }).returning({ id: users.id });
  const actor: Actor = { id: row!.id, name, email, platformAdmin: true, mustChangePassword: false, siteId, role: null };
  return { actor, remove: () => db.delete(users).where(eq(users.id, row!.id)).then(() => undefined) };
}
