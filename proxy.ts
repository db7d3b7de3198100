import { NextResponse, type NextRequest } from "next/server";

/**
 * Optimistic guard for /admin: no session cookie → the sign-in page, before any admin
 * code runs. It only looks for the cookie; every admin page and action checks the
 * session and role itself against the database.
 */
export function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((c) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(c.name));
  if (hasSession) return NextResponse.next();
  const url = new URL("/admin/dang-nhap", request.url);
  return NextResponse.redirect(url);
}

// The upload route is left out: proxy would buffer (and past 10 MB silently cut) the
// request body before the handler could refuse it; the handler checks the session itself.
export const config = {
  matcher: ["/admin", "/admin/((?!dang-nhap|thu-vien/tai-len).*)"],
};
