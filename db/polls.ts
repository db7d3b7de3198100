import "server-only";
import { and, asc, count, desc, eq, gt, sql } from "drizzle-orm";
import { z } from "zod";
import { assertCan, can, type Actor } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/format";
import { pollState, type PollView } from "@/lib/poll";
import type { PollVoteReport } from "@/lib/poll-report";
import { toPlainText } from "@/lib/sanitize";
import { recordAudit } from "./audit";
import { vietnamDaySql } from "./sql-time";
import type { Database, Transaction } from "./client";
import { pollOptions, pollVotes, polls } from "./schema";
import { UserRuleError } from "./users";

export { percentages, pollState, type PollView } from "@/lib/poll";

/** A poll of one site (another site's poll id is "not found" here). */
export async function getPoll(db: Database, siteId: number, id: number): Promise<PollView | null> {
  const [poll] = await db
    .select({ id: polls.id, question: polls.question, opensAt: polls.opensAt, closesAt: polls.closesAt })
    .from(polls)
    .where(and(eq(polls.id, id), eq(polls.siteId, siteId)));
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
export async function getHomepagePoll(db: Database, siteId: number): Promise<PollView | null> {
  const [row] = await db.select({ id: polls.id }).from(polls).where(and(eq(polls.siteId, siteId), eq(polls.showOnHome, true))).orderBy(desc(polls.createdAt), desc(polls.id)).limit(1);
  return row ? getPoll(db, siteId, row.id) : null;
}

export type VoteOutcome = "counted" | "duplicate" | "closed" | "not_open" | "unknown_poll" | "unknown_option" | "rate_limited";

export type VoteInput = {
  /** The site the vote was cast on: a poll of another site is unknown there. */
  siteId: number;
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
    // Shares the row lock an editor's change of options takes (updatePoll), so a vote never
    // lands on an option being replaced.
    const [poll] = await tx.select({ opensAt: polls.opensAt, closesAt: polls.closesAt }).from(polls).where(and(eq(polls.id, input.pollId), eq(polls.siteId, input.siteId))).for("share");
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

// ---------------------------------------------------------------- admin (editors and admins)

/** A refusal the editor can act on, shown as is (adminAction shows UserRuleError's kind). */
export class PollRuleError extends UserRuleError {}


const plain = (max: number, label: string) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .transform(toPlainText)
    .pipe(z.string().min(1, `Vui lòng nhập ${label.toLowerCase()}.`).max(max, `${label} tối đa ${max} ký tự.`));

/**
 * What an editor sets on a poll. Text is stored as plain text (tags dropped), so an
 * option can never carry markup onto a public page.
 */
const pollFields = z.object({
  question: plain(300, "Câu hỏi"),
  options: z
    .array(plain(200, "Phương án"), { error: "Cần từ 2 đến 10 phương án." })
    .min(2, "Cần ít nhất 2 phương án.")
    .max(10, "Tối đa 10 phương án.")
    .superRefine((options, ctx) => {
      const seen = new Set<string>();
      options.forEach((option, i) => {
        const key = option.toLocaleLowerCase("vi");
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i], message: "Phương án này bị trùng với một phương án phía trên." });
        seen.add(key);
      });
    }),
  opensAt: z.date().nullable(),
  closesAt: z.date().nullable(),
  showOnHome: z.boolean(),
});
const timesInOrder = (p: { opensAt: Date | null; closesAt: Date | null }) => !p.opensAt || !p.closesAt || p.closesAt > p.opensAt;
const timesMessage = { path: ["closesAt"], message: "Thời điểm đóng phải sau thời điểm mở." };

export const pollInputSchema = pollFields.refine(timesInOrder, timesMessage);
/** An edit may leave the options out: a poll with votes keeps its own. */
export const pollUpdateSchema = pollFields.extend({ options: pollFields.shape.options.optional() }).refine(timesInOrder, timesMessage);
export type PollInput = z.input<typeof pollInputSchema>;

export type AdminPollRow = {
  id: number;
  question: string;
  opensAt: Date | null;
  closesAt: Date | null;
  showOnHome: boolean;
  createdAt: Date;
  totalVotes: number;
  optionCount: number;
};

export async function listPollsForAdmin(db: Database, actor: Actor): Promise<AdminPollRow[]> {
  assertCan(actor, "poll.manage");
  return db
    .select({
      id: polls.id,
      question: polls.question,
      opensAt: polls.opensAt,
      closesAt: polls.closesAt,
      showOnHome: polls.showOnHome,
      createdAt: polls.createdAt,
      totalVotes: sql<number>`coalesce(sum(${pollOptions.voteCount}), 0)::int`,
      optionCount: sql<number>`count(${pollOptions.id})::int`,
    })
    .from(polls)
    .leftJoin(pollOptions, eq(pollOptions.pollId, polls.id))
    .where(eq(polls.siteId, actor.siteId))
    .groupBy(polls.id)
    .orderBy(desc(polls.createdAt), desc(polls.id));
}

