import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, inArray, isNotNull, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { formatDate } from "@/lib/format";
import { limitFromEnv } from "@/lib/limiter";
import {
  DEFAULT_ANSWER_WORKING_DAYS,
  QUESTION_FIELDS,
  QUESTION_STATE_LABELS,
  initialsOf,
  normalizeEmail,
  normalizePhone,
  redactPerson,
  toPlainParagraphs,
  type QuestionState,
} from "@/lib/questions";
import { cleanQuery, highlightTerms } from "@/lib/search-query";
import { slugify, uniqueSlug } from "@/lib/slug";
import { addWorkingDays, vietnamToday } from "@/lib/working-days";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { contactHash, contactRetentionDays, openContact, sealContact, type Contact } from "./contact-vault";
import { erasePersonComments, exportPersonComments, type PersonDraftComment } from "./drafts";
import { daysOffSet } from "./holidays";
import { media, questionAttachments, questions, users, type MediaVariant } from "./schema";
import { UserRuleError } from "./users";

/**
 * Hỏi đáp: a citizen asks (no account: a tracking code), staff assign the question to a
 * unit, draft an answer, an editor reviews and publishes it. States:
 *   mới → đã phân công → đang xử lý → chờ duyệt → đã trả lời
 *   (từ chối with a reason from any open state; chờ duyệt → đang xử lý when sent back)
 * The asker's contact is sealed (db/contact-vault.ts); every staff view of it is in the
 * audit log; it is erased a configurable time after the answer (CONTACT_RETENTION_DAYS)
 * or on request (erasePersonData).
 */

export class QuestionRuleError extends UserRuleError {}

const NOT_FOUND = "Không tìm thấy câu hỏi.";
const OPEN_STATES: QuestionState[] = ["moi", "da_phan_cong", "dang_xu_ly", "cho_duyet"];

export const answerWorkingDays = () => limitFromEnv("QUESTION_ANSWER_WORKING_DAYS", DEFAULT_ANSWER_WORKING_DAYS);
export { contactRetentionDays };

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** 12 characters of 32: 60 bits, not guessable; no 0/O or 1/I to misread. */
export function newTrackingCode(): string {
  return [...randomBytes(12)].map((b) => CODE_ALPHABET[b % 32]).join("");
}
/** Paths under /hoi-dap that are pages of their own, never an answer's slug. */
const RESERVED_SLUGS = new Set(["gui-cau-hoi", "tra-cuu", "tim-kiem", "rss.xml"]);

export const TRACKING_CODE = /^[A-HJ-NP-Z2-9]{12}$/;

export type AskedQuestion = { id: number; trackingCode: string; dueOn: string };

/** Stores a question already parsed with askQuestionSchema (lib/questions.ts). */
export async function askQuestion(
  db: Database,
  siteId: number,
  input: { name: string; email: string; phone: string; address: string; field: (typeof QUESTION_FIELDS)[number]; title: string; body: string },
  now = new Date(),
): Promise<AskedQuestion> {
  const contact: Contact = { name: input.name, email: input.email, phone: input.phone, address: input.address };
  const dueOn = addWorkingDays(vietnamToday(now), answerWorkingDays(), await daysOffSet(db));
  const sealed = await sealContact(db, contact);
  const [emailHash, phoneHash] = [await contactHash(db, "email", input.email), await contactHash(db, "phone", input.phone)];
  const trackingCode = newTrackingCode();
  const [row] = await db
    .insert(questions)
    .values({
      siteId,
      trackingCode,
      field: input.field,
      title: input.title,
      body: input.body,
      askerInitials: initialsOf(input.name),
      contactSealed: sealed,
      emailHash,
      phoneHash,
      consentAt: now,
      dueOn,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: questions.id });
  return { id: row!.id, trackingCode, dueOn };
}

