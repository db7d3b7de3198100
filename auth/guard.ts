import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/index";
import { listMemberships } from "@/db/sites";
import { getSiteForHost, getSites } from "@/db/site-directory";
import { SIGN_IN_PATH } from "@/lib/auth/auth.config";
import { can, ForbiddenError, type Actor, type Permission, type Role, type SessionUser } from "@/lib/auth/policy";
import { ADMIN_HOST_COOKIE, type SiteInfo } from "@/lib/site";
import { auth } from "./auth";

/** The signed-in user, re-validated against the database (see the jwt callback). */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const u = session?.user;
  if (!u?.id) return null;
  return { id: Number(u.id), name: u.name, email: u.email, platformAdmin: Boolean(u.platformAdmin), mustChangePassword: u.mustChangePassword };
}

export const SESSION_EXPIRED_MESSAGE = "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.";
export const PASSWORD_CHANGE_FIRST_MESSAGE = "Bạn đang dùng mật khẩu được cấp. Vui lòng đổi mật khẩu (trang Tài khoản) trước khi tiếp tục làm việc.";

/** The site switcher's choice; only honoured for a site the person works on. */
export const ADMIN_SITE_COOKIE = "portal-admin-site";

export type AdminContext = {
  user: SessionUser;
  /** The person acting on the site they are working on now, or null when they have none. */
  actor: Actor | null;
  /** The sites they may switch to (every site for a platform admin). */
  sites: (SiteInfo & { role: Role | null })[];
};

/**
 * Who is working on which site, once per request. One admin at /admin on every host,
 * working on the host's site; the switcher's choice (a cookie of this host) moves a
 * person who works on several sites to another of theirs. Someone who is not a member
 * of the host's site has no actor there: every page and action refuses them.
 */
export const adminContext = cache(async (): Promise<AdminContext | null> => {
  const user = await currentUser();
  if (!user) return null;
  const [memberships, all] = await Promise.all([listMemberships(await getDb(), user.id), getSites()]);
  const roleOf = new Map(memberships.map((m) => [m.siteId, m.role]));
  const sites = all.filter((s) => user.platformAdmin || roleOf.has(s.id)).map((s) => ({ ...s, role: roleOf.get(s.id) ?? null }));
  const jar = await cookies();
  const chosen = Number(jar.get(ADMIN_SITE_COOKIE)?.value);
  // The cookie is host-only and rewritten by proxy.ts on every admin request of this host.
  const hostSite = await getSiteForHost(jar.get(ADMIN_HOST_COOKIE)?.value ?? (await headers()).get("host"));
  const site = sites.find((s) => s.id === chosen) ?? sites.find((s) => s.id === hostSite.id);
  const actor = site ? { ...user, siteId: site.id, role: site.role } : null;
  return { user, actor, sites };
});

export const ACCOUNT_PATH = "/admin/tai-khoan";

/**
 * Every admin page starts here: anonymous → sign-in page; a generated password not yet
 * changed → the account page; no such permission on the current site → 403.
 */
export async function requirePermission(permission: Permission, options: { duringPasswordChange?: boolean } = {}): Promise<Actor> {
  const context = await adminContext();
  if (!context) redirect(SIGN_IN_PATH);
  if (context.user.mustChangePassword && !options.duringPasswordChange) redirect(`${ACCOUNT_PATH}?bat-buoc=1`);
  if (!context.actor || !can(context.actor, permission)) forbidden();
  return context.actor;
}

/**
 * The person's own pages (their account): signed in is enough, on any host, even before
 * the first password change — the change is made there.
 */
export async function requireSignedIn(): Promise<AdminContext> {
  const context = await adminContext();
  if (!context) redirect(SIGN_IN_PATH);
  return context;
}

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

/**
 * The route handlers' guard (CSV exports, uploads): the same checks as pages, answered
 * as HTTP statuses with a Vietnamese message.
 */
export async function routeActor(permission: Permission): Promise<Actor | Response> {
  const context = await adminContext();
  const refuse = (status: number, message: string) => Response.json({ ok: false, message }, { status, headers: { "Cache-Control": "no-store" } });
  if (!context) return refuse(401, SESSION_EXPIRED_MESSAGE);
  if (context.user.mustChangePassword) return refuse(403, PASSWORD_CHANGE_FIRST_MESSAGE);
  if (!context.actor || !can(context.actor, permission)) return refuse(403, "Bạn không có quyền thực hiện thao tác này.");
  return context.actor;
}