export type AdminPoll = PollView & { showOnHome: boolean; createdAt: string; updatedAt: string; votesRecorded: number; isHomepagePoll: boolean };

/** Votes ever cast in a poll; any at all locks its options. */
async function countVotes(db: Database | Transaction, pollId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(pollVotes).where(eq(pollVotes.pollId, pollId));
  const [counted] = await db
    .select({ n: sql<number>`coalesce(sum(${pollOptions.voteCount}), 0)::int` })
    .from(pollOptions)
    .where(eq(pollOptions.pollId, pollId));
  // Counts imported without vote rows lock the options just the same.
  return Math.max(row?.n ?? 0, counted?.n ?? 0);
}

export async function getPollForAdmin(db: Database, actor: Actor, id: number): Promise<AdminPoll | null> {
  assertCan(actor, "poll.manage");
  const view = await getPoll(db, actor.siteId, id);
  if (!view) return null;
  const [row] = await db.select({ showOnHome: polls.showOnHome, createdAt: polls.createdAt, updatedAt: polls.updatedAt }).from(polls).where(eq(polls.id, id));
  const home = await getHomepagePoll(db, actor.siteId);
  return {
    ...view,
    showOnHome: row!.showOnHome,
    createdAt: row!.createdAt.toISOString(),
    updatedAt: row!.updatedAt.toISOString(),
    votesRecorded: await countVotes(db, id),
    isHomepagePoll: home?.id === id,
  };
}

const when = (d: Date | null) => (d ? formatDateTime(d) : "không đặt");

export async function createPoll(db: Database, actor: Actor, input: PollInput, ip = ""): Promise<number> {
  assertCan(actor, "poll.manage");
  const valid = pollInputSchema.parse(input);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(polls)
      .values({ siteId: actor.siteId, question: valid.question, opensAt: valid.opensAt, closesAt: valid.closesAt, showOnHome: valid.showOnHome })
      .returning({ id: polls.id });
    await tx.insert(pollOptions).values(valid.options.map((label, position) => ({ pollId: created!.id, label, position })));
    await recordAudit(tx, {
      siteId: actor.siteId,
      userId: actor.id,
      action: "poll.create",
      entityType: "poll",
      entityId: created!.id,
      summary: `"${valid.question}" (${valid.options.length} phương án${valid.showOnHome ? ", hiện trên trang chủ" : ""})`,
      ip,
    });
    return created!.id;
  });
}

/**
 * Question, times and the homepage flag can always change. Options only while no vote
 * exists: once people have voted, changing a choice would change what they voted for.
 * Leave `options` out (or send them unchanged) to keep them.
 */
export async function updatePoll(db: Database, actor: Actor, id: number, input: Omit<PollInput, "options"> & { options?: string[] }, ip = ""): Promise<void> {
  assertCan(actor, "poll.manage");
  await db.transaction(async (tx) => {
    // The row lock keeps votes (castVote shares it) out until the options are settled.
    const [current] = await tx.select({ question: polls.question, opensAt: polls.opensAt, closesAt: polls.closesAt, showOnHome: polls.showOnHome }).from(polls).where(and(eq(polls.id, id), eq(polls.siteId, actor.siteId))).for("update");
    if (!current) throw new PollRuleError("Không tìm thấy cuộc bình chọn.");
    const existing = await tx.select({ label: pollOptions.label }).from(pollOptions).where(eq(pollOptions.pollId, id)).orderBy(asc(pollOptions.position), asc(pollOptions.id));
    const existingLabels = existing.map((o) => o.label);
    const valid = pollInputSchema.parse({ ...input, options: input.options ?? existingLabels });
    const optionsChanged = JSON.stringify(valid.options) !== JSON.stringify(existingLabels);
    if (optionsChanged && (await countVotes(tx, id)) > 0) {
      throw new PollRuleError("Cuộc bình chọn đã có phiếu nên không thể sửa các phương án. Hãy nhân bản thành cuộc bình chọn mới.");
    }
    await tx
      .update(polls)
      .set({ question: valid.question, opensAt: valid.opensAt, closesAt: valid.closesAt, showOnHome: valid.showOnHome, updatedAt: new Date() })
      .where(eq(polls.id, id));
    if (optionsChanged) {
      await tx.delete(pollOptions).where(eq(pollOptions.pollId, id));
      await tx.insert(pollOptions).values(valid.options.map((label, position) => ({ pollId: id, label, position })));
    }
    const changes = [
      current.question !== valid.question ? `câu hỏi "${current.question}" → "${valid.question}"` : "",
      optionsChanged ? `phương án: ${valid.options.join(" / ")}` : "",
      current.opensAt?.getTime() !== valid.opensAt?.getTime() ? `mở ${when(current.opensAt)} → ${when(valid.opensAt)}` : "",
      current.closesAt?.getTime() !== valid.closesAt?.getTime() ? `đóng ${when(current.closesAt)} → ${when(valid.closesAt)}` : "",
      current.showOnHome !== valid.showOnHome ? (valid.showOnHome ? "hiện trên trang chủ" : "bỏ khỏi trang chủ") : "",
    ].filter(Boolean);
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "poll.update", entityType: "poll", entityId: id, summary: `#${id}: ${changes.join("; ") || "không đổi"}`, ip });
  });
}