export type TrackedQuestion = {
  trackingCode: string;
  title: string;
  field: string;
  body: string;
  state: QuestionState;
  stateLabel: string;
  rejectReason: string;
  createdAt: string;
  dueOn: string;
  answer: string;
  publishedAt: string | null;
  slug: string | null;
};

/** What the tracking page shows: the question and where it stands; never the contact. */
export async function findQuestionByCode(db: Database, siteId: number, code: string): Promise<TrackedQuestion | null> {
  if (!TRACKING_CODE.test(code)) return null;
  const [row] = await db
    .select({
      trackingCode: questions.trackingCode,
      title: questions.title,
      field: questions.field,
      body: questions.body,
      state: questions.state,
      rejectReason: questions.rejectReason,
      createdAt: questions.createdAt,
      dueOn: questions.dueOn,
      answer: questions.answer,
      publishedAt: questions.publishedAt,
      slug: questions.slug,
    })
    .from(questions)
    .where(and(eq(questions.siteId, siteId), eq(questions.trackingCode, code)));
  if (!row) return null;
  const published = row.state === "da_tra_loi";
  return {
    ...row,
    stateLabel: QUESTION_STATE_LABELS[row.state],
    createdAt: row.createdAt.toISOString(),
    answer: published ? row.answer : "",
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

// ---------------------------------------------------------------- readers

export type PublicQuestionCard = { slug: string; title: string; field: string; askerInitials: string; createdAt: string; publishedAt: string };
export type PublicQuestion = PublicQuestionCard & { body: string; answer: string; unitName: string; attachments: { id: number; name: string; alt: string; variants: MediaVariant[]; width: number; height: number }[] };

const published = (siteId: number) => and(eq(questions.siteId, siteId), eq(questions.state, "da_tra_loi"), isNotNull(questions.slug), eq(questions.spam, false));

const cardColumns = {
  slug: questions.slug,
  title: questions.title,
  field: questions.field,
  askerInitials: questions.askerInitials,
  createdAt: questions.createdAt,
  publishedAt: questions.publishedAt,
};
type CardRow = { slug: string | null; title: string; field: string; askerInitials: string; createdAt: Date; publishedAt: Date | null };
const toCard = (r: CardRow): PublicQuestionCard => ({ ...r, slug: r.slug!, createdAt: r.createdAt.toISOString(), publishedAt: (r.publishedAt ?? r.createdAt).toISOString() });

export const PUBLIC_PAGE_SIZE = 10;

/** Published questions and answers, newest first; by field, and accent-insensitive words. */
export async function listPublishedQuestions(db: Database, siteId: number, options: { field?: string; query?: string; page?: number } = {}) {
  const conditions: SQL[] = [published(siteId)!];
  if (options.field) conditions.push(eq(questions.field, options.field));
  const text = cleanQuery(options.query ?? "").text;
  for (const term of text ? highlightTerms(text).slice(0, 8) : []) {
    conditions.push(sql`public.f_unaccent(${questions.title} || ' ' || ${questions.body} || ' ' || ${questions.answer}) like '%' || public.f_unaccent(${term}) || '%'`);
  }
  const where = and(...conditions);
  const page = Math.max(1, options.page ?? 1);
  const [total] = await db.select({ n: count() }).from(questions).where(where);
  const rows = await db
    .select(cardColumns)
    .from(questions)
    .where(where)
    .orderBy(desc(questions.publishedAt), desc(questions.id))
    .limit(PUBLIC_PAGE_SIZE)
    .offset((page - 1) * PUBLIC_PAGE_SIZE);
  return { total: total?.n ?? 0, items: rows.map(toCard), pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / PUBLIC_PAGE_SIZE)) };
}

export async function findPublishedQuestion(db: Database, siteId: number, slug: string): Promise<PublicQuestion | null> {
  const [row] = await db
    .select({ ...cardColumns, id: questions.id, body: questions.body, answer: questions.answer, unitName: questions.unitName })
    .from(questions)
    .where(and(published(siteId), eq(questions.slug, slug)));
  if (!row) return null;
  const { id, body, answer, unitName, ...card } = row;
  return { ...toCard(card), body, answer, unitName, attachments: await attachmentsOf(db, id) };
}

