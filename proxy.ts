import { NextResponse, type NextRequest } from "next/server";
import { isSameOriginRequest } from "@/lib/auth/origin";
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
 * - a path with a broken percent-escape (`/bai-viet/x%ZZ`) → 400. Next would fail to
 *   decode it for a dynamic route and answer 500, without the configured headers.
 * - a server action posted from another origin → 403. Next refuses it too, but by
 *   throwing, which answers 500; the same check (lib/auth/origin.ts) is made here first.
 *   A request without Origin goes on: Next lets it run, and admin actions refuse it.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.includes("%") && !decodable(pathname)) {
    return new NextResponse("Địa chỉ trang không hợp lệ (có ký tự mã hóa sai).", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (isServerAction(request) && request.headers.has("origin") && !isSameOriginRequest(request.headers)) {
    return new NextResponse("Yêu cầu không đến từ trang của cổng nên bị từ chối.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
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

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Server actions come as POSTs with a Next-Action header, or without JavaScript as multipart forms. */
function isServerAction(request: NextRequest): boolean {
  return request.method === "POST" && (request.headers.has("next-action") || /^multipart\/form-data/i.test(request.headers.get("content-type") ?? ""));
}

// The upload route is left out: proxy would buffer (and past 10 MB silently cut) the
// request body before the handler could refuse it; the handler checks the session itself.
// Reader pages come here only with a "%" in the path or as a server action's POST, so
// a cached page's GET never does.
export const config = {
  matcher: [
    "/admin",
    "/admin/((?!thu-vien/tai-len).*)",
    "/tim-kiem",
    "/binh-chon/:path*",
    "/((?!_next/).+)/",
    "/((?!_next/).*%.*)",
    { source: "/((?!_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!_next/|admin/thu-vien/tai-len).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
