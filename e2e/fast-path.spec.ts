import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";

// `npm start` answers cached reader pages itself (lib/fast-path.mjs), from bytes encoded
// once when the page was stored; everything else goes to Next. Its ETags name the
// encoding ("…-br"), which tells its answers from Next's.
const PAGE = "/chuyen-muc/quoc-phong-an-ninh";
const FAST_ETAG = /^"[A-Za-z0-9_-]{27}(-br|-gz)?"$/;
const BROWSER = { "accept-encoding": "gzip, deflate, br" };

/** Requests the page until the fast path answers it (it is encoded just after its first render). */
async function fastHit(request: APIRequestContext, headers: Record<string, string> = BROWSER): Promise<APIResponse> {
  let response: APIResponse | undefined;
  await expect
    .poll(async () => {
      response = await request.get(PAGE, { headers });
      return FAST_ETAG.test(response.headers()["etag"] ?? "");
    })
    .toBe(true);
  return response!;
}

const policies = (response: APIResponse) =>
  response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "content-security-policy")
    .map((h) => h.value)
    .sort();

test("a cached page is answered with Next's headers, the page's CSP and the encoding asked for", async ({ request }) => {
  const hit = await fastHit(request);
  const h = hit.headers();
  expect(hit.status()).toBe(200);
  expect(h["content-encoding"]).toBe("br");
  expect(h["etag"]).toMatch(/-br"$/);
  expect(h["vary"]).toBe("rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
  expect(h["x-nextjs-cache"]).toBe("HIT");
  expect(await hit.text()).toContain("Quốc phòng");

  // Next's own answer for the same cached page (a session cookie sends the request there).
  const next = await request.get(PAGE, { headers: { ...BROWSER, cookie: "authjs.session-token=not-a-session" } });
  expect(next.headers()["etag"]).not.toMatch(FAST_ETAG);
  expect(next.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await next.text()).toBe(await hit.text());
  expect(policies(hit)).toEqual(policies(next));
  for (const name of ["cache-control", "content-type", "vary", "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy", "x-nextjs-stale-time"]) {
    expect(h[name], name).toBe(next.headers()[name]);
  }

  const gzip = await fastHit(request, { "accept-encoding": "gzip" });
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  const plain = await fastHit(request, { "accept-encoding": "identity" });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(Number(plain.headers()["content-length"])).toBe(Buffer.byteLength(await plain.text()));
  expect(await plain.text()).toBe(await hit.text());
});

test("a matching ETag gets 304, and HEAD gets the headers without a body", async ({ request }) => {
  const hit = await fastHit(request);
  const etag = hit.headers()["etag"]!;
  const again = await request.get(PAGE, { headers: { ...BROWSER, "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
  expect(again.headers()["etag"]).toBe(etag);
  const head = await request.head(PAGE, { headers: BROWSER });
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toBe(etag);
  expect(head.headers()["content-length"]).toBe(hit.headers()["content-length"]);
  expect((await head.body()).length).toBe(0);
});

test("an RSC or prefetch request of a cached page never gets its HTML", async ({ request }) => {
  await fastHit(request);
  for (const headers of [{ rsc: "1" }, { rsc: "1", "next-router-prefetch": "1" }] as Record<string, string>[]) {
    const response = await request.get(`${PAGE}?_rsc=e2e1`, { headers: { ...BROWSER, ...headers } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/x-component/);
    expect(response.headers()["etag"] ?? "").not.toMatch(FAST_ETAG);
    expect(await response.text()).not.toContain("<html");
  }
});

test("a signed-in editor's request goes to Next as before, and the page is the same", async ({ request, page }) => {
  const hit = await fastHit(request);
  const withCookie = await request.get(PAGE, { headers: { ...BROWSER, cookie: "__Secure-authjs.session-token=x; vid=AAAAAAAAAAAAAAAAAAAAAA" } });
  expect(withCookie.status()).toBe(200);
  expect(withCookie.headers()["etag"] ?? "").not.toMatch(FAST_ETAG);
  expect(await withCookie.text()).toBe(await hit.text());
  // A browser gets the same page and runs it under its strict policy.
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Quốc phòng");
});
