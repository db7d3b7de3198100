import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { listPublishedArticles, viewCountColumn } from "@/db/articles";
import type { Database } from "@/db/client";
import { articleViewsDaily, articles } from "@/db/schema";
import { ViewBuffer } from "@/db/view-buffer";
import { recordArticleView } from "@/db/views";
import { vietnamDay } from "@/lib/format";
import { closeRedis, redisReady } from "@/lib/redis.mjs";
import { defaultSiteId } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
let site: number;
let driver: string;
beforeAll(async () => {
  const handle = await testDatabase();
  db = handle.db;
  driver = handle.driver;
  site = await defaultSiteId(db);
});

async function counts(id: number, day: string) {
  const [article] = await db.select({ n: viewCountColumn }).from(articles).where(eq(articles.id, id));
  const [daily] = await db
    .select({ n: articleViewsDaily.views })
    .from(articleViewsDaily)
    .where(and(eq(articleViewsDaily.articleId, id), eq(articleViewsDaily.day, day)));
  return { total: article!.n, daily: daily?.n ?? 0 };
}

/** A fixed day per test, so earlier tests' views of today never mix in. */
const dayOf = (offset: number) => new Date(Date.UTC(2027, 0, 1 + offset, 5));

async function sampleArticle(offset: number) {
  const [article] = await listPublishedArticles(db, site, { limit: 1, offset });
  return article!.id;
}

