import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import type { Role, SessionUser } from "@/lib/auth/roles";

/**
 * One account per role for calling the data layer, inserted directly (these never sign
 * in, so no argon2 work). They are disabled, so they never count as an active admin for
 * another file's last-admin rules, and `remove` deletes them afterwards: files share
 * the run's database in no fixed order, and users-and-roles expects no users at its start.
 */
export async function createActors(db: Database, prefix: string) {
  const actors = {} as Record<Role, SessionUser>;
  for (const role of ["admin", "editor", "author"] as const) {
    const email = `${prefix}-${role}@example.vn`;
    const [row] = await db.insert(users).values({ email, name: `${prefix} ${role}`, role, passwordHash: "-", disabled: true }).returning({ id: users.id });
    actors[role] = { id: row!.id, name: `${prefix} ${role}`, email, role, mustChangePassword: false };
  }
  const remove = () => db.delete(users).where(inArray(users.id, Object.values(actors).map((a) => a.id))).then(() => undefined);
  return { actors, remove };
}
