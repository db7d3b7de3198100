import "server-only";
import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "./client";
import { auditLog, users } from "./schema";

export type AuditEntry = {
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
    userId: entry.userId,
    action: entry.action,
    entityType: entry.entityType ?? "",
    entityId: entry.entityId === undefined ? "" : String(entry.entityId),
    summary: (entry.summary ?? "").slice(0, 500),
    ip: entry.ip ?? "",
  });
}

export type AuditFilter = { userId?: number; action?: string; from?: Date; to?: Date };

function filterConditions(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
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