async function attachmentsOf(db: Database | Transaction, questionId: number) {
  return db
    .select({ id: media.id, name: media.originalName, alt: media.alt, variants: media.variants, width: media.width, height: media.height })
    .from(questionAttachments)
    .innerJoin(media, eq(media.id, questionAttachments.mediaId))
    .where(eq(questionAttachments.questionId, questionId))
    .orderBy(asc(questionAttachments.position));
}

// ---------------------------------------------------------------- staff

export type QueueRow = {
  id: number;
  title: string;
  field: string;
  state: QuestionState;
  unitName: string;
  dueOn: string;
  createdAt: Date;
  late: boolean;
  spam: boolean;
};

export async function listQuestionQueue(db: Database, actor: Actor, options: { state?: QuestionState | "mo" } = {}, now = new Date()): Promise<QueueRow[]> {
  assertCan(actor, "question.handle");
  const today = vietnamToday(now);
  const stateFilter = !options.state || options.state === "mo" ? inArray(questions.state, OPEN_STATES) : eq(questions.state, options.state);
  const rows = await db
    .select({ id: questions.id, title: questions.title, field: questions.field, state: questions.state, unitName: questions.unitName, dueOn: questions.dueOn, createdAt: questions.createdAt, spam: questions.spam })
    .from(questions)
    .where(and(eq(questions.siteId, actor.siteId), stateFilter))
    .orderBy(asc(questions.dueOn), asc(questions.id))
    .limit(200);
  return rows.map((r) => ({ ...r, late: OPEN_STATES.includes(r.state) && r.dueOn < today }));
}

/** For the dashboard: open questions late, and due within the next working days. */
export async function questionDeadlines(db: Database, actor: Actor, now = new Date()) {
  assertCan(actor, "question.handle");
  const today = vietnamToday(now);
  const soon = addWorkingDays(today, 3, await daysOffSet(db));
  const rows = await db
    .select({ id: questions.id, title: questions.title, dueOn: questions.dueOn, state: questions.state, unitName: questions.unitName })
    .from(questions)
    .where(and(eq(questions.siteId, actor.siteId), inArray(questions.state, OPEN_STATES), lte(questions.dueOn, soon)))
    .orderBy(asc(questions.dueOn), asc(questions.id))
    .limit(20);
  return {
    late: rows.filter((r) => r.dueOn < today),
    dueSoon: rows.filter((r) => r.dueOn >= today),
  };
}

export type StaffQuestion = {
  id: number;
  trackingCode: string;
  title: string;
  field: string;
  body: string;
  askerInitials: string;
  state: QuestionState;
  rejectReason: string;
  unitName: string;
  dueOn: string;
  answer: string;
  answeredBy: string | null;
  answerSubmittedAt: string | null;
  publishedAt: string | null;
  slug: string | null;
  spam: boolean;
  createdAt: string;
  contactErased: boolean;
  attachmentIds: number[];
};

/** A question for staff, without the asker's contact (viewContact shows it, logged). */
export async function getQuestionForStaff(db: Database, actor: Actor, id: number): Promise<StaffQuestion | null> {
  assertCan(actor, "question.handle");
  const [row] = await db
    .select({
      id: questions.id,
      trackingCode: questions.trackingCode,
      title: questions.title,
      field: questions.field,
      body: questions.body,
      askerInitials: questions.askerInitials,
      state: questions.state,
      rejectReason: questions.rejectReason,
      unitName: questions.unitName,
      dueOn: questions.dueOn,
      answer: questions.answer,
      answeredBy: users.name,
      answerSubmittedAt: questions.answerSubmittedAt,
      publishedAt: questions.publishedAt,
      slug: questions.slug,
      spam: questions.spam,
      createdAt: questions.createdAt,
      contactSealed: questions.contactSealed,
    })
    .from(questions)
    .leftJoin(users, eq(users.id, questions.answeredBy))
    .where(and(eq(questions.id, id), eq(questions.siteId, actor.siteId)));
  if (!row) return null;
  const { contactSealed, ...rest } = row;
  const attachments = await db.select({ id: questionAttachments.mediaId }).from(questionAttachments).where(eq(questionAttachments.questionId, id)).orderBy(asc(questionAttachments.position));
  return {
    ...rest,
    answerSubmittedAt: row.answerSubmittedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    contactErased: contactSealed === "",
    attachmentIds: attachments.map((a) => a.id),
  };
}