describe("ViewBuffer", () => {
  it("writes nothing until flushed, then everything counted by 300 parallel views", async () => {
    const buffer = new ViewBuffer(async () => db);
    const id = await sampleArticle(10);
    const now = dayOf(0);
    const before = await counts(id, vietnamDay(now));
    const shown = await Promise.all(Array.from({ length: 300 }, (_, i) => recordArticleView(db, buffer, id, `${driver}-buffer-${i}`, now)));
    expect(await counts(id, vietnamDay(now))).toEqual(before);
    // Each reader sees at least their own view; the last one sees all of them.
    expect(Math.min(...(shown as number[]))).toBeGreaterThan(before.total);
    expect(Math.max(...(shown as number[]))).toBe(before.total + 300);
    await buffer.flush();
    expect(await counts(id, vietnamDay(now))).toEqual({ total: before.total + 300, daily: before.daily + 300 });
    expect(buffer.empty).toBe(true);
  });

  it("counts exactly while flushes run concurrently with new views", async () => {
    const buffer = new ViewBuffer(async () => db);
    const [a, b] = [await sampleArticle(11), await sampleArticle(12)];
    const now = dayOf(1);
    const before = [await counts(a, vietnamDay(now)), await counts(b, vietnamDay(now))];
    await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        await recordArticleView(db, buffer, i % 2 ? a : b, `${driver}-mixed-${i}`, now);
        if (i % 25 === 0) await buffer.flush();
      }),
    );
    await buffer.flush();
    expect(await counts(a, vietnamDay(now))).toEqual({ total: before[0]!.total + 100, daily: before[0]!.daily + 100 });
    expect(await counts(b, vietnamDay(now))).toEqual({ total: before[1]!.total + 100, daily: before[1]!.daily + 100 });
  });

  it("keeps the deltas when a flush fails, and the retry writes them once", async () => {
    const id = await sampleArticle(13);
    const now = dayOf(2);
    const before = await counts(id, vietnamDay(now));
    // The second statement of the first flush fails: the transaction must undo the first.
    let statements = 0;
    const flaky = {
      transaction: (run: (tx: unknown) => Promise<void>) =>
        db.transaction((tx) =>
          run(
            new Proxy(tx, {
              get: (target, key) =>
                key === "execute"
                  ? (query: Parameters<typeof tx.execute>[0]) => {
                      if (++statements === 2) throw new Error("connection lost");
                      return target.execute(query);
                    }
                  : Reflect.get(target, key),
            }),
          ),
        ),
    } as unknown as Database;
    const buffer = new ViewBuffer(async () => flaky);
    buffer.add(id, vietnamDay(now), 7);
    await expect(buffer.flush()).rejects.toThrow("connection lost");
    expect(await counts(id, vietnamDay(now))).toEqual(before);
    expect(buffer.pending(id)).toBe(7);
    buffer.add(id, vietnamDay(now), 3);
    await buffer.flush();
    expect(await counts(id, vietnamDay(now))).toEqual({ total: before.total + 10, daily: before.daily + 10 });
    expect(buffer.pending(id)).toBe(0);
  });

  it("retries after the database itself was unreachable", async () => {
    const id = await sampleArticle(14);
    const now = dayOf(3);
    const before = await counts(id, vietnamDay(now));
    let down = true;
    const buffer = new ViewBuffer(async () => {
      if (down) throw new Error("ECONNREFUSED");
      return db;
    });
    buffer.add(id, vietnamDay(now), 2);
    await expect(buffer.flush()).rejects.toThrow("ECONNREFUSED");
    down = false;
    await buffer.flush();
    expect((await counts(id, vietnamDay(now))).total).toBe(before.total + 2);
  });

  it("flushes on its timer", async () => {
    const buffer = new ViewBuffer(async () => db);
    const id = await sampleArticle(15);
    const now = dayOf(4);
    const before = await counts(id, vietnamDay(now));
    buffer.add(id, vietnamDay(now), 4);
    const ticks: unknown[] = [];
    buffer.start(50, (error) => ticks.push(error));
    await expect.poll(() => counts(id, vietnamDay(now)).then((c) => c.total), { timeout: 5000 }).toBe(before.total + 4);
    buffer.stop();
    expect(ticks.every((e) => e === undefined)).toBe(true);
  });

  it("skips views of an article deleted before the flush", async () => {
    const buffer = new ViewBuffer(async () => db);
    const id = await sampleArticle(16);
    buffer.add(999_999, vietnamDay(dayOf(5)), 1);
    buffer.add(id, vietnamDay(dayOf(5)), 1);
    const before = await counts(id, vietnamDay(dayOf(5)));
    await buffer.flush();
    expect(await counts(id, vietnamDay(dayOf(5)))).toEqual({ total: before.total + 1, daily: before.daily + 1 });
  });

  it("keeps the 30-minute rule across a restart: marks are written with the counters and read back", async () => {
    const id = await sampleArticle(17);
    const now = new Date();
    const first = new ViewBuffer(async () => db);
    const before = (await counts(id, vietnamDay(now))).total;
    expect(await recordArticleView(db, first, id, `${driver}-restart`, now)).toBe(before + 1);
    await first.flush();
    // A new process: the visitor's mark comes from the database, so the view is not counted again.
    const second = new ViewBuffer(async () => db);
    expect(await recordArticleView(db, second, id, `${driver}-restart`, new Date(now.getTime() + 60_000))).toBe(before + 1);
    expect(await recordArticleView(db, second, id, `${driver}-restart-other`, new Date(now.getTime() + 60_000))).toBe(before + 2);
    await second.flush();
    expect((await counts(id, vietnamDay(now))).total).toBe(before + 2);
  });

  it("with Redis, a visitor whose views reach two instances counts once; without it each instance decides", async () => {
    const id = await sampleArticle(18);
    const now = new Date();
    const visitor = `${driver}-two-instances-${now.getTime()}`;
    process.env.REDIS_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379/15";
    try {
      expect(await redisReady()).toBe(true);
      const [one, two] = [new ViewBuffer(async () => db), new ViewBuffer(async () => db)];
      const before = (await counts(id, vietnamDay(now))).total;
      // Concurrent first views on both instances, then repeats: one view in all.
      await Promise.all([recordArticleView(db, one, id, visitor, now), recordArticleView(db, two, id, visitor, now)]);
      await recordArticleView(db, two, id, visitor, new Date(now.getTime() + 60_000));
      await recordArticleView(db, one, id, `${visitor}-other`, now);
      await Promise.all([one.flush(), two.flush()]);
      expect((await counts(id, vietnamDay(now))).total).toBe(before + 2);
    } finally {
      await closeRedis();
      delete process.env.REDIS_URL;
    }
  });

  it("runs no statement per view once the article is known", async () => {
    const id = await sampleArticle(18);
    let statements = 0;
    const counting = new Proxy(db, {
      get: (target, key) => {
        if (key === "select" || key === "execute" || key === "transaction" || key === "insert") statements++;
        return Reflect.get(target, key);
      },
    }) as Database;
    const buffer = new ViewBuffer(async () => db);
    await recordArticleView(counting, buffer, id, `${driver}-quiet-0`);
    const afterFirst = statements;
    await Promise.all(Array.from({ length: 100 }, (_, i) => recordArticleView(counting, buffer, id, `${driver}-quiet-${i + 1}`)));
    expect(statements).toBe(afterFirst);
    expect(buffer.pending(id)).toBe(101);
    await buffer.flush();
  });
});
