import "server-only";
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { attachmentUrl } from "@/lib/attachments";
import { parseVietnamDate } from "@/lib/format";
import { toPlainText } from "@/lib/sanitize";
import { recordAudit } from "./audit";
import type { Database } from "./client";
import { disclosureFiles, disclosures } from "./schema";
import { UserRuleError } from "./users";

/** The columns of the budget grid (Luật NSNN, Thông tư 343/2016/TT-BTC: what is published when). */
export const BUDGET_STAGES = [
  { key: "du-toan", label: "Dự toán" },
  { key: "quy-1", label: "Thực hiện quý I" },
  { key: "6-thang", label: "Thực hiện 6 tháng" },
  { key: "9-thang", label: "Thực hiện 9 tháng" },
  { key: "quyet-toan", label: "Quyết toán" },
] as const;
export type BudgetStage = (typeof BUDGET_STAGES)[number]["key"];
export const DISCLOSURE_KINDS = { budget: "Ngân sách", project: "Dự án đầu tư", procurement: "Đấu thầu, mua sắm công" } as const;
export type DisclosureKind = keyof typeof DISCLOSURE_KINDS;
/** Reader sub-pages /cong-khai-ngan-sach/<path> of the two lists. */
export const DISCLOSURE_LIST_PATHS = { project: "du-an", procurement: "dau-thau" } as const;

export type DisclosureFileView = { label: string; url: string; mimeType: string; size: number };
export type DisclosureView = {
  id: number;
  kind: DisclosureKind;
  title: string;
  year: number | null;
  stage: BudgetStage | null;
  investor: string;
  valueVnd: number | null;
  startDate: string | null;
  endDate: string | null;
  status: string;
  link: string;
  publishedOn: string;
  files: DisclosureFileView[];
  updatedAt: string;
};

export type DisclosureFilter = { kind?: DisclosureKind; year?: number };

const columns = {
  id: disclosures.id,
  kind: disclosures.kind,
  title: disclosures.title,
  year: disclosures.year,
  stage: disclosures.stage,
  investor: disclosures.investor,
  valueVnd: disclosures.valueVnd,
  startDate: disclosures.startDate,
  endDate: disclosures.endDate,
  status: disclosures.status,
  link: disclosures.link,
  publishedOn: disclosures.publishedOn,
  updatedAt: disclosures.updatedAt,
};

/** A site's disclosures, newest first, with their files. Public. */
export async function listDisclosures(db: Database, siteId: number, filter: DisclosureFilter = {}): Promise<DisclosureView[]> {
  const conditions: SQL[] = [eq(disclosures.siteId, siteId)];
  if (filter.kind) conditions.push(eq(disclosures.kind, filter.kind));
  if (filter.year) conditions.push(eq(disclosures.year, filter.year));
  const rows = await db
    .select(columns)
    .from(disclosures)
    .where(and(...conditions))
    .orderBy(desc(disclosures.publishedOn), desc(disclosures.id));
  const files = rows.length
    ? await db
        .select({ disclosureId: disclosureFiles.disclosureId, label: disclosureFiles.label, storedName: disclosureFiles.storedName, mimeType: disclosureFiles.mimeType, size: disclosureFiles.size })
        .from(disclosureFiles)
        .where(inArray(disclosureFiles.disclosureId, rows.map((r) => r.id)))
        .orderBy(asc(disclosureFiles.id))
    : [];
  return rows.map(({ updatedAt, ...row }) => ({
    ...row,
    stage: row.stage as BudgetStage | null,
    files: files.filter((f) => f.disclosureId === row.id).map((f) => ({ label: f.label, url: attachmentUrl(f.storedName), mimeType: f.mimeType, size: f.size })),
    updatedAt: updatedAt.toISOString(),
  }));
}

export type BudgetGrid = { years: number[]; rows: { year: number; cells: { stage: (typeof BUDGET_STAGES)[number]; report: DisclosureView | null }[] }[] };

/** Years (newest first) × stages; a stage with no report is null: readers see it as missing. */
export function budgetGrid(list: DisclosureView[]): BudgetGrid {
  const budget = list.filter((d) => d.kind === "budget" && d.year);
  const years = [...new Set(budget.map((d) => d.year!))].sort((a, b) => b - a);
  return {
    years,
    rows: years.map((year) => ({ year, cells: BUDGET_STAGES.map((stage) => ({ stage, report: budget.find((d) => d.year === year && d.stage === stage.key) ?? null })) })),
  };
}

// ---------------------------------------------------------------- admin

const text = (max: number, label: string) =>
  z
    .string()
    .default("")
    .transform((v) => toPlainText(v))
    .pipe(z.string().max(max, `${label} tối đa ${max} ký tự.`));

const optionalDay = (label: string) =>
  z
    .string()
    .default("")
    .transform((value, ctx): string | null => {
      if (!value.trim()) return null;
      const parsed = parseVietnamDate(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: `${label}: ${parsed.message}` });
        return z.NEVER;
      }
      return parsed.value;
    });