/** The asker's contact for the person handling the question; each view is logged. */
export async function viewContact(db: Database, actor: Actor, id: number, ip = ""): Promise<Contact | null> {
  assertCan(actor, "question.handle");
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ sealed: questions.contactSealed }).from(questions).where(and(eq(questions.id, id), eq(questions.siteId, actor.siteId)));
    if (!row) throw new QuestionRuleError(NOT_FOUND);
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "question.view_contact", entityType: "question", entityId: id, summary: `Câu hỏi #${id}`, ip });
    return row.sealed ? openContact(db, row.sealed) : null;
  });
}

async function lockQuestion(tx: Transaction, actor: Actor, id: number) {
  const [row] = await tx
    .select({ state: questions.state, title: questions.title, slug: questions.slug, unitName: questions.unitName })
    .from(questions)
    .where(and(eq(questions.id, id), eq(questions.siteId, actor.siteId)))
    .for("update");
  if (!row) throw new QuestionRuleError(NOT_FOUND);
  return row;
}

const unitSchema = z
  .string({ error: "Vui lòng nhập đơn vị được phân công." })
  .transform((v) => toPlainParagraphs(v).replace(/\n/g, " "))
  .pipe(z.string().min(2, "Vui lòng nhập đơn vị được phân công.").max(200, "Tên đơn vị tối đa 200 ký tự."));

export const assignSchema = z.object({ unitName: unitSchema });

/**
 * Assigns (or reassigns) an open question to a unit. The units register (another
 * engineer's table) will add a unit id beside the free-text name.
 */
export async function assignQuestion(db: Database, actor: Actor, id: number, input: z.input<typeof assignSchema>, ip = "", now = new Date()): Promise<void> {
  assertCan(actor, "question.handle");
  const { unitName } = assignSchema.parse(input);
  await db.transaction(async (tx) => {
    const row = await lockQuestion(tx, actor, id);
    if (!["moi", "da_phan_cong", "dang_xu_ly"].includes(row.state)) throw new QuestionRuleError("Chỉ phân công được câu hỏi chưa gửi duyệt trả lời.");
    const state = row.state === "moi" ? "da_phan_cong" : row.state;
    await tx.update(questions).set({ unitName, state, assignedAt: now, updatedAt: now }).where(eq(questions.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "question.assign", entityType: "question", entityId: id, summary: `#${id} → ${unitName}`, ip });
  });
}

export const answerSchema = z.object({
  answer: z
    .string({ error: "Vui lòng nhập nội dung trả lời." })
    .max(40_000, "Nội dung trả lời tối đa 20.000 ký tự.")
    .transform(toPlainParagraphs)
    .pipe(z.string().min(10, "Nội dung trả lời cần ít nhất 10 ký tự.").max(20_000, "Nội dung trả lời tối đa 20.000 ký tự.")),
  /** Media ids of the site's library attached to the answer. */
  attachments: z.array(z.coerce.number().int().positive()).max(10, "Tối đa 10 tệp đính kèm.").default([]),
  submit: z.boolean().default(false),
});

/**
 * Saves the draft answer (state: đang xử lý) or sends it for review (chờ duyệt). Any
 * staff member handling questions may write it; only an editor publishes it.
 */
