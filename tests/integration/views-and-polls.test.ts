import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { listPublishedArticles, viewCountColumn } from "@/db/articles";
import type { Database } from "@/db/client";
import { castVote, getHomepagePoll, getPoll, hasVoted, percentages } from "@/db/polls";
import { articleViewsDaily, articles, polls } from "@/db/schema";
import { ViewBuffer } from "@/db/view-buffer";
import { recordArticleView as record, VIEW_WINDOW_MINUTES } from "@/db/views";
import { vietnamDay } from "@/lib/format";
import { defaultSiteId, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
/** The default site (the demo district). */
let site: number;
let driver: string;
let buffer: ViewBuffer;
beforeAll(async () => {
  const handle = await testDatabase();
  db = handle.db;
  driver = handle.driver;
  site = await defaultSiteId(db);
  buffer = new ViewBuffer(async () => db);
});

/** Records a view, then writes the buffer, so the database count can be checked at once. */
async function recordArticleView(articleId: number, visitorHash: string, now?: Date) {
  const count = await record(db, buffer, articleId, visitorHash, now);
  await buffer.flush();
  return count;
}

async function viewCount(id: number) {
  const [row] = await db.select({ n: viewCountColumn }).from(articles).where(eq(articles.id, id));
  return row!.n;
}

describe("recordArticleView", () => {
  it("counts 200 concurrent views from distinct visitors exactly", async () => {
    const [article] = await listPublishedArticles(db, site, { limit: 1, offset: 5 });
    const before = await viewCount(article!.id);
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => recordArticleView(article!.id, `${driver}-visitor-${i}`)));
    expect(await viewCount(article!.id)).toBe(before + 200);
    expect(Math.max(...(results as number[]))).toBe(before + 200);
  });

  it("counts one visitor 50 times at once as one view", async () => {
    const [article] = await listPublishedArticles(db, site, { limit: 1, offset: 6 });
    const before = await viewCount(article!.id);
    await Promise.all(Array.from({ length: 50 }, () => recordArticleView(article!.id, `${driver}-same-visitor`)));
    expect(await viewCount(article!.id)).toBe(before + 1);
  });

  it("counts the same visitor again after the window, and keeps daily totals", async () => {
    const [article] = await listPublishedArticles(db, site, { limit: 1, offset: 7 });
    const start = new Date("2026-11-20T03:00:00Z");
    const before = await viewCount(article!.id);
    await recordArticleView(article!.id, "window-visitor", start);
    await recordArticleView(article!.id, "window-visitor", new Date(start.getTime() + (VIEW_WINDOW_MINUTES - 1) * 60_000));
    expect(await viewCount(article!.id)).toBe(before + 1);
    const later = await recordArticleView(article!.id, "window-visitor", new Date(start.getTime() + (VIEW_WINDOW_MINUTES + 1) * 60_000));
    expect(later).toBe(before + 2);
    const [daily] = await db
      .select({ views: articleViewsDaily.views })
      .from(articleViewsDaily)
      .where(and(eq(articleViewsDaily.articleId, article!.id), eq(articleViewsDaily.day, vietnamDay(start))));
    expect(daily!.views).toBe(2);
  });

  it("ignores unknown and unpublished articles", async () => {
    expect(await recordArticleView(999_999, "x")).toBeNull();
    const [article] = await listPublishedArticles(db, site, { limit: 1, offset: 8 });
    await db.update(articles).set({ status: "draft" }).where(eq(articles.id, article!.id));
    const before = await viewCount(article!.id);
    expect(await recordArticleView(article!.id, "y")).toBeNull();
    expect(await viewCount(article!.id)).toBe(before);
    await db.update(articles).set({ status: "published" }).where(eq(articles.id, article!.id));
  });
});

