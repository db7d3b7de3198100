import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import CacheHandler from "./cache-handler.mjs";
import { createFastPath, mintVisitorCookie, negotiateEncoding } from "./fast-path.mjs";
import { createMemoryStore, type StoredEntry } from "./page-store.mjs";

const HTML = `<!DOCTYPE html><html lang="vi"><body><h1>Thông báo lịch cắt điện</h1>${"<p>Nội dung bài viết.</p>".repeat(200)}<script>self.__next_f.push([1,"x"])</script></body></html>`;
const KEY = "/route-cache/APP_PAGE/0123abcd/$/xa-tan-hoa.localhost/bai-viet/thong-bao";
const CONTROL = { revalidate: 300, expire: 31536000 };

type Answer = { status: number; headers: Record<string, string[]>; body: Buffer };

/** Just enough of Node's request and response for the fast path. */
function call(serve: ReturnType<typeof createFastPath>, { method = "GET", url = "/bai-viet/thong-bao", headers = {} as Record<string, string> } = {}) {
  const answer: Answer = { status: 0, headers: {}, body: Buffer.alloc(0) };
  const req = { method, url, headers: { host: "xa-tan-hoa.localhost:3000", ...headers } } as unknown as IncomingMessage;
  const res = {
    writeHead(status: number, list: string[]) {
      answer.status = status;
      for (let i = 0; i < list.length; i += 2) (answer.headers[list[i]!.toLowerCase()] ??= []).push(list[i + 1]!);
    },
    end(body?: Buffer) {
      if (body) answer.body = body;
    },
  } as unknown as ServerResponse;
  const served = serve(req, res);
  return { served, answer };
}

