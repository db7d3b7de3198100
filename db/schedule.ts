import "server-only";
import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { isoDayToVietnamese, parseClockTime, parseVietnamDate } from "@/lib/format";
import type { IcalEntry } from "@/lib/schedule-ical";
import { toPlainText } from "@/lib/sanitize";
import { slugify } from "@/lib/slug";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { scheduleEntries, scheduleEntryChanges, scheduleEntryLeaders } from "./schema";
import { UserRuleError } from "./users";

// ---------------------------------------------------------------- the one schema of an entry

const text = (max: number, label: string) =>
  z
    .string({ error: `${label}: vui lòng nhập chữ.` })
    .default("")
    .transform((v) => toPlainText(v.normalize("NFC")).trim())
    .pipe(z.string().max(max, `${label} tối đa ${max} ký tự.`));

const day = z
  .string({ error: "Vui lòng nhập ngày (dd/mm/yyyy)." })
  .transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: "custom", message: "Vui lòng nhập ngày (dd/mm/yyyy)." });
      return z.NEVER;
    }
    const parsed = parseVietnamDate(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    return parsed.value;
  });

const clock = (required: boolean) =>
  z
    .string()
    .default("")
    .transform((value, ctx): string | null => {
      if (!value.trim()) {
        if (required) ctx.addIssue({ code: "custom", message: "Vui lòng nhập giờ bắt đầu (HH:mm)." });
        return null;
      }
      const parsed = parseClockTime(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.message });
        return z.NEVER;
      }
      return parsed.value;
    });

export type LeaderName = { name: string; position: string; slug: string };

/** One leader a line: "Họ và tên, chức vụ" (the position after the first comma is optional). */
export function parseLeaderLines(value: string): LeaderName[] {
  const seen = new Set<string>();
  const leaders: LeaderName[] = [];
  for (const line of value.normalize("NFC").split(/\r?\n/)) {
    const [name = "", ...rest] = toPlainText(line).split(",");
    const clean = name.trim();
    const slug = slugify(clean, 80);
    if (!clean || !slug || seen.has(slug)) continue;
    seen.add(slug);
    leaders.push({ name: clean, position: rest.join(",").trim(), slug });
  }
  return leaders;
}

const leaders = z
  .string({ error: "Vui lòng nhập lãnh đạo." })
  .default("")
  .transform((value, ctx) => {
    const list = parseLeaderLines(value);
    if (list.length === 0) ctx.addIssue({ code: "custom", message: "Vui lòng nhập ít nhất một lãnh đạo (mỗi người một dòng: Họ và tên, chức vụ)." });
    if (list.length > 20) ctx.addIssue({ code: "custom", message: "Một lịch có tối đa 20 lãnh đạo." });
    if (list.some((l) => l.name.length > 120 || l.position.length > 200)) ctx.addIssue({ code: "custom", message: "Họ tên tối đa 120 ký tự, chức vụ tối đa 200 ký tự." });
    return list;
  });

export const scheduleEntrySchema = z
  .object({
    day,
    startTime: clock(true),
    endTime: clock(false),
    leaders,
    content: text(2000, "Nội dung").pipe(z.string().min(1, "Vui lòng nhập nội dung công việc.")),
    place: text(300, "Địa điểm"),
    chair: text(200, "Chủ trì"),
    participants: text(1000, "Thành phần"),
    preparingUnit: text(300, "Đơn vị chuẩn bị"),
    note: text(1000, "Ghi chú"),
    /** Why an entry changed, shown to readers with what changed (edits only). */
    reason: text(500, "Lý do thay đổi"),
  })
  .superRefine((value, ctx) => {
    if (value.startTime && value.endTime && value.endTime <= value.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "Giờ kết thúc phải sau giờ bắt đầu." });
    }
  });
export type ScheduleEntryInput = z.input<typeof scheduleEntrySchema>;
type ParsedEntry = z.output<typeof scheduleEntrySchema>;

export const cancelSchema = z.object({
  reason: text(500, "Lý do hủy").pipe(z.string().min(1, "Vui lòng nhập lý do hủy lịch.")),
});

