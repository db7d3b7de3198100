import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultSiteId } from "../support/actors";
import { pollOptions, polls, articles } from "@/db/schema";
import type { VoteState } from "@/app/(site)/[site]/binh-chon/actions";
import { testDatabase } from "../support/test-db";

// recordView and vote as a cookie-less client calls them: every call is a "new visitor",
// so only the per-IP caps stand between it and an inflated count. Next's request context
// is replaced; the address is what lib/client-address.ts would have left in the header.
const request = vi.hoisted(() => ({ ip: "192.0.2.10" }));
vi.mock("next/headers", async () => (await import("../support/request-context")).readerHeadersModule(request));
vi.mock("next/cache", async () => (await import("../support/request-context")).cacheModule());
vi.mock("@/db/index", async () => (await import("../support/request-context")).dbModule());

const LIMIT = 5;
let recordView: (id: number) => Promise<number | null>;
let vote: (previous: VoteState, form: FormData) => Promise<VoteState>;
let articleId: number;

beforeAll(async () => {
  vi.stubEnv("VIEWS_PER_IP_PER_MINUTE", String(LIMIT));
  vi.stubEnv("POLL_VOTES_PER_IP_PER_HOUR", String(LIMIT));
  ({ recordView } = await import("@/app/(site)/[site]/bai-viet/[slug]/actions"));
  ({ vote } = await import("@/app/(site)/[site]/binh-chon/actions"));
  const { db } = await testDatabase();
  const [published] = await db.select({ id: articles.id }).from(articles).where(eq(articles.status, "published")).limit(1);
  articleId = published!.id;
});

afterAll(async () => {
  const { db } = await testDatabase();
  await db.delete(polls).where(eq(polls.question, "Giới hạn phiếu theo mạng?"));
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

  it("counts a whole IPv6 /64 as one address: a fresh address from the same /64 gets no fresh allowance", async () => {
    const counts = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      request.ip = `2001:db8:77:1:${(i + 1).toString(16)}::${i * 7 + 1}`;
      counts.push(await recordView(articleId));
    }
    expect(counts.filter((c) => c !== null)).toHaveLength(LIMIT);
    request.ip = "2001:db8:77:2::1";
    expect(await recordView(articleId), "the next /64 is another client").toEqual(expect.any(Number));
  });
});

describe("vote's per-IP cap", () => {
  async function freshPoll() {
    const { db } = await testDatabase();
    const [poll] = await db.insert(polls).values({ siteId: await defaultSiteId(db), question: "Giới hạn phiếu theo mạng?" }).returning({ id: polls.id });
    const [option] = await db.insert(pollOptions).values({ pollId: poll!.id, label: "Có", position: 0 }).returning({ id: pollOptions.id });
    return { pollId: poll!.id, optionId: option!.id };
  }

  async function voteFrom(ips: string[], poll: { pollId: number; optionId: number }) {
    const outcomes: string[] = [];
    for (const ip of ips) {
      request.ip = ip;
      const form = new FormData();
      form.set("pollId", String(poll.pollId));
      form.set("optionId", String(poll.optionId));
      outcomes.push((await vote({ status: "idle" }, form)).status);
    }
    return outcomes;
  }

  it("counts every address of one IPv6 /64 against one allowance", async () => {
    const poll = await freshPoll();
    const ips = Array.from({ length: LIMIT + 2 }, (_, i) => `2001:db8:99:4:${i + 1}:${i * 3}::${i + 10}`);
    const outcomes = await voteFrom(ips, poll);
    expect(outcomes).toEqual([...Array(LIMIT).fill("counted"), "refused", "refused"]);
    expect(await voteFrom(["2001:db8:99:5::1"], poll), "another /64").toEqual(["counted"]);
  });

  it("keeps IPv4 addresses apart, and an IPv4 address written as IPv6 is the same address", async () => {
    const poll = await freshPoll();
    expect(await voteFrom(Array.from({ length: LIMIT }, () => "198.51.100.20"), poll)).toEqual(Array(LIMIT).fill("counted"));
    expect(await voteFrom(["::ffff:198.51.100.20"], poll)).toEqual(["refused"]);
    expect(await voteFrom(["198.51.100.21"], poll)).toEqual(["counted"]);
  });
});
