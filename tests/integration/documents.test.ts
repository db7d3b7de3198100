import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createListEntry, deleteListEntry, readDocumentLists, renameListEntry } from "@/db/document-lists";
import {
  addDocumentFile,
  addDocumentRelation,
  createDocument,
  deleteDocumentFile,
  getDocumentForEdit,
  importDocuments,
  listDocumentRevisions,
  listDocumentsForAdmin,
  publishDueDocuments,
  restoreDocumentRevision,
  saveDocument,
  transitionDocument,
  type DocumentInput,
} from "@/db/documents";
import { documentFacets, findPublicDocument, RANKED_DOCUMENTS, searchDocuments, type DocumentFilter } from "@/db/documents-search";
import { auditLog, documentFiles, documents } from "@/db/schema";
import { renderDocumentPdf } from "@/db/seed/document-pdf";
import { UserRuleError } from "@/db/users";
import { ForbiddenError, type Actor, type Role } from "@/lib/auth/policy";
import { parseCsvImport } from "@/lib/csv-import";
import { DOCUMENT_CSV_COLUMNS, documentCsvSchema, documentFormSchema } from "@/lib/document-form";
import { AttachmentRejectedError } from "@/lib/attachments";
import { snapshotDatabase } from "../support/db-snapshot";
import { createActors, siteIdOf } from "../support/actors";
import { testDatabase } from "../support/test-db";

let db: Database;
let uploads: string;
let actors: Record<Role, Actor>;
let siteId: number;
let removeActors: () => Promise<void>;
let other: { actors: Record<Role, Actor>; siteId: number; remove: () => Promise<void> };
let lists: Awaited<ReturnType<typeof readDocumentLists>>;
const anonymous = null as unknown as Actor;
const TODAY = "2026-12-01";

beforeAll(async () => {
  db = (await testDatabase()).db;
  uploads = await mkdtemp(path.join(os.tmpdir(), "docs-uploads-"));
  process.env.UPLOADS_DIR = uploads;
  ({ actors, siteId, remove: removeActors } = await createActors(db, "van-ban"));
  other = await createActors(db, "van-ban-xa", await siteIdOf(db, "tan-hoa"));
  lists = await readDocumentLists(db, siteId);
});
afterAll(async () => {
  await removeActors();
  await other.remove();
  delete process.env.UPLOADS_DIR;
  await rm(uploads, { recursive: true, force: true });
});

let counter = 0;
function input(overrides: Partial<DocumentInput> = {}): DocumentInput {
  counter += 1;
  return {
    number: `${900 + counter}/QĐ-UBND`,
    typeId: lists.types.find((t) => t.name === "Quyết định")!.id,
    issuerId: lists.issuers[0]!.id,
    fieldIds: [lists.fields[0]!.id],
    signer: "Nguyễn Văn Kiểm",
    signerTitle: "Chủ tịch",
    issuedOn: "2026-11-20",
    effectiveOn: null,
    expiresOn: null,
    summary: `Quyết định thử nghiệm số ${counter} về quản lý trật tự xây dựng`,
    sourceUrl: "",
    ...overrides,
  };
}

const filter = (f: Partial<DocumentFilter> = {}): DocumentFilter => ({ siteIds: [siteId], today: TODAY, ...f });

async function published(raw: Partial<DocumentInput> = {}) {
  const created = await createDocument(db, actors.editor, input(raw));
  await transitionDocument(db, actors.editor, created.id, "publish");
  return created;
}

describe("demo documents", () => {
  it("every demo site has at least 30 published documents of several kinds, each state shown", async () => {
    for (const slug of ["hung-ha", "hung-yen", "tan-hoa", "dong-kinh", "minh-tan"]) {
      const id = await siteIdOf(db, slug);
      const facets = await documentFacets(db, { siteIds: [id], today: TODAY });
      expect(facets.types.reduce((n, t) => n + t.count, 0)).toBeGreaterThanOrEqual(30);
      expect(facets.types.length).toBeGreaterThanOrEqual(5);
      expect(facets.states.map((s) => s.state).sort()).toEqual(["bi-thay-the", "chua-co-hieu-luc", "con-hieu-luc", "het-hieu-luc"]);
    }
  });
});

