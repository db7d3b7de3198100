import { describe, expect, it } from "vitest";
import CacheHandler from "./cache-handler.mjs";

const page = (html: string, tags: string[]) => ({ kind: "APP_PAGE", html, rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": tags.join(",") }, status: 200 });
const data = (value: unknown) => ({ kind: "FETCH", data: { body: JSON.stringify(value), status: 200, headers: {} }, revalidate: 300 });

describe("the reader cache", () => {
  it("serves a page until one of its tags is invalidated, then never again", async () => {
    const cache = new CacheHandler();
    await cache.set("/a", page("<p>a</p>", ["articles", "category:1"]), { cacheControl: { revalidate: 300, expire: undefined } });
    await cache.set("/b", page("<p>b</p>", ["category:2"]), {});
    expect(await cache.get("/a")).not.toBeNull();
    await cache.revalidateTag(["category:1"]);
    expect(await cache.get("/a")).toBeNull();
    expect(await cache.get("/b")).not.toBeNull();
  });

  it("expires data by its own tags and by the tags of the page reading it", async () => {
    const cache = new CacheHandler();
    await cache.set("d1", data(1), { fetchCache: true, tags: ["settings"] });
    await cache.set("d2", data(2), { fetchCache: true, tags: ["polls"] });
    await cache.revalidateTag("settings");
    expect(await cache.get("d1", { kind: "FETCH", tags: ["settings"] })).toBeNull();
    expect(await cache.get("d2", { kind: "FETCH", tags: ["polls"], softTags: ["_N_T_/"] })).not.toBeNull();
    await cache.revalidateTag("_N_T_/");
    expect(await cache.get("d2", { kind: "FETCH", tags: ["polls"], softTags: ["_N_T_/"] })).toBeNull();
  });

  it("dates an entry from the miss that led to it, so an edit made while it rendered is not hidden", async () => {
    const cache = new CacheHandler();
    expect(await cache.get("/race")).toBeNull(); // a reader's request starts rendering
    await cache.revalidateTag("articles"); // an editor publishes meanwhile
    await cache.set("/race", page("<p>old</p>", ["articles"]), {}); // the render finishes with what it read before
    expect(await cache.get("/race")).toBeNull();
  });

  it("gives each cached page a strict policy listing the hashes of its inline scripts", async () => {
    const cache = new CacheHandler();
    const value = page('<script src="/_next/a.js"></script><script>self.__next_f.push([1,"x"])</script>', []);
    await cache.set("/csp", value, {});
    const policy = (value.headers as Record<string, string>)["content-security-policy"];
    expect(policy).toContain("script-src 'self' 'sha256-");
    expect(policy.match(/'sha256-/g)).toHaveLength(1);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    const served = (await cache.get("/csp"))!.value as { headers: Record<string, string> };
    expect(served.headers["content-security-policy"]).toBe(policy);
  });
});
