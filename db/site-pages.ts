import "server-only";
import { and, eq } from "drizzle-orm";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { sanitizeArticleHtml } from "@/lib/sanitize";
import {
  shortNoticeWarning,
  statementSchema,
  storedMenuSchema,
  storedSuspensionSchema,
  suspensionSchema,
  type StatementKey,
  type StoredMenuItem,
  type Suspension,
  type SuspensionInput,
} from "@/lib/site-pages";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { daysOffSet } from "./holidays";
import { settings } from "./schema";
import { UserRuleError } from "./users";

/**
 * The pages around the content, per site, in the settings table (one key each, shapes
 * validated by lib/site-pages.ts): the main menu, the two statements and the planned
 * suspension notice. Readers' functions take the site id; editors' the actor.
 */
const MENU_KEY = "menu";
const SUSPENSION_KEY = "suspension";
const statementKey = (page: StatementKey) => `page:${page}`;

async function readKey(db: Database | Transaction, siteId: number, key: string): Promise<{ value: unknown; updatedAt: Date } | null> {
  const [row] = await db.select({ value: settings.value, updatedAt: settings.updatedAt }).from(settings).where(and(eq(settings.siteId, siteId), eq(settings.key, key)));
  return row ?? null;
}

async function writeKey(tx: Transaction, siteId: number, key: string, value: unknown) {
  await tx
    .insert(settings)
    .values({ siteId, key, value })
    .onConflictDoUpdate({ target: [settings.siteId, settings.key], set: { value, updatedAt: new Date() } });
}

// ---------------------------------------------------------------- menu

/** The stored menu (null: the default one). */
export async function getStoredMenu(db: Database, siteId: number): Promise<StoredMenuItem[] | null> {
  const row = await readKey(db, siteId, MENU_KEY);
  const parsed = storedMenuSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveMenu(db: Database, actor: Actor, items: StoredMenuItem[] | null, ip = ""): Promise<void> {
  assertCan(actor, "menu.manage");
  const valid = items === null ? null : storedMenuSchema.parse(items);
  await db.transaction(async (tx) => {
    if (valid === null) await tx.delete(settings).where(and(eq(settings.siteId, actor.siteId), eq(settings.key, MENU_KEY)));
    else await writeKey(tx, actor.siteId, MENU_KEY, valid);
    const shown = valid?.filter((i) => i.visible).length;
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "menu.update", entityType: "settings", entityId: MENU_KEY, summary: valid === null ? "Khôi phục trình đơn mặc định" : `${shown} mục hiển thị`, ip });
  });
}

// ---------------------------------------------------------------- statements

/** The page's stored HTML (null: the default text applies) and when it was saved. */
export async function getStatement(db: Database, siteId: number, page: StatementKey): Promise<{ html: string | null; updatedAt: string | null }> {
  const row = await readKey(db, siteId, statementKey(page));
  const html = row && typeof (row.value as { html?: unknown })?.html === "string" ? (row.value as { html: string }).html : null;
  return { html, updatedAt: row ? row.updatedAt.toISOString() : null };
}

/** Saving an empty text goes back to the default one. */
export async function saveStatement(db: Database, actor: Actor, raw: { page: string; html: string }, ip = ""): Promise<void> {
  assertCan(actor, "pages.edit");
  const { page, html } = statementSchema.parse(raw);
  const clean = sanitizeArticleHtml(html);
  const empty = clean.replace(/<[^>]*>/g, "").trim() === "";
  await db.transaction(async (tx) => {
    if (empty) await tx.delete(settings).where(and(eq(settings.siteId, actor.siteId), eq(settings.key, statementKey(page))));
    else await writeKey(tx, actor.siteId, statementKey(page), { html: clean });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "page.update", entityType: "settings", entityId: statementKey(page), summary: empty ? `${page}: dùng nội dung mặc định` : page, ip });
  });
}

// ---------------------------------------------------------------- planned suspension

export async function getSuspension(db: Database, siteId: number): Promise<Suspension | null> {
  const row = await readKey(db, siteId, SUSPENSION_KEY);
  const parsed = storedSuspensionSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * Saves the window and the message; the banner shows from now until the window ends.
 * A start with less than 7 working days of notice is allowed (an emergency) but answered
 * with a warning.
 */
export async function saveSuspension(db: Database, actor: Actor, raw: SuspensionInput, ip = "", now = new Date()): Promise<{ suspension: Suspension; warning: string | null }> {
  assertCan(actor, "suspension.manage");
  const input = suspensionSchema.parse(raw);
  if (input.endsAt.getTime() <= now.getTime()) throw new UserRuleError("Thời điểm kết thúc đã qua: thông báo sẽ không hiện.");
  const suspension: Suspension = { startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), message: input.message, savedAt: now.toISOString() };
  const warning = shortNoticeWarning(input.startsAt, now, await daysOffSet(db));
  await db.transaction(async (tx) => {
    await writeKey(tx, actor.siteId, SUSPENSION_KEY, suspension);
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "suspension.save", entityType: "settings", entityId: SUSPENSION_KEY, summary: `${suspension.startsAt} → ${suspension.endsAt}${warning ? " (chưa đủ 7 ngày làm việc)" : ""}`, ip });
  });
  return { suspension, warning };
}

export async function clearSuspension(db: Database, actor: Actor, ip = ""): Promise<void> {
  assertCan(actor, "suspension.manage");
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(settings).where(and(eq(settings.siteId, actor.siteId), eq(settings.key, SUSPENSION_KEY))).returning({ key: settings.key });
    if (!row) throw new UserRuleError("Không có thông báo tạm ngừng nào.");
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "suspension.clear", entityType: "settings", entityId: SUSPENSION_KEY, summary: "Gỡ thông báo tạm ngừng", ip });
  });
}

/** For the admin form: the saved notice with its warning, as of now. */
export async function getSuspensionForAdmin(db: Database, actor: Actor, now = new Date()): Promise<{ suspension: Suspension | null; warning: string | null }> {
  assertCan(actor, "suspension.manage");
  const suspension = await getSuspension(db, actor.siteId);
  if (!suspension || new Date(suspension.endsAt) <= now) return { suspension, warning: null };
  // Judged from when it was saved: that is when readers started seeing it.
  return { suspension, warning: shortNoticeWarning(new Date(suspension.startsAt), new Date(suspension.savedAt), await daysOffSet(db)) };
}
