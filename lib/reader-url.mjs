// How a reader's URL becomes the internal page path it is rendered and cached under
// (app/(site)/[site]: `/<host>/<path>`). Plain JavaScript: proxy.ts, the site directory and
// the cached-page fast path of `npm start` (lib/fast-path.mjs, loaded outside the bundler)
// must all key a request the same way, or a page cached under one spelling would be looked
// up under another.

/** A host header as a site key: lower case, no port, no trailing dot. */
export function normalizeHost(host) {
  const value = (host ?? "").trim().toLowerCase();
  const withoutPort = value.startsWith("[") ? value.slice(0, value.indexOf("]") + 1) : value.replace(/:\d+$/, "");
  return withoutPort.replace(/\.$/, "") || "localhost";
}

const CATEGORY_PAGE = /^\/chuyen-muc\/([^/]+)$/;

/**
 * The reader path a page is cached under: the pathname, except that `?trang=N` of a category
 * becomes the path `/chuyen-muc/<slug>/N` (a page that read the query string could not be
 * cached). `page` is the `trang` parameter (or null).
 */
export function readerPath(pathname, page) {
  const category = CATEGORY_PAGE.exec(pathname);
  return category && page && /^\d{1,6}$/.test(page) ? `/chuyen-muc/${category[1]}/${page}` : pathname;
}

/** The internal path of a reader path on a host (already normalized). */
export function sitePath(host, path) {
  return `/${encodeURIComponent(host)}${path === "/" ? "" : path}`;
}