export async function saveAnswer(db: Database, actor: Actor, id: number, input: z.input<typeof answerSchema>, ip = "", now = new Date()): Promise<void> {
  assertCan(actor, "question.handle");
  const valid = answerSchema.parse(input);
  await db.transaction(async (tx) => {
    const row = await lockQuestion(tx, actor, id);
    if (!["moi", "da_phan_cong", "dang_xu_ly"].includes(row.state)) throw new QuestionRuleError("Câu hỏi này không còn ở bước soạn trả lời.");
    if (valid.attachments.length) {
          const own = await tx.select({ id: media.id }).from(media).where(and(inArray(media.id, valid.attachments), eq(media.siteId, actor.siteId)));
      if (own.length !== new Set(valid.attachments).size) throw new QuestionRuleError("Tệp đính kèm không có trong thư viện của trang.");
    }
    await tx
      .update(questions)
      .set({ answer: valid.answer, answeredBy: actor.id, state: valid.submit ? "cho_duyet" : "dang_xu_ly", answerSubmittedAt: valid.submit ? now : null, updatedAt: now })
      .where(eq(questions.id, id));
    await tx.delete(questionAttachments).where(eq(questionAttachments.questionId, id));
    if (valid.attachments.length) await tx.insert(questionAttachments).values([...new Set(valid.attachments)].map((mediaId, position) => ({ questionId: id, mediaId, position })));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "question.answer", entityType: "question", entityId: id, summary: `#${id}${valid.submit ? ": gửi duyệt" : ": lưu nháp"}`, ip });
  });
}

export type PublishedAnswer = { slug: string; title: string; trackingCode: string; contact: Contact | null; siteId: number };

/** The editor's review: publishes the answer (and the question) on the site. */
export async function publishAnswer(db: Database, actor: Actor, id: number, ip = "", now = new Date()): Promise<PublishedAnswer> {
  assertCan(actor, "question.publish");
  return db.transaction(async (tx) => {
    const row = await lockQuestion(tx, actor, id);
    if (row.state !== "cho_duyet") throw new QuestionRuleError("Chỉ công khai được câu trả lời đang chờ duyệt.");
    const slug =
      row.slug ??
      (await uniqueSlug(slugify(row.title, 90), async (candidate) => {
        if (RESERVED_SLUGS.has(candidate)) return true;
        const [taken] = await tx.select({ id: questions.id }).from(questions).where(and(eq(questions.siteId, actor.siteId), eq(questions.slug, candidate), ne(questions.id, id)));
        return Boolean(taken);
      }, `cau-hoi-${id}`));
    await tx.update(questions).set({ state: "da_tra_loi", slug, publishedAt: now, publishedBy: actor.id, updatedAt: now }).where(eq(questions.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "question.publish", entityType: "question", entityId: id, summary: `#${id} "${row.title}"`, ip });
    const [sealed] = await tx.select({ sealed: questions.contactSealed, code: questions.trackingCode }).from(questions).where(eq(questions.id, id));
    return { slug, title: row.title, trackingCode: sealed!.code, contact: sealed!.sealed ? await openContact(db, sealed!.sealed) : null, siteId: actor.siteId };
  });
}

export async function sendBackAnswer(db: Database, actor: Actor, id: number, ip = "", now = new Date()): Promise<void> {
  assertCan(actor, "question.publish");
  await db.transaction(async (tx) => {
    const row = await lockQuestion(tx, actor, id);
    if (row.state !== "cho_duyet") throw new QuestionRuleError("Chỉ trả lại được câu trả lời đang chờ duyệt.");
    await tx.update(questions).set({ state: "dang_xu_ly", updatedAt: now }).where(eq(questions.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "question.send_back", entityType: "question", entityId: id, summary: `#${id}`, ip });
  });
}