/** The cancel form: which entry, and why (shown to readers); named apart from the edit form's reason on the same page. */
export const cancelSchedule = z.object({
  cancelReason: cancelSchema.shape.reason,
  id: z.unknown().transform((value, ctx) => {
    const parsed = typeof value === "string" && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
    if (parsed === undefined) {
      ctx.addIssue({ code: "custom", message: "Không tìm thấy lịch công tác." });
      return z.NEVER;
    }
    return parsed;
  }),
});

// ---------------------------------------------------------------- read models

export type ScheduleChange = { kind: "change" | "cancel"; summary: string; at: string };

/** An entry as pages, feeds and the iCalendar file show it (the calendar reads a subset). */
export type ScheduleEntryView = Omit<IcalEntry, "leaders" | "changes"> & { leaders: LeaderName[]; changes: ScheduleChange[] };

const entryColumns = {
  id: scheduleEntries.id,
  day: scheduleEntries.day,
  startTime: scheduleEntries.startTime,
  endTime: scheduleEntries.endTime,
  content: scheduleEntries.content,
  place: scheduleEntries.place,
  chair: scheduleEntries.chair,
  participants: scheduleEntries.participants,
  preparingUnit: scheduleEntries.preparingUnit,
  note: scheduleEntries.note,
  cancelledAt: scheduleEntries.cancelledAt,
  cancelReason: scheduleEntries.cancelReason,
  sequence: scheduleEntries.sequence,
  createdAt: scheduleEntries.createdAt,
  updatedAt: scheduleEntries.updatedAt,
};

async function withDetails(db: Database | Transaction, rows: { id: number; cancelledAt: Date | null; createdAt: Date; updatedAt: Date }[]) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return { leadersOf: new Map<number, LeaderName[]>(), changesOf: new Map<number, ScheduleChange[]>() };
  const [leaderRows, changeRows] = await Promise.all([
    db
      .select({ entryId: scheduleEntryLeaders.entryId, name: scheduleEntryLeaders.name, position: scheduleEntryLeaders.position, slug: scheduleEntryLeaders.slug })
      .from(scheduleEntryLeaders)
      .where(inArray(scheduleEntryLeaders.entryId, ids))
      .orderBy(asc(scheduleEntryLeaders.ordinal), asc(scheduleEntryLeaders.id)),
    db
      .select({ entryId: scheduleEntryChanges.entryId, kind: scheduleEntryChanges.kind, summary: scheduleEntryChanges.summary, at: scheduleEntryChanges.createdAt })
      .from(scheduleEntryChanges)
      .where(inArray(scheduleEntryChanges.entryId, ids))
      .orderBy(asc(scheduleEntryChanges.createdAt), asc(scheduleEntryChanges.id)),
  ]);
  const leadersOf = new Map<number, LeaderName[]>();
  for (const { entryId, ...leader } of leaderRows) (leadersOf.get(entryId) ?? leadersOf.set(entryId, []).get(entryId)!).push(leader);
  const changesOf = new Map<number, ScheduleChange[]>();
  for (const { entryId, at, ...change } of changeRows) (changesOf.get(entryId) ?? changesOf.set(entryId, []).get(entryId)!).push({ ...change, at: at.toISOString() });
  return { leadersOf, changesOf };
}

type EntryRow = Awaited<ReturnType<typeof selectEntries>>[number];

async function views(db: Database | Transaction, rows: EntryRow[]): Promise<ScheduleEntryView[]> {
  const { leadersOf, changesOf } = await withDetails(db, rows);
  return rows.map(({ cancelledAt, createdAt, updatedAt, ...row }) => ({
    ...row,
    cancelled: cancelledAt !== null,
    leaders: leadersOf.get(row.id) ?? [],
    changes: changesOf.get(row.id) ?? [],
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  }));
}

function selectEntries(db: Database | Transaction, siteId: number, from: string, to: string, leaderSlug?: string) {
  const conditions = [eq(scheduleEntries.siteId, siteId), gte(scheduleEntries.day, from), lte(scheduleEntries.day, to)];
  if (leaderSlug) {
    conditions.push(
      sql`exists (select 1 from ${scheduleEntryLeaders} l where l.entry_id = ${scheduleEntries.id} and l.slug = ${leaderSlug})`,
    );
  }
  return db
    .select(entryColumns)
    .from(scheduleEntries)
    .where(and(...conditions))
    .orderBy(asc(scheduleEntries.day), asc(scheduleEntries.startTime), asc(scheduleEntries.id));
}

