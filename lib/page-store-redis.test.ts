import { randomUUID } from "node:crypto";
import Redis from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import CacheHandler from "./cache-handler.mjs";
import { redisStore } from "./page-store-redis.mjs";
import { redisOptions } from "./redis.mjs";

// Redis runs on this machine and in CI (.ci/run starts it); REDIS_TEST_URL overrides.
const REDIS = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379/15";
const clients: Redis[] = [];

async function connect(url = REDIS) {
  const client = new Redis(url, redisOptions());
  clients.push(client);
  client.on("error", () => {});
  if (url === REDIS) await new Promise((resolve) => client.once("ready", resolve));
  return client;
}

/** Two instances of the portal: their own process memory, one Redis. */
async function twoInstances() {
  const prefix = `test:${randomUUID()}:`;
  const a = redisStore({ redis: await connect(), prefix });
  const b = redisStore({ redis: await connect(), prefix });
  return { a, b, cacheA: new CacheHandler({ store: a }), cacheB: new CacheHandler({ store: b }) };
}

afterAll(async () => {
  for (const c of clients) c.disconnect();
});

const PAGE_KEY = "/route-cache/APP_PAGE/abc123/$/hung-yen.localhost/bai-viet/bao";
const page = (html: string, tags: string[]) => ({ kind: "APP_PAGE", html, rscData: Buffer.from("rsc"), segmentData: new Map([["/_index", Buffer.from("seg")]]), headers: { "x-next-cache-tags": tags.join(",") }, status: 200 });
const pageCacheControl = { cacheControl: { revalidate: 300, expire: undefined } };

