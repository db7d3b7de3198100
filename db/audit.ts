import "server-only";
import { and, count, desc, eq, gte, isNull, lt, or, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "./client";
import { auditLog, users } from "./schema";

export type AuditEntry = {
  /** The site changed; omitted for the person's own account and sign-ins. */
  siteId?: number | null;
  userId: number | null;
  action: string;
  entityType?: string;
  entityId?: string | number;
  summary?: string;
  ip?: string;
};

/** Appends to the audit log; pass the transaction so the entry lands with the change. */
export async function recordAudit(db: Database | Transaction, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    siteId: entry.siteId ?? null,
    userId: entry.userId,
    action: entry.action,
    entityType: entry.entityType ?? "",
    entityId: entry.entityId === undefined ? "" : String(entry.entityId),
    summary: (entry.summary ?? "").slice(0, 500),
    ip: entry.ip ?? "",
  });
}

/**
 * `siteId` undefined: every site (platform admins); a number: that site's entries, plus
 * the site-less ones (sign-ins, own account) of `viewerId` when given.
 */
export type AuditFilter = { siteId?: number; viewerId?: number; userId?: number; action?: string; from?: Date; to?: Date };

function filterConditions(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.siteId !== undefined) {
    const site = eq(auditLog.siteId, filter.siteId);
    conditions.push(filter.viewerId ? or(site, and(isNull(auditLog.siteId), eq(auditLog.userId, filter.viewerId)))! : site);
  }
  if (filter.userId) conditions.push(eq(auditLog.userId, filter.userId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.from) conditions.push(gte(auditLog.createdAt, filter.from));
  if (filter.to) conditions.push(lt(auditLog.createdAt, filter.to));
  return conditions.length ? and(...conditions) : undefined;
}

export async function listAudit(db: Database, filter: AuditFilter, limit: number, offset = 0) {
  const where = filterConditions(filter);
  const rows = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      summary: auditLog.summary,
      ip: auditLog.ip,
      siteId: auditLog.siteId,
      userId: auditLog.userId,
      userName: users.name,
      userEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function listAuditActions(db: Database): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
