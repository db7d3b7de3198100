import "server-only";
import { PASSWORD_CHANGE_FIRST_MESSAGE, SESSION_EXPIRED_MESSAGE } from "./action";
import { currentUser } from "./guard";
import { ForbiddenError, type Role, type SessionUser } from "./roles";

export type RouteRefusal = { status: 401 | 403; message: string };

/**
 * The admin's route handlers (CSV exports, the upload route) start here, with the checks
 * requirePageRole makes for pages and adminAction for actions: a session, the
 * first password change done, a role in `roles`. The handler shapes the refusal.
 */
export async function routeUser(roles: Role[]): Promise<{ user: SessionUser; refusal?: undefined } | { user?: undefined; refusal: RouteRefusal }> {
  const user = await currentUser();
  if (!user) return { refusal: { status: 401, message: SESSION_EXPIRED_MESSAGE } };
  if (user.mustChangePassword) return { refusal: { status: 403, message: PASSWORD_CHANGE_FIRST_MESSAGE } };
  if (!roles.includes(user.role)) return { refusal: { status: 403, message: new ForbiddenError().message } };
  return { user };
}
