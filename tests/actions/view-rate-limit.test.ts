import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { articles } from "@/db/schema";
import { defaultSiteId } from "../support/actors";
import { testDatabase } from "../support/test-db";

// recordView as a cookie-less client calls it: every call is a "new visitor", so only the
// per-IP cap stands between it and an inflated count. Next's request context is replaced.
const request = vi.hoisted(() => ({ ip: "192.0.2.10" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36", "x-forwarded-for": request.ip }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("@/db/index", async () => {
  const { testDatabase: open } = await import("../support/test-db");
  return { getDb: async () => (await open()).db };
});

const LIMIT = 5;
let recordView: (id: number) => Promise<number | null>;
let articleId: number;

beforeAll(async () => {
  vi.stubEnv("VIEWS_PER_IP_PER_MINUTE", String(LIMIT));
  ({ recordView } = await import("@/app/(site)/[site]/bai-viet/[slug]/actions"));
  const { db } = await testDatabase();
  // An article of the default site (the demo district).
  const siteId = await defaultSiteId(db);
  const [published] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.siteId, siteId), eq(articles.status, "published"))).limit(1);
  articleId = published!.id;
});

describe("recordView's per-IP cap", () => {
  it("counts at most VIEWS_PER_IP_PER_MINUTE views a minute from one address, however many visitor ids it makes up", async () => {
    const counts = [];
    for (let i = 0; i < LIMIT + 3; i++) counts.push(await recordView(articleId));
    const counted = counts.filter((c) => c !== null) as number[];
    expect(counted).toHaveLength(LIMIT);
    expect(counted.at(-1)! - counted[0]!).toBe(LIMIT - 1);
    expect(counts.slice(LIMIT)).toEqual([null, null, null]);
  });

  it("keeps counting views from other addresses", async () => {
    request.ip = "192.0.2.11";
    expect(await recordView(articleId)).toEqual(expect.any(Number));
  });
});
