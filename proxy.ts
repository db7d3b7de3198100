import { NextResponse, type NextRequest } from "next/server";
import { isSameOriginRequest } from "@/lib/auth/origin";
import { pagePolicy } from "@/lib/csp.mjs";
import { normalizeHost, readerPath, sitePath } from "@/lib/reader-url.mjs";
import { ADMIN_HOST_COOKIE } from "@/lib/site";
import { VISITOR_COOKIE, isVisitorId, newVisitorId, visitorCookieOptions, withVisitorId } from "@/lib/visitor-cookie.mjs";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;
const TRAILING_SLASH = /\/+$/;
/** Reader pages rendered per request (no page cache): they get a nonce for their scripts. */
const PER_REQUEST_READER_PAGE = /^\/(tim-kiem|van-ban|binh-chon\/[^/]+|thu-tuc-hanh-chinh\/tra-cuu|hoi-dap\/(?:tra-cuu|tim-kiem))$/;

function withNonce(headers: Headers) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = pagePolicy([`'nonce-${nonce}'`, "'strict-dynamic'"]);
  headers.set("content-security-policy", policy);
  return policy;
}

/**
 * Early answers, before any page code runs:
 * - a path with a trailing slash → the same path without it (308). Next's built-in
 *   redirect does this too but skips next.config headers (no CSP, nosniff…), so it is
 *   turned off (`skipTrailingSlashRedirect`) and done here, where they are added.
 * - /admin without a session cookie → the sign-in page. It only looks for the cookie;
 *   every admin page and action checks the session and permission itself.
 * - every reader URL → `/<host>/<path>` (app/(site)/[site]): one site per host name, each
 *   page cached under its own site's key; the page resolves the host from a cached map,
 *   so this costs no lookup. `?trang=N` of a category becomes the cacheable path
 *   `/chuyen-muc/<slug>/N` (a page that read the query string could not be cached).
 * - pages rendered per request (admin, search, poll results) get a fresh nonce for their
 *   strict script policy (lib/csp.mjs): Next reads it from the request's
 *   Content-Security-Policy and puts it on every script it renders. Cached reader pages
 *   get none: their policy lists their scripts' hashes.
 * - a path with a broken percent-escape (`/bai-viet/x%ZZ`) → 400. Next would fail to
 *   decode it for a dynamic route and answer 500, without the configured headers.
 * - a reader's server action without the visitor cookie (lib/visitor-cookie.mjs) gets one
 *   here, on the request the action reads and on the response (under `npm start` the
 *   request layer has already done it, before Next: a cookie set here still makes Next
 *   render the page's payload into the action's answer, one set by the action too).
 * - cached reader pages are answered before this runs by `npm start`'s fast path
 *   (lib/fast-path.mjs): anything added here to a cached page's response would be missing
 *   there, so such headers belong in the stored page (as its CSP is, lib/cache-handler.mjs).
 * - a server action posted from another origin → 403. Next refuses it too, but by
 *   throwing, which answers 500; the same check (lib/auth/origin.ts) is made here first.
 *   A request without Origin goes on: Next lets it run, and admin actions refuse it.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
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
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    const needsSession = !pathname.startsWith("/admin/dang-nhap");
    if (needsSession && !request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) {
      return NextResponse.redirect(new URL("/admin/dang-nhap", request.url));
    }
    const headers = new Headers(request.headers);
    const policy = withNonce(headers);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("content-security-policy", policy);
    // The admin works on the host's site. Next renders the target of an action's redirect
    // through an internal request that keeps the cookies but not the host: this host-only
    // cookie carries the host there (auth/guard.ts). Set once, never overwritten: only
    // this host can have set it, and the internal request must not replace it.
    const host = normalizeHost(request.headers.get("host"));
    if (!request.cookies.has(ADMIN_HOST_COOKIE)) {
      response.cookies.set(ADMIN_HOST_COOKIE, host, { path: "/admin", httpOnly: true, sameSite: "lax", secure: request.nextUrl.protocol === "https:" || Boolean(process.env.SITE_URL?.startsWith("https://")) });
    }
    return response;
  }

  const url = request.nextUrl.clone();
  const path = readerPath(pathname, searchParams.get("trang"));
  const mapped = path === pathname ? (queryPath(pathname, searchParams) ?? pathname) : path;
  url.pathname = sitePath(normalizeHost(request.headers.get("host")), mapped);
  const perRequest = PER_REQUEST_READER_PAGE.test(mapped);
  const visitor = isServerAction(request) && !isVisitorId(request.cookies.get(VISITOR_COOKIE)?.value) ? newVisitorId() : undefined;
  if (!perRequest && !visitor) return NextResponse.rewrite(url);
  const headers = new Headers(request.headers);
  const policy = perRequest ? withNonce(headers) : undefined;
  if (visitor) headers.set("cookie", withVisitorId(request.headers.get("cookie") ?? undefined, visitor));
  const response = NextResponse.rewrite(url, { request: { headers } });
  if (policy) response.headers.set("content-security-policy", policy);
  if (visitor) response.cookies.set(VISITOR_COOKIE, visitor, visitorCookieOptions());
  return response;
}

/**
 * Readers' query strings that become cacheable paths, as `?trang=` does for categories:
 * `/lich-cong-tac?tuan=2026-W49&lanh-dao=<slug>` → `/lich-cong-tac/2026-W49/<slug>` (the
 * page checks both). A procedures search (`?q=`, `?linh-vuc=`) goes to its per-request page.
 */
function queryPath(pathname: string, searchParams: URLSearchParams): string | undefined {
  if (pathname === "/lich-cong-tac") {
    const week = searchParams.get("tuan")?.trim().slice(0, 20);
    const leader = searchParams.get("lanh-dao")?.trim().slice(0, 100);
    if (!week && !leader) return undefined;
    return `/lich-cong-tac/${encodeURIComponent(week || "hien-tai")}${leader ? `/${encodeURIComponent(leader)}` : ""}`;
  }
  if (pathname === "/thu-tuc-hanh-chinh" && (searchParams.has("q") || searchParams.has("linh-vuc"))) return "/thu-tuc-hanh-chinh/tra-cuu";
  return undefined;
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

// Everything but Next's own files, media, static files and machine endpoints. The upload
// routes (images, documents' files) are left out too: proxy would buffer (and past 10 MB silently cut) the request body
// before the handler could refuse it; the handler checks the session itself.
export const config = {
  matcher: ["/((?!_next/|api/|media/|admin/thu-vien/tai-len|admin/van-ban/tai-tep|admin/du-thao/tai-tep|logo\\.png|logo\\.svg|favicon\\.ico).*)"],
};