export const disclosureSchema = z
  .object({
    kind: z.enum(["budget", "project", "procurement"], { error: "Vui lòng chọn loại công khai." }),
    title: text(500, "Tên").pipe(z.string().min(1, "Vui lòng nhập tên.")),
    year: z
      .string()
      .default("")
      .transform((v, ctx): number | null => {
        if (!v.trim()) return null;
        if (!/^\d{4}$/.test(v.trim()) || Number(v) < 2000 || Number(v) > 2100) {
          ctx.addIssue({ code: "custom", message: "Năm ngân sách gồm bốn chữ số, từ 2000 đến 2100." });
          return z.NEVER;
        }
        return Number(v);
      }),
    stage: z
      .string()
      .default("")
      .transform((v) => (v ? v : null))
      .pipe(z.enum(BUDGET_STAGES.map((s) => s.key) as [BudgetStage, ...BudgetStage[]], { error: "Giai đoạn không hợp lệ." }).nullable()),
    investor: text(300, "Chủ đầu tư"),
    valueVnd: z
      .string()
      .default("")
      .transform((v, ctx): number | null => {
        // Editors type 1.250.000.000 (vi-VN grouping) or plain digits.
        const digits = v.trim().replace(/[.\s]/g, "");
        if (!digits) return null;
        if (!/^\d{1,15}$/.test(digits)) {
          ctx.addIssue({ code: "custom", message: "Giá trị là số đồng, chỉ gồm chữ số (có thể nhóm bằng dấu chấm: 1.250.000.000)." });
          return z.NEVER;
        }
        return Number(digits);
      }),
    startDate: optionalDay("Ngày bắt đầu"),
    endDate: optionalDay("Ngày kết thúc"),
    status: text(200, "Tình trạng"),
    link: z
      .string()
      .default("")
      .transform((v) => v.trim())
      .pipe(z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "Liên kết phải là địa chỉ http(s) đầy đủ." }).max(1000)])),
    publishedOn: z
      .string()
      .default("")
      .transform((value, ctx) => {
        const parsed = parseVietnamDate(value || "");
        if (!parsed.ok) {
          ctx.addIssue({ code: "custom", message: value.trim() ? parsed.message : "Vui lòng nhập ngày công bố (dd/mm/yyyy)." });
          return z.NEVER;
        }
        return parsed.value;
      }),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "budget" && (!v.year || !v.stage)) ctx.addIssue({ code: "custom", path: [v.year ? "stage" : "year"], message: "Báo cáo ngân sách cần năm và giai đoạn." });
    if (v.startDate && v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "Ngày kết thúc không được trước ngày bắt đầu." });
  });
export type DisclosureInput = z.input<typeof disclosureSchema>;

export class DisclosureRuleError extends UserRuleError {}

export type StoredFile = { label: string; storedName: string; mimeType: string; size: number };

export async function listDisclosuresForAdmin(db: Database, actor: Actor, filter: DisclosureFilter = {}): Promise<DisclosureView[]> {
  assertCan(actor, "disclosure.manage");
  return listDisclosures(db, actor.siteId, filter);
}

/** A budget cell is one report: a second report for the same year and stage is refused. */
export async function createDisclosure(db: Database, actor: Actor, input: DisclosureInput, files: StoredFile[] = [], ip = ""): Promise<number> {
  assertCan(actor, "disclosure.manage");
  const parsed = disclosureSchema.parse(input);
  const budget = parsed.kind === "budget";
  return db.transaction(async (tx) => {
    if (budget) {
      const [taken] = await tx
        .select({ id: disclosures.id })
        .from(disclosures)
        .where(and(eq(disclosures.siteId, actor.siteId), eq(disclosures.kind, "budget"), eq(disclosures.year, parsed.year!), eq(disclosures.stage, parsed.stage!)));
      if (taken) throw new DisclosureRuleError("Năm và giai đoạn này đã có báo cáo: hãy sửa báo cáo đó.");
    }
    const [row] = await tx
      .insert(disclosures)
      .values({ siteId: actor.siteId, ...parsed, year: budget ? parsed.year : null, stage: budget ? parsed.stage : null })
      .returning({ id: disclosures.id });
    if (files.length) await tx.insert(disclosureFiles).values(files.map((f) => ({ siteId: actor.siteId, disclosureId: row!.id, ...f })));
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "disclosure.create", entityType: "disclosure", entityId: row!.id, summary: `${DISCLOSURE_KINDS[parsed.kind]}: ${parsed.title}`, ip });
    return row!.id;
  });
}

export async function deleteDisclosure(db: Database, actor: Actor, id: number, ip = ""): Promise<{ kind: DisclosureKind }> {
  assertCan(actor, "disclosure.manage");
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(disclosures).where(and(eq(disclosures.siteId, actor.siteId), eq(disclosures.id, id))).returning({ kind: disclosures.kind, title: disclosures.title });
    if (!row) throw new DisclosureRuleError("Không tìm thấy mục công khai.");
    await recordAudit(tx, { siteId: actor.siteId, userId: actor.id, action: "disclosure.delete", entityType: "disclosure", entityId: id, summary: row.title, ip });
    return { kind: row.kind };
  });
}
