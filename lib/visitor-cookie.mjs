// The anonymous visitor cookie: a random id, httpOnly, for one view per visitor per article
// per 30 minutes and one vote per visitor. Set by an action itself, the cookie would make
// Next send the whole page's payload back with the action's answer, so it is minted before
// Next sees the request: by `npm start`'s request layer (scripts/start.mjs), else by
// proxy.ts; lib/visitor.ts reads it. Plain JavaScript, no node: imports (proxy.ts and the
// request layer both use it).

export const VISITOR_COOKIE = "vid";
const ONE_YEAR = 60 * 60 * 24 * 365;
const VISITOR_ID = /^[A-Za-z0-9_-]{22}$/;

export function isVisitorId(value) {
  return typeof value === "string" && VISITOR_ID.test(value);
}

/** 16 random bytes, base64url (22 characters). */
export function newVisitorId() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64url");
}

export function visitorCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.SITE_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: ONE_YEAR,
  };
}

/** The visitor id in a Cookie header, if it holds a valid one. */
export function visitorIdIn(cookieHeader) {
  const match = /(?:^|;\s*)vid=([^;]*)/.exec(cookieHeader ?? "");
  return match && isVisitorId(match[1]) ? match[1] : undefined;
}

/** A Cookie header with `id` as the visitor id (any other vid dropped). */
export function withVisitorId(cookieHeader, id) {
  const others = (cookieHeader ?? "")
    .split(";")
    .map((c) => c.trim())
    .filter((c) => c && !c.startsWith(`${VISITOR_COOKIE}=`));
  return [...others, `${VISITOR_COOKIE}=${id}`].join("; ");
}

/** The Set-Cookie header value for `id`. */
export function visitorSetCookie(id) {
  const o = visitorCookieOptions();
  return `${VISITOR_COOKIE}=${id}; Path=${o.path}; Max-Age=${o.maxAge}; HttpOnly; SameSite=Lax${o.secure ? "; Secure" : ""}`;
}