export const rejectSchema = z.object({
  reason: z
    .string({ error: "Vui lòng nêu lý do từ chối." })
    .transform(toPlainParagraphs)
    .pipe(z.string().min(5, "Vui lòng nêu lý do từ chối (ít nhất 5 ký tự).").max(1000, "Lý do tối đa 1.000 ký tự.")),
});

export async function rejectQuestion(db: Database, actor: Actor, id: number, input: z.input<typeof rejectSchema>, ip = "", now = new Date()): Promise<void> {
  assertCan(actor, "question.publish");
  const { reason } = rejectSchema.parse(input);
  await db.transaction(async (tx) => {
    const row = await lockQuestion(tx, actor, id);
    if (!OPEN_STATES.includes(row.state)) throw new QuestionRuleError("Câu hỏi này đã được xử lý xong.");
    await tx.update(questions).set({ state: "tu_choi", rejectReason: reason, updatedAt: now }).where(eq(questions.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "question.reject", entityType: "question", entityId: id, summary: `#${id}: ${reason}`, ip });
  });
}

/** Spam: refused, never shown, and the contact (not a real asker's) dropped at once. */
export async function markSpam(db: Database, actor: Actor, id: number, ip = "", now = new Date()): Promise<void> {
  assertCan(actor, "question.publish");
  await db.transaction(async (tx) => {
    const row = await lockQuestion(tx, actor, id);
    if (row.state === "da_tra_loi") throw new QuestionRuleError("Câu hỏi đã công khai trả lời, không thể đánh dấu là rác.");
    await tx
      .update(questions)
      .set({ state: "tu_choi", spam: true, rejectReason: "Thư rác", contactSealed: "", emailHash: null, phoneHash: null, contactErasedAt: now, updatedAt: now })
      .where(eq(questions.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "question.spam", entityType: "question", entityId: id, summary: `#${id}`, ip });
  });
}

// ---------------------------------------------------------------- personal data (Luật 91/2025/QH15)

export const personSchema = z
  .object({
    email: z
      .string()
      .optional()
      .transform((v) => normalizeEmail(v ?? "")),
    phone: z
      .string()
      .optional()
      .transform((v) => ((v ?? "").trim() ? normalizePhone(v!) : "")),
  })
  .refine((v) => v.email || v.phone, { path: ["email"], message: "Vui lòng nhập thư điện tử hoặc số điện thoại của người yêu cầu." });

async function personRows(db: Database | Transaction, actor: Actor, person: { email: string; phone: string }) {
  const [emailHash, phoneHash] = [await contactHash(db as Database, "email", person.email), await contactHash(db as Database, "phone", person.phone)];
  const match = or(...[emailHash ? eq(questions.emailHash, emailHash) : undefined, phoneHash ? eq(questions.phoneHash, phoneHash) : undefined].filter(Boolean) as SQL[]);
  return db
    .select({ id: questions.id, slug: questions.slug, title: questions.title, body: questions.body, field: questions.field, state: questions.state, createdAt: questions.createdAt, sealed: questions.contactSealed, answer: questions.answer })
    .from(questions)
    .where(and(eq(questions.siteId, actor.siteId), match));
}

export type PersonExport = {
  person: { email: string; phone: string };
  questions: { id: number; title: string; body: string; field: string; state: string; createdAt: string; contact: Contact | null; answer: string }[];
  /** Comments on drafts for public comment (db/drafts.ts). */
  draftComments: PersonDraftComment[];
};

/** Everything the site keeps about one person (a data subject's request), logged. */
export async function exportPersonData(db: Database, actor: Actor, input: z.input<typeof personSchema>, ip = ""): Promise<PersonExport> {
  assertCan(actor, "personal_data.manage");
  const person = personSchema.parse(input);
  const rows = await personRows(db, actor, person);
  const draftComments = await exportPersonComments(db, actor.siteId, person);
  await recordAudit(db, { siteId: actor.siteId, userId: actor.id, action: "personal_data.export", entityType: "question", summary: `${rows.length} câu hỏi, ${draftComments.length} góp ý dự thảo`, ip });
  return {
    person,
    draftComments,
    questions: await Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        title: r.title,
        body: r.body,
        field: r.field,
        state: QUESTION_STATE_LABELS[r.state],
        createdAt: r.createdAt.toISOString(),
        contact: r.sealed ? await openContact(db, r.sealed) : null,
        answer: r.answer,
      })),
    ),
  };
}

