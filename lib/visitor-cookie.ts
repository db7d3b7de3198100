/**
 * The anonymous visitor cookie: a random id, httpOnly, for one view per visitor per article
 * per 30 minutes and one vote per visitor. Minted by proxy.ts on a reader's server-action
 * request that carries none (set by an action itself, the cookie would make Next send the
 * whole page's payload back with the action's answer), read by lib/visitor.ts.
 * No node: imports, so proxy.ts can use it.
 */
export const VISITOR_COOKIE = "vid";
const ONE_YEAR = 60 * 60 * 24 * 365;

export function isVisitorId(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z0-9_-]{22}$/.test(value);
}

/** 16 random bytes, base64url (22 characters). */
export function newVisitorId(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64url");
}

export function visitorCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.SITE_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: ONE_YEAR,
  };
}
