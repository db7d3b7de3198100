import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "@/lib/csp.mjs";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;
const TRAILING_SLASH = /\/+$/;

/**
 * Early answers, before any page code runs:
 * - a path with a trailing slash → the same path without it (308). Next's built-in
 *   redirect does this too but skips next.config headers (no CSP, nosniff…), so it is
 *   turned off (`skipTrailingSlashRedirect`) and done here, where they are added.
 * - /admin without a session cookie → the sign-in page. It only looks for the cookie;
 *   every admin page and action checks the session and role itself against the database.
 * - pages rendered per request (admin, search, poll results) get a fresh nonce for their
 *   strict script policy (lib/csp.mjs): Next reads it from the request's
 *   Content-Security-Policy and puts it on every script it renders. Cached reader pages
 *   never come here: their policy lists their scripts' hashes.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname !== "/" && TRAILING_SLASH.test(pathname)) {
    // A plain URL: NextURL would put the trailing slash back when formatting.
    const url = new URL(request.url);
    url.pathname = pathname.replace(TRAILING_SLASH, "");
    return NextResponse.redirect(url, 308);
  }
  const needsSession = pathname.startsWith("/admin") && !pathname.startsWith("/admin/dang-nhap");
  if (needsSession && !request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) {
    return NextResponse.redirect(new URL("/admin/dang-nhap", request.url));
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = pagePolicy([`'nonce-${nonce}'`, "'strict-dynamic'"]);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// The upload route is left out: proxy would buffer (and past 10 MB silently cut) the
// request body before the handler could refuse it; the handler checks the session itself.
export const config = {
  matcher: ["/admin", "/admin/((?!thu-vien/tai-len).*)", "/tim-kiem", "/binh-chon/:path*", "/((?!_next/).+)/"],
};
