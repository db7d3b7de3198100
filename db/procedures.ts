import "server-only";
import { and, asc, count, eq, ne, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/policy";
import type { CsvColumn, RowError } from "@/lib/csv-import";
import { toPlainText } from "@/lib/sanitize";
import { foldVietnamese } from "@/lib/search-query";
import { slugify } from "@/lib/slug";
import { recordAudit } from "./audit";
import type { Database, Transaction } from "./client";
import { procedures } from "./schema";
import { UserRuleError } from "./users";

/** How far the procedure can be done online (NĐ 42/2022, kept by NĐ 224/2026). */
export const PROCEDURE_LEVELS = ["Toàn trình", "Một phần", "Trực tiếp"] as const;
export const PROCEDURE_LEVEL_HINTS: Record<(typeof PROCEDURE_LEVELS)[number], string> = {
  "Toàn trình": "Dịch vụ công trực tuyến toàn trình",
  "Một phần": "Dịch vụ công trực tuyến một phần",
  "Trực tiếp": "Nộp hồ sơ trực tiếp hoặc qua bưu chính",
};

/** The procedure's page on the national public-service portal, built from its code (nothing copied). */
export function nationalPortalUrl(code: string): string {
  return `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${encodeURIComponent(code)}`;
}

const text = (max: number, label: string, required = false) => {
  const base = z
    .string({ error: `Vui lòng nhập ${label.toLowerCase()}.` })
    .default("")
    .transform((v) => toPlainText(v))
    .pipe(z.string().max(max, `${label} tối đa ${max} ký tự.`));
  return required ? base.pipe(z.string().min(1, `Vui lòng nhập ${label.toLowerCase()}.`)) : base;
};

export const procedureSchema = z.object({
  code: z
    .string({ error: "Vui lòng nhập mã thủ tục." })
    .default("")
    .transform((v) => v.trim())
    .pipe(z.string().regex(/^\d\.\d{6}$/, "Mã TTHC có dạng một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001234 hoặc 2.000123.")),
  name: text(500, "Tên thủ tục", true),
  field: text(200, "Lĩnh vực", true),
  level: z
    .string({ error: "Vui lòng chọn mức độ." })
    .default("")
    .transform((v) => v.normalize("NFC").trim().toLowerCase())
    .transform((v, ctx) => {
      const level = PROCEDURE_LEVELS.find((l) => l.toLowerCase() === v);
      if (!level) {
        ctx.addIssue({ code: "custom", message: `Mức độ phải là một trong: ${PROCEDURE_LEVELS.join(", ")}.` });
        return z.NEVER;
      }
      return level;
    }),
  processingTime: text(200, "Thời hạn giải quyết"),
  fee: text(200, "Phí, lệ phí"),
  agency: text(300, "Cơ quan thực hiện"),
});
export type ProcedureInput = z.input<typeof procedureSchema>;
type ParsedProcedure = z.output<typeof procedureSchema>;

/** The columns of the import template, the import and the reader's CSV, in one order. */
export const PROCEDURE_CSV_COLUMNS: readonly CsvColumn[] = [
  { key: "code", header: "Mã TTHC", required: true, example: "1.001234" },
  { key: "name", header: "Tên thủ tục", required: true, example: "Đăng ký khai sinh" },
  { key: "field", header: "Lĩnh vực", required: true, example: "Hộ tịch" },
  { key: "level", header: "Mức độ", required: true, example: "Toàn trình" },
  { key: "processingTime", header: "Thời hạn giải quyết", example: "Ngay trong ngày làm việc" },
  { key: "fee", header: "Phí, lệ phí", example: "Miễn lệ phí" },
  { key: "agency", header: "Cơ quan thực hiện", example: "UBND cấp xã" },
];

export type ProcedureView = {
  id: number;
  code: string;
  name: string;
  slug: string;
  field: string;
  fieldSlug: string;
  level: string;
  processingTime: string;
  fee: string;
  agency: string;
  portalUrl: string;
  updatedAt: string;
};

const columns = {
  id: procedures.id,
  code: procedures.code,
  name: procedures.name,
  slug: procedures.slug,
  field: procedures.field,
  fieldSlug: procedures.fieldSlug,
  level: procedures.level,
  processingTime: procedures.processingTime,
  fee: procedures.fee,
  agency: procedures.agency,
  updatedAt: procedures.updatedAt,
};

const view = ({ updatedAt, ...row }: { updatedAt: Date } & Omit<ProcedureView, "portalUrl" | "updatedAt">): ProcedureView => ({ ...row, portalUrl: nationalPortalUrl(row.code), updatedAt: updatedAt.toISOString() });

export type ProcedureFilter = { q?: string; field?: string };

/**
 * Accent-insensitive match on name, code, field and agency: every word must appear, folded
 * the same way as the database's f_unaccent (migration 0001). A site's procedures are a few
 * hundred rows, which a scan reads in well under a millisecond.
 */
function filterConditions(siteId: number, filter: ProcedureFilter): SQL[] {
  const conditions: SQL[] = [eq(procedures.siteId, siteId)];
  if (filter.field) conditions.push(eq(procedures.fieldSlug, filter.field));
  const words = foldVietnamese(filter.q ?? "").match(/[\p{L}\p{N}.]+/gu) ?? [];
  for (const word of words.slice(0, 10)) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`public.f_unaccent(${procedures.name} || ' ' || ${procedures.code} || ' ' || ${procedures.field} || ' ' || ${procedures.agency}) like ${pattern}`);
  }
  return conditions;
}