describe("castVote", () => {
  async function freshPoll(overrides: Partial<typeof polls.$inferInsert> = {}) {
    const [poll] = await db.insert(polls).values({ siteId: site, question: "Câu hỏi thử?", ...overrides }).returning({ id: polls.id });
    const { pollOptions } = await import("@/db/schema");
    const options = await db
      .insert(pollOptions)
      .values(["Có", "Không", "Chưa rõ"].map((label, position) => ({ pollId: poll!.id, label, position })))
      .returning({ id: pollOptions.id });
    return { pollId: poll!.id, optionIds: options.map((o) => o.id) };
  }
  const base = { siteId: 0, ipHash: "ip-1", ipLimitPerHour: 1000 };
  beforeAll(() => {
    base.siteId = site;
  });

  it("counts 100 concurrent votes from 100 visitors exactly", async () => {
    const { pollId, optionIds } = await freshPoll();
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => castVote(db, { ...base, pollId, optionId: optionIds[i % 3]!, voterHash: `v${i}` })),
    );
    expect(outcomes.every((o) => o === "counted")).toBe(true);
    expect((await getPoll(db, site, pollId))!.totalVotes).toBe(100);
  });

  it("counts one visitor voting 100 times at once as one vote", async () => {
    const { pollId, optionIds } = await freshPoll();
    const outcomes = await Promise.all(Array.from({ length: 100 }, () => castVote(db, { ...base, pollId, optionId: optionIds[0]!, voterHash: "same" })));
    expect(outcomes.filter((o) => o === "counted")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(99);
    expect((await getPoll(db, site, pollId))!.totalVotes).toBe(1);
    expect(await hasVoted(db, pollId, "same")).toBe(true);
  });

  it("refuses closed, not-yet-open polls and foreign options, changing nothing", async () => {
    const closed = await freshPoll({ closesAt: new Date(Date.now() - 1000) });
    expect(await castVote(db, { ...base, pollId: closed.pollId, optionId: closed.optionIds[0]!, voterHash: "a" })).toBe("closed");
    const future = await freshPoll({ opensAt: new Date(Date.now() + 3_600_000) });
    expect(await castVote(db, { ...base, pollId: future.pollId, optionId: future.optionIds[0]!, voterHash: "a" })).toBe("not_open");
    expect(await castVote(db, { ...base, pollId: future.pollId, optionId: closed.optionIds[0]!, voterHash: "a" })).toBe("not_open");
    const open = await freshPoll();
    expect(await castVote(db, { ...base, pollId: open.pollId, optionId: closed.optionIds[0]!, voterHash: "a" })).toBe("unknown_option");
    expect(await castVote(db, { ...base, pollId: 999_999, optionId: 1, voterHash: "a" })).toBe("unknown_poll");
    for (const p of [closed, future, open]) expect((await getPoll(db, site, p.pollId))!.totalVotes).toBe(0);
  });

  it("limits votes per IP per hour", async () => {
    const { pollId, optionIds } = await freshPoll();
    const vote = (voter: string) => castVote(db, { siteId: site, pollId, optionId: optionIds[1]!, voterHash: voter, ipHash: "office", ipLimitPerHour: 3 });
    expect([await vote("a"), await vote("b"), await vote("c"), await vote("d")]).toEqual(["counted", "counted", "counted", "rate_limited"]);
    expect((await getPoll(db, site, pollId))!.totalVotes).toBe(3);
  });

  it("finds the seeded homepage poll", async () => {
    const poll = await getHomepagePoll(db, site);
    expect(poll?.question).toBe("Nội dung thông tin cung cấp trên cổng thông tin điện tử ?");
  });

  it("gives each site its own homepage poll", async () => {
    const tanHoa = await siteIdOf(db, "tan-hoa");
    const theirs = await getHomepagePoll(db, tanHoa);
    expect(theirs?.question).toBe("Bạn quan tâm nhất đến nội dung nào trên Trang thông tin điện tử xã Tân Hòa?");
    const ours = await getHomepagePoll(db, site);
    expect(theirs!.id).not.toBe(ours!.id);
    // A poll is only found, and only takes votes, on its own site.
    expect(await getPoll(db, tanHoa, ours!.id)).toBeNull();
    expect(await getPoll(db, site, theirs!.id)).toBeNull();
  });

  it("refuses a vote cast on another site, changing nothing", async () => {
    const tanHoa = await siteIdOf(db, "tan-hoa");
    const { pollId, optionIds } = await freshPoll();
    expect(await castVote(db, { ...base, siteId: tanHoa, pollId, optionId: optionIds[0]!, voterHash: "elsewhere" })).toBe("unknown_poll");
    expect((await getPoll(db, site, pollId))!.totalVotes).toBe(0);
    expect(await hasVoted(db, pollId, "elsewhere")).toBe(false);
    // The same visitor may still vote on the poll's own site.
    expect(await castVote(db, { ...base, pollId, optionId: optionIds[0]!, voterHash: "elsewhere" })).toBe("counted");
    expect((await getPoll(db, site, pollId))!.totalVotes).toBe(1);
  });
});

describe("percentages", () => {
  it("always sums to 100", () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([2, 1, 0, 0])).toEqual([67, 33, 0, 0]);
    expect(percentages([0, 0])).toEqual([0, 0]);
    for (const votes of [[7, 3, 5], [1, 2, 3, 4, 5, 6, 7], [999, 1, 1]]) {
      expect(percentages(votes).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });
});