/**
 * Erases one person's data: their comments on drafts (db/drafts.ts erasePersonComments);
 * unanswered questions are deleted; answered ones stay public
 * with the contact gone, initials replaced, and the email and phone cut out of the text.
 * Audit entries never held the contact. Backups made afterwards hold none of it.
 */
export async function erasePersonData(
  db: Database,
  actor: Actor,
  input: z.input<typeof personSchema>,
  ip = "",
  now = new Date(),
): Promise<{ deleted: number; anonymised: string[]; comments: { deleted: number; anonymised: number; slugs: string[] } }> {
  assertCan(actor, "personal_data.manage");
  const person = personSchema.parse(input);
  return db.transaction(async (tx) => {
    const rows = await personRows(tx, actor, person);
    let deleted = 0;
    const anonymised: string[] = [];
    for (const r of rows) {
      if (r.state !== "da_tra_loi") {
        await tx.delete(questions).where(eq(questions.id, r.id));
        deleted++;
        continue;
      }
      const contact = r.sealed ? await openContact(db, r.sealed) : null;
      await tx
        .update(questions)
        .set({
          contactSealed: "",
          emailHash: null,
          phoneHash: null,
          askerInitials: "Ẩn danh",
          title: redactPerson(r.title, person, contact),
          body: redactPerson(r.body, person, contact),
          answer: redactPerson(r.answer, person, contact),
          contactErasedAt: now,
          updatedAt: now,
        })
        .where(eq(questions.id, r.id));
      if (r.slug) anonymised.push(r.slug);
    }
    const comments = await erasePersonComments(tx, db, actor.siteId, person, now);
    await recordAudit(tx, {
      siteId: actor.siteId,
      userId: actor.id,
      action: "personal_data.erase",
      entityType: "question",
      summary: `Xóa ${deleted}, ẩn danh ${anonymised.length} câu hỏi; xóa ${comments.deleted}, ẩn danh ${comments.anonymised} góp ý dự thảo`,
      ip,
    });
    return { deleted, anonymised, comments };
  });
}

/**
 * The retention rule: contacts of questions answered or refused more than `days` days ago
 * are erased (the question and its answer stay, by initials). Run by the scheduler.
 */
export async function eraseExpiredContacts(db: Database, now = new Date(), days = contactRetentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const erased = await db
    .update(questions)
    .set({ contactSealed: "", emailHash: null, phoneHash: null, contactErasedAt: now })
    .where(and(inArray(questions.state, ["da_tra_loi", "tu_choi"]), lt(questions.updatedAt, cutoff), ne(questions.contactSealed, "")))
    .returning({ id: questions.id, siteId: questions.siteId });
  if (erased.length) {
    await recordAudit(db, { userId: null, action: "personal_data.retention", entityType: "question", summary: `${erased.length} câu hỏi quá ${days} ngày` });
  }
  return erased.length;
}

export const formatDue = (day: string) => formatDate(`${day}T12:00:00+07:00`);

/**
 * The units questions have been assigned to on this site, as suggestions for the next
 * assignment. When the units register lands (db/units.ts), list its units here instead
 * and store the unit's id beside the name.
 */
export async function knownUnits(db: Database, actor: Actor): Promise<string[]> {
  assertCan(actor, "question.handle");
  const rows = await db
    .selectDistinct({ unitName: questions.unitName })
    .from(questions)
    .where(and(eq(questions.siteId, actor.siteId), ne(questions.unitName, "")))
    .orderBy(asc(questions.unitName))
    .limit(100);
  return rows.map((r) => r.unitName);
}