async function setup() {
  const store = createMemoryStore();
  const cache = new CacheHandler({ store });
  await cache.set(KEY, { kind: "APP_PAGE", html: HTML, rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": "articles,article:7,_N_T_/layout", "x-nextjs-stale-time": "300" }, status: 200 }, { cacheControl: CONTROL });
  const entry = store.pageAt("/xa-tan-hoa.localhost/bai-viet/thong-bao") as StoredEntry;
  await entry.page!.ready;
  let time = entry.lastModified + 1000;
  const serve = createFastPath({ headers: ["X-Content-Type-Options", "nosniff"], store, clock: () => time });
  return { store, cache, serve, setTime: (t: number) => (time = t), entry };
}

describe("the cached-page fast path", () => {
  it("answers a hit with the stored page, headers and the encoding asked for", async () => {
    const { serve } = await setup();
    const br = call(serve, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.served).toBe(true);
    expect(br.answer.status).toBe(200);
    const h = br.answer.headers;
    expect(h["content-encoding"]).toEqual(["br"]);
    expect(brotliDecompressSync(br.answer.body).toString("utf8")).toBe(HTML);
    expect(h["content-length"]).toEqual([String(br.answer.body.length)]);
    expect(h["vary"]![0]).toMatch(/rsc, .*Accept-Encoding/);
    expect(h["x-nextjs-cache"]).toEqual(["HIT"]);
    expect(h["cache-control"]).toEqual(["s-maxage=300, stale-while-revalidate=31535700"]);
    expect(h["x-content-type-options"]).toEqual(["nosniff"]);
    expect(h["content-security-policy"]![0]).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
    expect(h["x-next-cache-tags"]).toBeUndefined();
    expect(h["etag"]![0]).toMatch(/^"[A-Za-z0-9_-]+-br"$/);

    const gzip = call(serve, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.answer.headers["content-encoding"]).toEqual(["gzip"]);
    expect(gunzipSync(gzip.answer.body).toString("utf8")).toBe(HTML);
    const plain = call(serve);
    expect(plain.answer.headers["content-encoding"]).toBeUndefined();
    expect(plain.answer.body.toString("utf8")).toBe(HTML);
    expect(new Set([br, gzip, plain].map((a) => a.answer.headers["etag"]![0])).size).toBe(3);
  });

  it("answers 304 to a matching If-None-Match, and HEAD without a body", async () => {
    const { serve } = await setup();
    const first = call(serve, { headers: { "accept-encoding": "br" } });
    const etag = first.answer.headers["etag"]![0]!;
    const again = call(serve, { headers: { "accept-encoding": "br", "if-none-match": `"other", ${etag}` } });
    expect(again.answer.status).toBe(304);
    expect(again.answer.body.length).toBe(0);
    expect(again.answer.headers["etag"]).toEqual([etag]);
    // The gzip representation has its own tag: a br tag does not validate it.
    expect(call(serve, { headers: { "accept-encoding": "gzip", "if-none-match": etag } }).answer.status).toBe(200);
    const head = call(serve, { method: "HEAD", headers: { "accept-encoding": "br" } });
    expect(head.answer.status).toBe(200);
    expect(head.answer.body.length).toBe(0);
    expect(head.answer.headers["content-length"]).toEqual(first.answer.headers["content-length"]);
  });

  it("never answers for an invalidated, stale or unknown page", async () => {
    const { serve, cache, setTime, entry } = await setup();
    setTime(entry.lastModified + 301_000);
    expect(call(serve).served).toBe(false);
    setTime(entry.lastModified + 1000);
    expect(call(serve).served).toBe(true);
    expect(call(serve, { url: "/bai-viet/khac" }).served).toBe(false);
    await cache.revalidateTag("article:7");
    expect(call(serve).served).toBe(false);
  });

  it("leaves everything but a plain GET or HEAD of a reader page to Next", async () => {
    const { serve } = await setup();
    const toNext: Array<Parameters<typeof call>[1]> = [
      { method: "POST" },
      { headers: { rsc: "1" } },
      { headers: { "next-router-prefetch": "1" } },
      { headers: { "next-router-state-tree": "%5B%5D" } },
      { headers: { "next-action": "abc" } },
      { url: "/bai-viet/thong-bao?_rsc=1x2y" },
      { url: "/bai-viet/thong-bao?utm_source=zalo" },
      { url: "/bai-viet/thong-bao/" },
      { url: "/bai-viet/%74hong-bao" },
      { headers: { cookie: "vid=abc; authjs.session-token=xyz" } },
      { headers: { cookie: "__Secure-authjs.session-token.0=xyz" } },
      { headers: { cookie: "__prerender_bypass=1" } },
      { headers: { host: "tan-hoa.localhost" } },
      { headers: { "accept-encoding": "identity;q=0" } },
    ];
    for (const request of toNext) expect(call(serve, request).served, JSON.stringify(request)).toBe(false);
    // Readers' own cookies and the host's case and port change nothing.
    expect(call(serve, { headers: { cookie: "vid=abc", host: "XA-TAN-HOA.localhost." } }).served).toBe(true);
  });

  it("serves a category's page number from its cached path, as proxy.ts rewrites it", async () => {
    const store = createMemoryStore();
    const cache = new CacheHandler({ store });
    await cache.set("/route-cache/APP_PAGE/99/$/localhost/chuyen-muc/tin-tuc/3", { kind: "APP_PAGE", html: HTML, headers: {}, status: 200 }, { cacheControl: CONTROL });
    await (store.pageAt("/localhost/chuyen-muc/tin-tuc/3") as StoredEntry).page!.ready;
    const serve = createFastPath({ headers: [], store });
    expect(call(serve, { url: "/chuyen-muc/tin-tuc?trang=3", headers: { host: "localhost" } }).served).toBe(true);
    expect(call(serve, { url: "/chuyen-muc/tin-tuc?trang=3&x=1", headers: { host: "localhost" } }).served).toBe(false);
    expect(call(serve, { url: "/bai-viet/tin-tuc?trang=3", headers: { host: "localhost" } }).served).toBe(false);
  });
});

describe("negotiateEncoding", () => {
  it("prefers brotli, honours q-values and refusals", () => {
    expect(negotiateEncoding("gzip, deflate, br")).toBe("br");
    expect(negotiateEncoding("gzip, br;q=0.5")).toBe("gzip");
    expect(negotiateEncoding("br;q=0, gzip;q=0")).toBe("identity");
    expect(negotiateEncoding(undefined)).toBe("identity");
    expect(negotiateEncoding("deflate")).toBe("identity");
    expect(negotiateEncoding("identity;q=0")).toBeNull();
    expect(negotiateEncoding("*")).toBe("br");
  });
});

describe("mintVisitorCookie", () => {
  const request = (method: string, url: string, headers: Record<string, string>) => ({ method, url, headers }) as unknown as IncomingMessage;
  const response = () => {
    const set: string[] = [];
    return { set, res: { appendHeader: (_: string, v: string) => set.push(v) } as unknown as ServerResponse };
  };

  it("gives a reader's server action without the cookie one, on the request and the response", () => {
    const req = request("POST", "/bai-viet/x", { "next-action": "abc", cookie: "theme=dark" });
    const { set, res } = response();
    mintVisitorCookie(req, res);
    const id = /vid=([A-Za-z0-9_-]{22})/.exec(req.headers.cookie!)![1];
    expect(req.headers.cookie).toBe(`theme=dark; vid=${id}`);
    expect(set).toEqual([`vid=${id}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`]);
  });

  it("leaves a visitor with a cookie, page requests and the admin alone", () => {
    for (const req of [
      request("POST", "/bai-viet/x", { "next-action": "abc", cookie: "vid=AAAAAAAAAAAAAAAAAAAAAA" }),
      request("GET", "/bai-viet/x", {}),
      request("POST", "/admin/bai-viet", { "next-action": "abc" }),
    ]) {
      const { set, res } = response();
      mintVisitorCookie(req, res);
      expect(set).toEqual([]);
    }
  });
});