/** A site's published schedule between two days (both inclusive), optionally for one leader. Public. */
export async function listScheduleEntries(db: Database, siteId: number, range: { from: string; to: string; leader?: string }): Promise<ScheduleEntryView[]> {
  return views(db, await selectEntries(db, siteId, range.from, range.to, range.leader));
}

/** The leaders named on a site's schedule, for the filter and the per-leader feeds. Public. */
export async function listScheduleLeaders(db: Database, siteId: number): Promise<{ slug: string; name: string; position: string }[]> {
  const rows = await db
    .selectDistinctOn([scheduleEntryLeaders.slug], { slug: scheduleEntryLeaders.slug, name: scheduleEntryLeaders.name, position: scheduleEntryLeaders.position })
    .from(scheduleEntryLeaders)
    .where(eq(scheduleEntryLeaders.siteId, siteId))
    // Per leader, the newest row that names a position (an entry typed without one says less).
    .orderBy(asc(scheduleEntryLeaders.slug), sql`(${scheduleEntryLeaders.position} = '')`, sql`${scheduleEntryLeaders.id} desc`);
  return rows.sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

// ---------------------------------------------------------------- admin

export async function listScheduleForAdmin(db: Database, actor: Actor, range: { from: string; to: string }): Promise<ScheduleEntryView[]> {
  assertCan(actor, "schedule.manage");
  return listScheduleEntries(db, actor.siteId, range);
}

export async function getScheduleEntryForAdmin(db: Database, actor: Actor, id: number): Promise<ScheduleEntryView | null> {
  assertCan(actor, "schedule.manage");
  const [row] = await db.select(entryColumns).from(scheduleEntries).where(and(eq(scheduleEntries.id, id), eq(scheduleEntries.siteId, actor.siteId)));
  return row ? (await views(db, [row]))[0]! : null;
}

export class ScheduleRuleError extends UserRuleError {}
const NOT_FOUND = "Không tìm thấy lịch công tác.";

function columnsOf(input: ParsedEntry) {
  return {
    day: input.day,
    startTime: input.startTime!,
    endTime: input.endTime,
    content: input.content,
    place: input.place,
    chair: input.chair,
    participants: input.participants,
    preparingUnit: input.preparingUnit,
    note: input.note,
  };
}

async function saveLeaders(tx: Transaction, siteId: number, entryId: number, list: LeaderName[]) {
  await tx.delete(scheduleEntryLeaders).where(eq(scheduleEntryLeaders.entryId, entryId));
  if (list.length) await tx.insert(scheduleEntryLeaders).values(list.map((l, ordinal) => ({ siteId, entryId, ordinal, ...l })));
}

const leaderList = (list: LeaderName[]) => list.map((l) => (l.position ? `${l.name} (${l.position})` : l.name)).join(", ");
const timeRange = (start: string | null, end: string | null) => (end ? `${start}–${end}` : `${start}`);

/** What readers are told changed: "giờ 08:00 → 14:00; địa điểm: Hội trường A → Phòng họp số 2". */
export function describeChanges(before: ScheduleEntryView, after: ParsedEntry): string[] {
  const changes: string[] = [];
  if (before.day !== after.day) changes.push(`ngày ${isoDayToVietnamese(before.day)} → ${isoDayToVietnamese(after.day)}`);
  if (before.startTime !== after.startTime || before.endTime !== after.endTime) changes.push(`giờ ${timeRange(before.startTime, before.endTime)} → ${timeRange(after.startTime, after.endTime)}`);
  const fields: [string, string, string][] = [
    ["nội dung", before.content, after.content],
    ["địa điểm", before.place, after.place],
    ["chủ trì", before.chair, after.chair],
    ["thành phần", before.participants, after.participants],
    ["đơn vị chuẩn bị", before.preparingUnit, after.preparingUnit],
    ["ghi chú", before.note, after.note],
  ];
  for (const [label, a, b] of fields) if (a !== b) changes.push(label === "nội dung" || label === "thành phần" || label === "ghi chú" ? `${label} được điều chỉnh` : `${label}: ${a || "(trống)"} → ${b || "(trống)"}`);
  if (leaderList(before.leaders) !== leaderList(after.leaders)) changes.push(`lãnh đạo: ${leaderList(before.leaders)} → ${leaderList(after.leaders)}`);
  return changes;
}

export async function createScheduleEntry(db: Database, actor: Actor, input: ScheduleEntryInput, ip = ""): Promise<number> {
  assertCan(actor, "schedule.manage");
  const parsed = scheduleEntrySchema.parse(input);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(scheduleEntries).values({ siteId: actor.siteId, createdBy: actor.id, ...columnsOf(parsed) }).returning({ id: scheduleEntries.id });
    await saveLeaders(tx, actor.siteId, row!.id, parsed.leaders);
    await recordAudit(tx, {
      siteId: actor.siteId,
      userId: actor.id,
      action: "schedule.create",
      entityType: "schedule_entry",
      entityId: row!.id,
      summary: `${isoDayToVietnamese(parsed.day)} ${parsed.startTime}: ${parsed.content}`,
      ip,
    });
    return row!.id;
  });
}