describe("the shared reader cache (Redis)", () => {
  it("an entry stored by one instance is served by another, bytes intact", async () => {
    const { cacheA, cacheB } = await twoInstances();
    await cacheA.set(PAGE_KEY, page("<p>Bão số 3</p>", ["s2:articles"]), pageCacheControl);
    const got = (await cacheB.get(PAGE_KEY))!.value as ReturnType<typeof page>;
    expect(got.html).toBe("<p>Bão số 3</p>");
    expect(Buffer.isBuffer(got.rscData) && got.rscData.toString()).toBe("rsc");
    expect(got.segmentData.get("/_index")?.toString()).toBe("seg");
  });

  it("an invalidation on one instance is seen by the very next request on the other", async () => {
    const { cacheA, cacheB } = await twoInstances();
    await cacheA.set(PAGE_KEY, page("<p>cũ</p>", ["s2:articles", "s2:article:bao"]), pageCacheControl);
    await cacheA.set("/other", page("<p>khác</p>", ["s2:albums"]), pageCacheControl);
    expect(await cacheB.get(PAGE_KEY)).not.toBeNull(); // B now holds a local copy too
    await cacheA.revalidateTag(["s2:article:bao"]);
    expect(await cacheB.get(PAGE_KEY)).toBeNull();
    expect(await cacheA.get(PAGE_KEY)).toBeNull();
    expect(await cacheB.get("/other")).not.toBeNull();
  });

  it("checks the implicit tags of the page reading a data entry", async () => {
    const { cacheA, cacheB } = await twoInstances();
    const data = { kind: "FETCH", data: { body: "1", status: 200, headers: {} }, revalidate: 300 };
    await cacheA.set("d1", data, { fetchCache: true, tags: ["s1:settings"] });
    expect(await cacheB.get("d1", { kind: "FETCH", tags: ["s1:settings"], softTags: ["_N_T_/x"] })).not.toBeNull();
    await cacheA.revalidateTag("_N_T_/x");
    expect(await cacheB.get("d1", { kind: "FETCH", tags: ["s1:settings"], softTags: ["_N_T_/x"] })).toBeNull();
  });

  it("dates an entry from its miss, across instances too", async () => {
    const { cacheA, cacheB } = await twoInstances();
    expect(await cacheA.get(PAGE_KEY)).toBeNull(); // a reader's request starts rendering on A
    await cacheB.revalidateTag("s2:articles"); // an editor publishes through B meanwhile
    await cacheA.set(PAGE_KEY, page("<p>old</p>", ["s2:articles"]), pageCacheControl);
    expect(await cacheB.get(PAGE_KEY)).toBeNull();
  });

  it("gives the fast path the page's encoded bytes by its path, from any instance", async () => {
    const { a, b, cacheA } = await twoInstances();
    await cacheA.set(PAGE_KEY, page("<p>" + "Tin tức ".repeat(200) + "</p>", ["s2:articles"]), pageCacheControl);
    const stored = await a.get(PAGE_KEY);
    await stored!.page!.ready;
    // The page bytes reach Redis once compressed.
    let found;
    for (let i = 0; i < 50 && !found?.page?.complete; i++) {
      b.local.clear();
      found = await b.pageAt("/hung-yen.localhost/bai-viet/bao");
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(found!.page!.complete).toBe(true);
    expect(found!.page!.bodies.br.length).toBeLessThan(found!.page!.bodies.identity.length);
    expect(found!.page!.etags.identity).toBe(stored!.page!.etags.identity);
    expect(await b.isInvalidated(found!.tags, found!.lastModified, found)).toBe(false);
    await a.invalidate(["s2:articles"], performance.timeOrigin + performance.now());
    const again = await b.pageAt("/hung-yen.localhost/bai-viet/bao");
    expect(await b.isInvalidated(again!.tags, again!.lastModified, again)).toBe(true);
  });

  it("an instance that read a page before its compression was done gets the encoded page, then no bytes while current", async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = redisStore({ redis: await connect(), prefix });
    const redisB = await connect();
    const b = redisStore({ redis: redisB, prefix });
    // What each lookup of instance b brought over the wire: the value's and the page's bytes.
    const sent: { value: number; page: number }[] = [];
    // The lookup command the store defines on its client (ioredis defineCommand).
    const client = redisB as unknown as { portalCacheLookupBuffer: (...args: unknown[]) => Promise<Buffer[] | null> };
    const lookupB = client.portalCacheLookupBuffer.bind(client);
    client.portalCacheLookupBuffer = async (...args: unknown[]) => {
      const reply = await lookupB(...args);
      if (reply) sent.push({ value: reply[2]!.length, page: reply[3]!.length });
      return reply;
    };
    // Large enough that brotli at quality 11 is still working when b reads it.
    const html = `<p>${Array.from({ length: 4000 }, (_, i) => `Tin tức số ${i} về phòng chống bão lũ`).join(" ")}</p>`;
    await new CacheHandler({ store: a }).set(PAGE_KEY, page(html, ["s2:articles"]), pageCacheControl);
    const path = "/hung-yen.localhost/bai-viet/bao";
    const early = await b.pageAt(path);
    expect(early!.page).toBeUndefined();
    await (await a.get(PAGE_KEY))!.page!.ready;
    let found;
    for (let i = 0; i < 50 && !found?.page?.complete; i++) {
      found = await b.pageAt(path);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(found!.page!.complete).toBe(true);
    expect(found!.page!.bodies.identity.toString()).toContain("Tin tức số 3999");
    sent.length = 0;
    const again = await b.pageAt(path);
    expect(again).toBe(found);
    expect(sent).toEqual([{ value: 0, page: 0 }]);
  });

  it("keeps serving local copies when Redis is unreachable, and drops them when it is back", async () => {
    const prefix = `test:${randomUUID()}:`;
    const redis = await connect();
    const store = redisStore({ redis, prefix });
    const cache = new CacheHandler({ store });
    await cache.set(PAGE_KEY, page("<p>bản lưu</p>", ["s2:articles"]), pageCacheControl);
    const ended = new Promise((r) => redis.once("end", r));
    redis.disconnect(false); // as if Redis went away
    await ended;
    const started = Date.now();
    expect(((await cache.get(PAGE_KEY))!.value as { html: string }).html).toBe("<p>bản lưu</p>");
    await cache.revalidateTag("s2:articles"); // kept, replayed later
    expect(await cache.get(PAGE_KEY)).toBeNull(); // but honoured locally at once
    expect(Date.now() - started).toBeLessThan(2000);
    await cache.set("/local-only", page("<p>x</p>", ["s3:albums"]), pageCacheControl);
    await redis.connect();
    await new Promise((r) => setTimeout(r, 100));
    expect(store.local.get("/local-only")).toBeUndefined(); // dropped on reconnect
    // The invalidation made during the outage reached Redis.
    const other = redisStore({ redis: await connect(), prefix });
    expect(await other.isInvalidated(["s2:articles"], performance.timeOrigin + performance.now() - 60_000)).toBe(true);
  });
});