/** Stops taking votes from `now` (a poll not yet open is closed before it opens). */
export async function closePollNow(db: Database, actor: Actor, id: number, ip = "", now = new Date()): Promise<void> {
  assertCan(actor, "poll.manage");
  await db.transaction(async (tx) => {
    const [poll] = await tx.select({ question: polls.question, opensAt: polls.opensAt, closesAt: polls.closesAt }).from(polls).where(and(eq(polls.id, id), eq(polls.siteId, actor.siteId))).for("update");
    if (!poll) throw new PollRuleError("Không tìm thấy cuộc bình chọn.");
    if (poll.closesAt && poll.closesAt <= now) throw new PollRuleError("Cuộc bình chọn này đã đóng.");
    const opensAt = poll.opensAt && poll.opensAt > now ? now : poll.opensAt;
    await tx.update(polls).set({ opensAt, closesAt: now, updatedAt: now }).where(eq(polls.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "poll.close", entityType: "poll", entityId: id, summary: `Đóng "${poll.question}" lúc ${formatDateTime(now)}`, ip });
  });
}

/** A fresh copy (no votes, no dates, not on the homepage) to change what a locked poll asks. */
export async function duplicatePoll(db: Database, actor: Actor, id: number, ip = ""): Promise<number> {
  assertCan(actor, "poll.manage");
  return db.transaction(async (tx) => {
    const [poll] = await tx.select({ question: polls.question }).from(polls).where(and(eq(polls.id, id), eq(polls.siteId, actor.siteId)));
    if (!poll) throw new PollRuleError("Không tìm thấy cuộc bình chọn.");
    const options = await tx.select({ label: pollOptions.label }).from(pollOptions).where(eq(pollOptions.pollId, id)).orderBy(asc(pollOptions.position), asc(pollOptions.id));
    const [created] = await tx.insert(polls).values({ siteId: actor.siteId, question: poll.question, showOnHome: false }).returning({ id: polls.id });
    if (options.length) await tx.insert(pollOptions).values(options.map((o, position) => ({ pollId: created!.id, label: o.label, position })));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "poll.duplicate", entityType: "poll", entityId: created!.id, summary: `Nhân bản #${id} "${poll.question}" thành #${created!.id}`, ip });
    return created!.id;
  });
}

/**
 * Deletes a poll nobody has voted in (a test, a typo). Once a vote exists the poll is a
 * record of what people said: it can be closed, never deleted. The row lock keeps a
 * vote (castVote shares it) from landing while the check runs.
 */
export async function deletePoll(db: Database, actor: Actor, id: number, ip = ""): Promise<void> {
  assertCan(actor, "poll.manage");
  await db.transaction(async (tx) => {
    const [poll] = await tx.select({ question: polls.question }).from(polls).where(and(eq(polls.id, id), eq(polls.siteId, actor.siteId))).for("update");
    if (!poll) throw new PollRuleError("Không tìm thấy cuộc bình chọn.");
    const votes = await countVotes(tx, id);
    if (votes > 0) throw new PollRuleError(`Không thể xóa: cuộc bình chọn đã có ${votes} phiếu. Hãy đóng bình chọn thay vì xóa.`);
    await tx.delete(polls).where(eq(polls.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "poll.delete", entityType: "poll", entityId: id, summary: `Xóa "${poll.question}"`, ip });
  });
}

/** Votes per option and per day, for the CSV export. */
export async function getPollVoteReport(db: Database, actor: Actor, id: number): Promise<PollVoteReport | null> {
  assertCan(actor, "poll.manage");
  const poll = await getPoll(db, actor.siteId, id);
  if (!poll) return null;
  const day = vietnamDaySql(pollVotes.createdAt);
  const rows = await db
    .select({ day, optionId: pollVotes.optionId, n: count() })
    .from(pollVotes)
    .where(eq(pollVotes.pollId, id))
    .groupBy(day, pollVotes.optionId)
    .orderBy(day);
  const days = new Map<string, Record<number, number>>();
  for (const r of rows) {
    const votes = days.get(r.day) ?? {};
    votes[r.optionId] = r.n;
    days.set(r.day, votes);
  }
  return {
    poll: { id: poll.id, question: poll.question },
    options: poll.options,
    days: [...days].map(([d, votes]) => ({ day: d, votes })),
  };
}