/** Saves an edit; anything readers see that changed is logged on the entry and bumps its SEQUENCE. */
export async function updateScheduleEntry(db: Database, actor: Actor, id: number, input: ScheduleEntryInput, ip = ""): Promise<{ changed: boolean }> {
  assertCan(actor, "schedule.manage");
  const parsed = scheduleEntrySchema.parse(input);
  return db.transaction(async (tx) => {
    const [locked] = await tx.select(entryColumns).from(scheduleEntries).where(and(eq(scheduleEntries.id, id), eq(scheduleEntries.siteId, actor.siteId))).for("update");
    if (!locked) throw new ScheduleRuleError(NOT_FOUND);
    if (locked.cancelledAt) throw new ScheduleRuleError("Lịch này đã bị hủy: không sửa được nữa. Hãy thêm một lịch mới.");
    const [before] = await views(tx, [locked]);
    const changes = describeChanges(before!, parsed);
    if (changes.length === 0) return { changed: false };
    const summary = parsed.reason ? `${parsed.reason} (${changes.join("; ")})` : changes.join("; ");
    await tx
      .update(scheduleEntries)
      .set({ ...columnsOf(parsed), sequence: sql`${scheduleEntries.sequence} + 1`, updatedAt: new Date() })
      .where(eq(scheduleEntries.id, id));
    await saveLeaders(tx, actor.siteId, id, parsed.leaders);
    await tx.insert(scheduleEntryChanges).values({ siteId: actor.siteId, entryId: id, kind: "change", summary, userId: actor.id });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "schedule.update", entityType: "schedule_entry", entityId: id, summary: `#${id}: ${summary}`, ip });
    return { changed: true };
  });
}

export async function cancelScheduleEntry(db: Database, actor: Actor, id: number, input: z.input<typeof cancelSchema>, ip = ""): Promise<void> {
  assertCan(actor, "schedule.manage");
  const { reason } = cancelSchema.parse(input);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: scheduleEntries.id, cancelledAt: scheduleEntries.cancelledAt, day: scheduleEntries.day, content: scheduleEntries.content })
      .from(scheduleEntries)
      .where(and(eq(scheduleEntries.id, id), eq(scheduleEntries.siteId, actor.siteId)))
      .for("update");
    if (!row) throw new ScheduleRuleError(NOT_FOUND);
    if (row.cancelledAt) throw new ScheduleRuleError("Lịch này đã được hủy trước đó.");
    await tx
      .update(scheduleEntries)
      .set({ cancelledAt: new Date(), cancelReason: reason, sequence: sql`${scheduleEntries.sequence} + 1`, updatedAt: new Date() })
      .where(eq(scheduleEntries.id, id));
    await tx.insert(scheduleEntryChanges).values({ siteId: actor.siteId, entryId: id, kind: "cancel", summary: reason, userId: actor.id });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "schedule.cancel", entityType: "schedule_entry", entityId: id, summary: `#${id} ${isoDayToVietnamese(row.day)}: ${reason}`, ip });
  });
}