/** A site's procedures, by field then name. Public. */
export async function listProcedures(db: Database, siteId: number, filter: ProcedureFilter = {}): Promise<ProcedureView[]> {
  const rows = await db
    .select(columns)
    .from(procedures)
    .where(and(...filterConditions(siteId, filter)))
    .orderBy(asc(procedures.fieldSlug), asc(procedures.name), asc(procedures.id));
  return rows.map(view);
}

/** The fields with how many procedures each has. Public. */
export async function listProcedureFields(db: Database, siteId: number): Promise<{ slug: string; name: string; count: number }[]> {
  const rows = await db
    .select({ slug: procedures.fieldSlug, name: sql<string>`min(${procedures.field})`, count: count() })
    .from(procedures)
    .where(eq(procedures.siteId, siteId))
    .groupBy(procedures.fieldSlug)
    .orderBy(asc(procedures.fieldSlug));
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export async function findProcedure(db: Database, siteId: number, slug: string): Promise<ProcedureView | null> {
  const [row] = await db.select(columns).from(procedures).where(and(eq(procedures.siteId, siteId), eq(procedures.slug, slug)));
  return row ? view(row) : null;
}

// ---------------------------------------------------------------- admin

export class ProcedureRuleError extends UserRuleError {}
const NOT_FOUND = "Không tìm thấy thủ tục hành chính.";
/** Reader paths under /thu-tuc-hanh-chinh/ that a procedure's slug must not take. */
const RESERVED_SLUGS = new Set(["tra-cuu"]);

export async function listProceduresForAdmin(db: Database, actor: Actor, filter: ProcedureFilter = {}): Promise<ProcedureView[]> {
  assertCan(actor, "procedure.manage");
  return listProcedures(db, actor.siteId, filter);
}

export async function getProcedureForAdmin(db: Database, actor: Actor, id: number): Promise<ProcedureView | null> {
  assertCan(actor, "procedure.manage");
  const [row] = await db.select(columns).from(procedures).where(and(eq(procedures.siteId, actor.siteId), eq(procedures.id, id)));
  return row ? view(row) : null;
}

async function slugFor(tx: Transaction, siteId: number, name: string, code: string, exceptId?: number): Promise<string> {
  const base = slugify(name, 100) || "thu-tuc";
  for (const candidate of [base, `${base}-${code.replace(".", "-")}`]) {
    if (RESERVED_SLUGS.has(candidate)) continue;
    const taken = await tx
      .select({ id: procedures.id })
      .from(procedures)
      .where(and(eq(procedures.siteId, siteId), eq(procedures.slug, candidate), exceptId ? ne(procedures.id, exceptId) : undefined));
    if (taken.length === 0) return candidate;
  }
  return `${base}-${code.replace(".", "-")}-${Date.now().toString(36)}`;
}

async function codeTaken(tx: Transaction, siteId: number, code: string, exceptId?: number) {
  const rows = await tx
    .select({ id: procedures.id })
    .from(procedures)
    .where(and(eq(procedures.siteId, siteId), eq(procedures.code, code), exceptId ? ne(procedures.id, exceptId) : undefined));
  return rows.length > 0;
}

const rowValues = (p: ParsedProcedure) => ({ ...p, fieldSlug: slugify(p.field, 100) || "khac" });

export async function createProcedure(db: Database, actor: Actor, input: ProcedureInput, ip = ""): Promise<{ id: number; slug: string }> {
  assertCan(actor, "procedure.manage");
  const parsed = procedureSchema.parse(input);
  return db.transaction(async (tx) => {
    if (await codeTaken(tx, actor.siteId, parsed.code)) throw new ProcedureRuleError(`Mã TTHC ${parsed.code} đã có trong danh sách.`);
    const slug = await slugFor(tx, actor.siteId, parsed.name, parsed.code);
    const [row] = await tx.insert(procedures).values({ siteId: actor.siteId, slug, ...rowValues(parsed) }).returning({ id: procedures.id });
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "procedure.create", entityType: "procedure", entityId: row!.id, summary: `${parsed.code} ${parsed.name}`, ip });
    return { id: row!.id, slug };
  });
}

