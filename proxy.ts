import { NextResponse, type NextRequest } from "next/server";

const TRAILING_SLASH = /\/+$/;

/**
 * Two early answers, before any page code runs:
 * - a path with a trailing slash → the same path without it (308). Next's built-in
 *   redirect does this too but skips next.config headers (no CSP, nosniff…), so it is
 *   turned off (`skipTrailingSlashRedirect`) and done here, where they are added.
 * - /admin without a session cookie → the sign-in page. It only looks for the cookie;
 *   every admin page and action checks the session and role itself against the database.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname !== "/" && TRAILING_SLASH.test(pathname)) {
    // A plain URL: NextURL would put the trailing slash back when formatting.
    const url = new URL(request.url);
    url.pathname = pathname.replace(TRAILING_SLASH, "");
    return NextResponse.redirect(url, 308);
  }
  const hasSession = request.cookies.getAll().some((c) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(c.name));
  if (hasSession) return NextResponse.next();
  const url = new URL("/admin/dang-nhap", request.url);
  return NextResponse.redirect(url);
}

// The upload route is left out: proxy would buffer (and past 10 MB silently cut) the
// request body before the handler could refuse it; the handler checks the session itself.
export const config = {
  matcher: ["/admin", "/admin/((?!dang-nhap|thu-vien/tai-len).*)", "/((?!_next/).+)/"],
};