describe("reader search", () => {
  it("finds by words typed without accents, by number, and ranks only a bounded set", async () => {
    const hits = await searchDocuments(db, filter({ q: "cai cach hanh chinh" }), { limit: 10, offset: 0 });
    expect(hits.total).toBeGreaterThan(0);
    expect(hits.items[0]!.summary.toLowerCase()).toContain("cải cách hành chính");
    const byNumber = await searchDocuments(db, filter({ q: "10/QĐ-UBND" }), { limit: 10, offset: 0 });
    expect(byNumber.items.map((d) => d.number)).toContain("10/QĐ-UBND");
    const digits = await searchDocuments(db, filter({ q: "10" }), { limit: 50, offset: 0 });
    expect(digits.items.map((d) => d.number)).toContain("10/QĐ-UBND");
    expect(RANKED_DOCUMENTS).toBeLessThanOrEqual(500);
    expect((await searchDocuments(db, filter({ q: "!!!" }), { limit: 10, offset: 0 })).total).toBe(0);
  });

  it("filters by facets and counts what is left", async () => {
    const all = await documentFacets(db, filter());
    const type = all.types.find((t) => t.slug === "ke-hoach")!;
    const onlyPlans = await searchDocuments(db, filter({ type: "ke-hoach" }), { limit: 100, offset: 0 });
    expect(onlyPlans.total).toBe(type.count);
    expect(onlyPlans.items.every((d) => d.type.slug === "ke-hoach")).toBe(true);
    const replaced = await searchDocuments(db, filter({ state: "bi-thay-the" }), { limit: 100, offset: 0 });
    expect(replaced.items.length).toBeGreaterThan(0);
    expect(replaced.items.every((d) => d.state === "bi-thay-the")).toBe(true);
    const year = await searchDocuments(db, filter({ year: 2025 }), { limit: 100, offset: 0 });
    expect(year.items.every((d) => d.issuedOn.startsWith("2025"))).toBe(true);
    const facets = await documentFacets(db, filter({ year: 2025 }));
    expect(facets.years).toEqual([{ year: 2025, count: year.total }]);
    // Sorted by date, newest first.
    const dates = year.items.map((d) => d.issuedOn);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("province-wide lists cover the province and its communes", async () => {
    const province = await siteIdOf(db, "hung-yen");
    const communes = await Promise.all(["tan-hoa", "dong-kinh", "minh-tan"].map((s) => siteIdOf(db, s)));
    const wide = await searchDocuments(db, { siteIds: [province, ...communes], today: TODAY }, { limit: 5, offset: 0 });
    const own = await searchDocuments(db, { siteIds: [province], today: TODAY }, { limit: 5, offset: 0 });
    expect(wide.total).toBeGreaterThan(own.total);
    const facets = await documentFacets(db, { siteIds: [province, ...communes], today: TODAY });
    // One entry per slug, summed over the sites.
    expect(new Set(facets.types.map((t) => t.slug)).size).toBe(facets.types.length);
  });
});

describe("editing documents", () => {
  it("runs the articles' workflow: authors draft and submit, editors publish, with revisions and audit", async () => {
    const draft = await createDocument(db, actors.author, input());
    await expect(transitionDocument(db, actors.author, draft.id, "publish")).rejects.toBeInstanceOf(ForbiddenError);
    await transitionDocument(db, actors.author, draft.id, "submit");
    await expect(saveDocument(db, actors.author, draft.id, input())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await findPublicDocument(db, siteId, draft.slug, TODAY)).toBeNull();
    await transitionDocument(db, actors.editor, draft.id, "publish");
    const shown = await findPublicDocument(db, siteId, draft.slug, TODAY);
    expect(shown?.state).toBe("con-hieu-luc");
    const revisions = await listDocumentRevisions(db, actors.editor, draft.id);
    expect(revisions?.revisions.length).toBe(1);
    const [audit] = await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entityType, "document"), eq(auditLog.entityId, String(draft.id))));
    expect(audit!.n).toBe(3);
  });

  it("keeps numbers unique per issuer and year, and refuses lists of another site", async () => {
    const first = input({ number: "77/TB-UBND", issuedOn: "2026-05-05" });
    await createDocument(db, actors.editor, first);
    await expect(createDocument(db, actors.editor, { ...first, number: "77/tb-ubnd" })).rejects.toThrow(/đã có trong sổ văn bản/);
    // Same number, another year: a different document.
    await createDocument(db, actors.editor, { ...first, issuedOn: "2025-05-05" });
    const otherLists = await readDocumentLists(db, other.siteId);
    await expect(createDocument(db, actors.editor, input({ typeId: otherLists.types[0]!.id }))).rejects.toBeInstanceOf(UserRuleError);
  });

  it("role × site matrix: nobody acts on another site's documents", async () => {
    const doc = await published();
    const before = await snapshotDatabase(db);
    for (const role of ["admin", "editor", "author"] as const) {
      const stranger = other.actors[role];
      await expect(saveDocument(db, stranger, doc.id, input())).rejects.toBeInstanceOf(UserRuleError);
      await expect(transitionDocument(db, stranger, doc.id, "archive")).rejects.toThrow();
      expect(await getDocumentForEdit(db, stranger, doc.id)).toBeNull();
      await expect(addDocumentFile(db, stranger, doc.id, Buffer.from("%PDF-1.4"), "x.pdf")).rejects.toBeInstanceOf(UserRuleError);
    }
    await expect(listDocumentsForAdmin(db, anonymous, { page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createDocument(db, anonymous, input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createListEntry(db, actors.author, "types", "Tờ trình")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importDocuments(db, actors.author, [], { publish: true })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshotDatabase(db)).toEqual(before);
    // Authors see only their own documents in the admin list.
    const own = await listDocumentsForAdmin(db, actors.author, { page: 1 });
    expect(own.rows.every((r) => r.author === actors.author.name)).toBe(true);
  });

  it("a replacing document turns the old one 'bị thay thế', shown from both sides", async () => {
    const old = await published({ issuedOn: "2026-01-05" });
    const next = await published({ issuedOn: "2026-11-01" });
    await addDocumentRelation(db, actors.editor, next.id, old.id, "replaces");
    const oldView = await findPublicDocument(db, siteId, old.slug, TODAY);
    const nextView = await findPublicDocument(db, siteId, next.slug, TODAY);
    expect(oldView?.state).toBe("bi-thay-the");
    expect(oldView?.relations).toEqual([expect.objectContaining({ kind: "replaces", direction: "incoming", slug: next.slug })]);
    expect(nextView?.relations).toEqual([expect.objectContaining({ kind: "replaces", direction: "outgoing", slug: old.slug, state: "bi-thay-the" })]);
    await expect(addDocumentRelation(db, actors.editor, next.id, old.id, "replaces")).rejects.toThrow(/đã có/);
    await expect(addDocumentRelation(db, actors.editor, next.id, next.id, "amends")).rejects.toBeInstanceOf(UserRuleError);
  });

  it("restores an old revision as a new one, and publishes scheduled documents when due", async () => {
    const doc = await createDocument(db, actors.editor, input({ summary: "Trích yếu ban đầu của văn bản" }));
    await saveDocument(db, actors.editor, doc.id, input({ summary: "Trích yếu đã sửa của văn bản" }));
    const history = await listDocumentRevisions(db, actors.editor, doc.id);
    const first = history!.revisions.at(-1)!;
    await restoreDocumentRevision(db, actors.editor, doc.id, first.id);
    const [row] = await db.select({ summary: documents.summary }).from(documents).where(eq(documents.id, doc.id));
    expect(row!.summary).toBe("Trích yếu ban đầu của văn bản");
    const at = new Date(Date.now() + 3_600_000);
    await transitionDocument(db, actors.editor, doc.id, "schedule", { publishAt: at });
    expect(await publishDueDocuments(db, new Date(at.getTime() - 1000))).toEqual([]);
    expect((await publishDueDocuments(db, new Date(at.getTime() + 1000))).map((d) => d.id)).toEqual([doc.id]);
  });
});

describe("attached files", () => {
  it("extracts a PDF's text at upload and finds it by words typed without accents", async () => {
    const doc = await published();
    const pdf = await renderDocumentPdf({ agency: "Ủy ban nhân dân huyện Hưng Hà", number: "1/QĐ", place: "Hưng Hà", date: "ngày 1 tháng 12 năm 2026", kind: "Quyết định", summary: "Thử", paragraphs: ["Khu neo đậu tàu thuyền tránh trú bão Quỳnh Xá được nạo vét."], signerTitle: "Chủ tịch", signer: "Trần Văn Hải" });
    const added = await addDocumentFile(db, actors.editor, doc.id, pdf, "Quyết định nạo vét.pdf");
    expect(added.textLength).toBeGreaterThan(20);
    const found = await searchDocuments(db, filter({ q: "tranh tru bao quynh xa" }), { limit: 10, offset: 0 });
    expect(found.items.map((d) => d.id)).toEqual([doc.id]);
    const view = await findPublicDocument(db, siteId, doc.slug, TODAY);
    expect(view?.files).toEqual([expect.objectContaining({ mimeType: "application/pdf", originalName: "Quyết định nạo vét.pdf", url: expect.stringMatching(/^\/media\/[a-f0-9]{24}\/quyet-dinh-nao-vet\.pdf$/) })]);
    await deleteDocumentFile(db, actors.editor, doc.id, view!.files[0]!.id);
    expect((await searchDocuments(db, filter({ q: "tranh tru bao quynh xa" }), { limit: 10, offset: 0 })).total).toBe(0);
  });

  it("refuses an HTML file named .pdf, an empty file and an over-limit file, changing nothing", async () => {
    const doc = await createDocument(db, actors.editor, input());
    const before = await snapshotDatabase(db);
    const filesBefore = await readdir(uploads);
    await expect(addDocumentFile(db, actors.editor, doc.id, Buffer.from("<html><script>alert(1)</script></html>"), "quyet-dinh.pdf")).rejects.toThrow(/không phải là PDF/);
    await expect(addDocumentFile(db, actors.editor, doc.id, Buffer.alloc(0), "a.pdf")).rejects.toBeInstanceOf(AttachmentRejectedError);
    process.env.MAX_DOCUMENT_MB = "0.001";
    try {
      await expect(addDocumentFile(db, actors.editor, doc.id, Buffer.alloc(4096, 1), "a.pdf")).rejects.toThrow(/vượt quá dung lượng/);
    } finally {
      delete process.env.MAX_DOCUMENT_MB;
    }
    expect(await snapshotDatabase(db)).toEqual(before);
    expect(await readdir(uploads)).toEqual(filesBefore);
    const [n] = await db.select({ n: count() }).from(documentFiles).where(eq(documentFiles.documentId, doc.id));
    expect(n!.n).toBe(0);
  });
});

describe("form and CSV input", () => {
  const form = { number: "12/QĐ-UBND", typeId: "1", issuerId: "1", issuedOn: "15/01/2026", summary: "Về việc thử nghiệm biểu mẫu" };
  it("refuses hostile numbers and impossible dates with Vietnamese messages", () => {
    const bad = documentFormSchema.safeParse({ ...form, number: "'; drop table documents; --" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toMatch(/Số\/ký hiệu chỉ gồm/);
    const date = documentFormSchema.safeParse({ ...form, issuedOn: "31/02/2026" });
    expect(date.error!.issues[0]!.message).toMatch(/31\/02\/2026 không có thật/);
    const order = documentFormSchema.safeParse({ ...form, effectiveOn: "01/01/2026" });
    expect(order.error!.issues[0]!.message).toMatch(/không được trước ngày ban hành/);
    expect(documentFormSchema.safeParse(form).success).toBe(true);
  });

  it("imports all rows or none, naming the bad row", async () => {
    const header = DOCUMENT_CSV_COLUMNS.map((c) => c.header).join(",");
    const good = (n: number) => `${n}/KH-UBND,Kế hoạch,${lists.issuers[0]!.name},Đất đai,Lê Văn Nhập,Phó Chủ tịch,10/10/2026,,,Kế hoạch nhập thử số ${n} từ bảng tính,`;
    const csv = [header, good(501), "502/KH-UBND,Kế hoạch,Cơ quan không có,,,,31/02/2026,,,Sai,", good(503)].join("\n");
    const parsed = parseCsvImport(csv, DOCUMENT_CSV_COLUMNS, documentCsvSchema);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.row)).toEqual([3]);
    const lookup = parseCsvImport([header, good(511), good(512).replace("Kế hoạch,", "Loại lạ,")].join("\n"), DOCUMENT_CSV_COLUMNS, documentCsvSchema);
    expect(lookup.ok).toBe(true);
    if (!lookup.ok) return;
    const before = await snapshotDatabase(db);
    const refused = await importDocuments(db, actors.editor, lookup.rows.map((data, i) => ({ row: i + 2, data })), { publish: true });
    expect(refused).toEqual({ ok: false, message: expect.stringContaining("Không nhập dòng nào"), errors: [{ row: 3, messages: [expect.stringContaining("Loại lạ")] }] });
    expect(await snapshotDatabase(db)).toEqual(before);
    const fine = parseCsvImport([header, good(521), good(522)].join("\n"), DOCUMENT_CSV_COLUMNS, documentCsvSchema);
    if (!fine.ok) throw new Error("expected ok");
    const done = await importDocuments(db, actors.editor, fine.rows.map((data, i) => ({ row: i + 2, data })), { publish: true });
    expect(done.ok && done.created).toBe(2);
    const again = await importDocuments(db, actors.editor, fine.rows.map((data, i) => ({ row: i + 2, data })), { publish: true });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors.map((e) => e.row)).toEqual([2, 3]);
  });

  it("edits the lists, refusing to delete an entry in use", async () => {
    const created = await createListEntry(db, actors.editor, "types", "Tờ trình");
    await expect(createListEntry(db, actors.editor, "types", "tờ trình")).rejects.toThrow(/đã có/);
    await renameListEntry(db, actors.editor, "types", created.id, "Tờ trình (mẫu)");
    await deleteListEntry(db, actors.editor, "types", created.id);
    const used = lists.types.find((t) => t.name === "Quyết định")!;
    await expect(deleteListEntry(db, actors.editor, "types", used.id)).rejects.toThrow(/còn \d+ văn bản/);
    await expect(renameListEntry(db, other.actors.editor, "types", used.id, "Đổi")).rejects.toBeInstanceOf(UserRuleError);
  });
});
