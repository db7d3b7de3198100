// Everything the benchmark may need to change in one place: URLs (the reader pages'
// scheme may move, e.g. pagination to a path), ports, durations and the targets.

/** Reader URLs. Category pagination is one function, so a scheme change is one edit. */
export const URLS = {
  home: "/",
  category: (slug) => `/chuyen-muc/${slug}`,
  categoryPage: (slug, page) => `/chuyen-muc/${slug}?trang=${page}`,
  article: (slug) => `/bai-viet/${slug}`,
  gallery: "/thu-vien-anh",
  album: (slug) => `/thu-vien-anh/${slug}`,
  search: (q) => `/tim-kiem?q=${encodeURIComponent(q)}`,
  poll: (id) => `/binh-chon/${id}`,
  health: "/api/health",
};

export const DEEP_PAGE = 200;
/** The one query repeated by the throughput run and the "cached" latency row. */
export const CACHED_QUERY = "cải cách hành chính";

// Ports 3200–3299 are this benchmark's.
export const PORTS = { portal: 3200, bare: 3201, weather: 3202, bareNode: 3203, nginx: 3204, demo: 3205 };

/** What every browser sends. */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br";

export const LOAD = {
  seconds: Number(process.env.BENCH_SECONDS || 20),
  warmSeconds: Number(process.env.BENCH_WARM_SECONDS || 2),
  connections: Number(process.env.BENCH_CONNECTIONS || 50),
  // autocannon's default (10 s) is shorter than a 50-deep queue of slow renders: every
  // request would time out and the run report 0 req/s instead of the server's real rate.
  timeoutSeconds: Number(process.env.BENCH_TIMEOUT_SECONDS || 30),
};

/** Cached homepage renders timed after each restart (the first is the uncached one). */
export const RESTARTS = Number(process.env.BENCH_RESTARTS || 3);

export const DATABASE = {
  /** Server URL; the benchmark creates and drops its own database on it. */
  serverUrl: process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432",
  name: process.env.BENCH_DATABASE || "portal_bench",
};

/** A phone browser: isbot lets it through, as it would a reader. */
export const BROWSER_USER_AGENT =
  "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

export const TARGETS = {
  cachedPageRatio: 0.5,
  cachedPageP99Ms: 100,
  uncachedHomeMs: 150,
  searchP95Ms: 50,
  /** recordView's throughput as a share of a server action that returns a constant. */
  recordViewOfNoop: 0.7,
  /** Every demo site's homepage, as a browser gets it. */
  homepageCompressedBytes: 20 * 1024,
  articleJsOverBareBytes: 15 * 1024,
  lighthouse: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
};
