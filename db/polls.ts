import "server-only";
import { and, asc, count, desc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "./client";
import { pollState, type PollView } from "@/lib/poll";
import { pollOptions, pollVotes, polls } from "./schema";

export { percentages, pollState, type PollView } from "@/lib/poll";

export async function getPoll(db: Database, id: number): Promise<PollView | null> {
  const [poll] = await db
    .select({ id: polls.id, question: polls.question, opensAt: polls.opensAt, closesAt: polls.closesAt })
    .from(polls)
    .where(eq(polls.id, id));
  if (!poll) return null;
  const options = await db
    .select({ id: pollOptions.id, label: pollOptions.label, votes: pollOptions.voteCount })
    .from(pollOptions)
    .where(eq(pollOptions.pollId, id))
    .orderBy(asc(pollOptions.position), asc(pollOptions.id));
  return {
    id: poll.id,
    question: poll.question,
    opensAt: poll.opensAt?.toISOString() ?? null,
    closesAt: poll.closesAt?.toISOString() ?? null,
    options,
    totalVotes: options.reduce((sum, o) => sum + o.votes, 0),
  };
}

/** The newest poll marked for the homepage. */
export async function getHomepagePoll(db: Database): Promise<PollView | null> {
  const [row] = await db.select({ id: polls.id }).from(polls).where(eq(polls.showOnHome, true)).orderBy(desc(polls.createdAt), desc(polls.id)).limit(1);
  return row ? getPoll(db, row.id) : null;
}

export type VoteOutcome = "counted" | "duplicate" | "closed" | "not_open" | "unknown_poll" | "unknown_option" | "rate_limited";

export type VoteInput = {
  pollId: number;
  optionId: number;
  voterHash: string;
  ipHash: string;
  /** Votes allowed per poll per IP per hour: an office behind one IP still votes. */
  ipLimitPerHour: number;
  now?: Date;
};

/**
 * One vote per visitor per poll, enforced by the unique index on (poll, voter);
 * the vote row and the option's count change in one transaction.
 */
export async function castVote(db: Database, input: VoteInput): Promise<VoteOutcome> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [poll] = await tx.select({ opensAt: polls.opensAt, closesAt: polls.closesAt }).from(polls).where(eq(polls.id, input.pollId));
    if (!poll) return "unknown_poll";
    const state = pollState({ opensAt: poll.opensAt?.toISOString() ?? null, closesAt: poll.closesAt?.toISOString() ?? null }, now);
    if (state !== "open") return state;

    const [option] = await tx
      .select({ id: pollOptions.id })
      .from(pollOptions)
      .where(and(eq(pollOptions.id, input.optionId), eq(pollOptions.pollId, input.pollId)));
    if (!option) return "unknown_option";

    const [recent] = await tx
      .select({ n: count() })
      .from(pollVotes)
      .where(and(eq(pollVotes.pollId, input.pollId), eq(pollVotes.ipHash, input.ipHash), gt(pollVotes.createdAt, new Date(now.getTime() - 3_600_000))));
    if ((recent?.n ?? 0) >= input.ipLimitPerHour) return "rate_limited";

    const inserted = await tx
      .insert(pollVotes)
      .values({ pollId: input.pollId, optionId: input.optionId, voterHash: input.voterHash, ipHash: input.ipHash, createdAt: now })
      .onConflictDoNothing({ target: [pollVotes.pollId, pollVotes.voterHash] })
      .returning({ id: pollVotes.id });
    if (inserted.length === 0) return "duplicate";

    await tx
      .update(pollOptions)
      .set({ voteCount: sql`${pollOptions.voteCount} + 1` })
      .where(eq(pollOptions.id, input.optionId));
    return "counted";
  });
}

export async function hasVoted(db: Database, pollId: number, voterHash: string): Promise<boolean> {
  const [row] = await db
    .select({ id: pollVotes.id })
    .from(pollVotes)
    .where(and(eq(pollVotes.pollId, pollId), eq(pollVotes.voterHash, voterHash)));
  return Boolean(row);
}