/** Saves an edit; the slug (the reader's URL) stays as it was, so links keep working. */
export async function updateProcedure(db: Database, actor: Actor, id: number, input: ProcedureInput, ip = ""): Promise<{ slug: string; fieldSlugs: string[] }> {
  assertCan(actor, "procedure.manage");
  const parsed = procedureSchema.parse(input);
  return db.transaction(async (tx) => {
    const [before] = await tx.select(columns).from(procedures).where(and(eq(procedures.siteId, actor.siteId), eq(procedures.id, id))).for("update");
    if (!before) throw new ProcedureRuleError(NOT_FOUND);
    if (await codeTaken(tx, actor.siteId, parsed.code, id)) throw new ProcedureRuleError(`Mã TTHC ${parsed.code} đã có trong danh sách.`);
    const values = rowValues(parsed);
    await tx.update(procedures).set({ ...values, updatedAt: new Date() }).where(eq(procedures.id, id));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "procedure.update", entityType: "procedure", entityId: id, summary: `${parsed.code} ${parsed.name}`, ip });
    return { slug: before.slug, fieldSlugs: [before.fieldSlug, values.fieldSlug] };
  });
}

export async function deleteProcedure(db: Database, actor: Actor, id: number, ip = ""): Promise<{ slug: string }> {
  assertCan(actor, "procedure.manage");
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(procedures).where(and(eq(procedures.siteId, actor.siteId), eq(procedures.id, id))).returning({ slug: procedures.slug, code: procedures.code, name: procedures.name });
    if (!row) throw new ProcedureRuleError(NOT_FOUND);
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "procedure.delete", entityType: "procedure", entityId: id, summary: `${row.code} ${row.name}`, ip });
    return { slug: row.slug };
  });
}

export type ProcedureImport = { ok: true; created: number; updated: number; slugs: string[] } | { ok: false; message: string; errors: RowError[] };

/**
 * Rows already checked by lib/csv-import.ts: all are written or none. A code already on
 * the site updates that procedure (its URL stays); a code twice in the file is an error
 * of the later row.
 */
export async function importProcedures(db: Database, actor: Actor, rows: { row: number; input: ParsedProcedure }[], ip = ""): Promise<ProcedureImport> {
  assertCan(actor, "procedure.manage");
  const firstRow = new Map<string, number>();
  const errors: RowError[] = [];
  for (const { row, input } of rows) {
    const seen = firstRow.get(input.code);
    if (seen) errors.push({ row, messages: [`Mã TTHC ${input.code} trùng với dòng ${seen}.`] });
    else firstRow.set(input.code, row);
  }
  if (errors.length) return { ok: false, message: `Không nhập dòng nào: ${errors.length} dòng có lỗi. Sửa các dòng dưới đây rồi tải lại tệp.`, errors };
  return db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    const slugs: string[] = [];
    for (const { input } of rows) {
      const [existing] = await tx.select({ id: procedures.id, slug: procedures.slug }).from(procedures).where(and(eq(procedures.siteId, actor.siteId), eq(procedures.code, input.code))).for("update");
      if (existing) {
        await tx.update(procedures).set({ ...rowValues(input), updatedAt: new Date() }).where(eq(procedures.id, existing.id));
        updated++;
        slugs.push(existing.slug);
      } else {
        const slug = await slugFor(tx, actor.siteId, input.name, input.code);
        await tx.insert(procedures).values({ siteId: actor.siteId, slug, ...rowValues(input) });
        created++;
        slugs.push(slug);
      }
    }
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "procedure.import", entityType: "procedure", summary: `${created} thủ tục mới, ${updated} thủ tục cập nhật`, ip });
    return { ok: true as const, created, updated, slugs };
  });
}
