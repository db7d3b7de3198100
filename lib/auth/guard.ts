import "server-only";
import { forbidden, redirect } from "next/navigation";
import { auth } from "./auth";
import { SIGN_IN_PATH } from "./auth.config";
import { ForbiddenError, type Role, type SessionUser } from "./roles";

/** The signed-in user, re-validated against the database (see the jwt callback). */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const u = session?.user;
  if (!u?.id || !u.role) return null;
  return { id: Number(u.id), name: u.name, email: u.email, role: u.role, mustChangePassword: u.mustChangePassword };
}

export const ACCOUNT_PATH = "/admin/tai-khoan";

/**
 * Every admin page starts here: anonymous → sign-in page; a generated password not yet
 * changed → the account page; a role not in `roles` → 403.
 */
export async function requirePageRole(roles: Role[], options: { duringPasswordChange?: boolean } = {}): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(SIGN_IN_PATH);
  if (user.mustChangePassword && !options.duringPasswordChange) redirect(`${ACCOUNT_PATH}?bat-buoc=1`);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

export const ALL_ROLES: Role[] = ["admin", "editor", "author"];

/**
 * A data-layer read on an admin page: the data layer's own refusal (an author opening
 * someone else's article) becomes the 403 page, not a server error.
 */
export async function forbiddenUnless<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
