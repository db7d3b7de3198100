// `npm run bench:documents`: the documents register's search on 20,000 documents.
// Generates the documents (with 1–3 KB of "PDF text" each, like extracted attachments)
// on a fresh database — PostgreSQL at BENCH_DATABASE_URL / TEST_DATABASE_URL's server,
// or an in-memory PGlite — then runs 100 distinct reader queries (with and without
// accents, phrases, exclusions, numbers) through db/documents-search.ts, each once, and
// prints p50/p95/max for the ranked page and for the facet counts. Goal: p95 < 50 ms.
// Run directly: tsx --conditions react-server scripts/bench/documents-search.ts [result.json]
import { writeFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { openDatabase, type Database } from "@/db/client";
import { insertDefaultLists, readDocumentLists } from "@/db/document-lists";
import { documentFacets, searchDocuments, type DocumentFilter } from "@/db/documents-search";
import { documentFieldLinks, documents, sites } from "@/db/schema";
import { mulberry32 } from "@/lib/random";
import { slugify } from "@/lib/slug";
import { buildCategories, searchQueries, textComposer } from "./vietnamese-text";
import postgres from "postgres";

const DOCUMENT_COUNT = Number(process.env.BENCH_DOCUMENTS || 20_000);
const QUERY_COUNT = 100;
const BATCH = 500;
const TYPES = ["Quyết định", "Chỉ thị", "Kế hoạch", "Thông báo", "Công văn", "Báo cáo", "Nghị quyết"];
const CODES = ["QĐ-UBND", "CT-UBND", "KH-UBND", "TB-UBND", "CV-UBND", "BC-UBND", "NQ-HĐND"];

/** 20,000 published documents over ten years on one site, spread over every loại and lĩnh vực. */
export async function generateDocuments(db: Database, count = DOCUMENT_COUNT): Promise<number> {
  const [site] = await db.insert(sites).values({ slug: "bench-van-ban", kind: "xa", name: "Thử tải" }).returning({ id: sites.id });
  const siteId = site!.id;
  await insertDefaultLists(db, siteId, ["Ủy ban nhân dân xã Thử tải", "Hội đồng nhân dân xã Thử tải", "Văn phòng HĐND và UBND"]);
  const lists = await readDocumentLists(db, siteId);
  const random = mulberry32(14);
  const { pick, int, article } = textComposer(random);
  const categories = buildCategories();
  for (let start = 0; start < count; start += BATCH) {
    const rows = [];
    const fieldPicks: number[][] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const year = 2016 + Math.floor((i / count) * 10);
      const t = int(0, TYPES.length - 1);
      const text = article(pick(categories), year);
      const issuedOn = `${year}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
      const number = `${i + 1}/${CODES[t]}`;
      rows.push({
        siteId,
        slug: slugify(`${number} ${year}`),
        number,
        typeId: lists.types.find((x) => x.name === TYPES[t])!.id,
        issuerId: lists.issuers[t === 6 ? 1 : int(0, 2) === 2 ? 2 : 0]!.id,
        signer: text.byline.split(",")[0]!,
        signerTitle: "Chủ tịch",
        issuedOn,
        issuedYear: year,
        effectiveOn: null,
        expiresOn: random() < 0.2 ? `${year + 1}-12-31` : null,
        summary: text.title,
        fileText: [text.summary, ...text.paragraphs].join(" "),
        status: "published" as const,
        publishedAt: new Date(`${issuedOn}T09:00:00+07:00`),
      });
      fieldPicks.push([lists.fields[int(0, lists.fields.length - 1)]!.id]);
    }
    const inserted = await db.insert(documents).values(rows).returning({ id: documents.id });
    await db.insert(documentFieldLinks).values(inserted.map((d, i) => ({ documentId: d.id, fieldId: fieldPicks[i]![0]! })));
  }
  await db.execute(sql`vacuum analyze`);
  return siteId;
}

export type Timing = { p50: number; p95: number; max: number };

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)!) };
}

/** Each query once (no cache in between): the first page of results, then the facet counts. */
export async function measureDocumentSearch(db: Database, siteId: number, queries: string[]) {
  const today = "2026-12-01";
  const page: number[] = [];
  const facets: number[] = [];
  let matched = 0;
  // Warm the connection and the planner once, as a running server would be.
  await searchDocuments(db, { siteIds: [siteId], q: "kế hoạch", today }, { limit: 20, offset: 0 });
  for (const q of queries) {
    const filter: DocumentFilter = { siteIds: [siteId], q, today };
    let t = performance.now();
    const result = await searchDocuments(db, filter, { limit: 20, offset: 0 });
    page.push(performance.now() - t);
    t = performance.now();
    await documentFacets(db, filter);
    facets.push(performance.now() - t);
    if (result.total > 0) matched++;
  }
  return { queries: queries.length, matched, page: timing(page), facets: timing(facets) };
}

/** Reader queries: the article bench's kind, plus numbers and words from attachments. */
export function documentQueries(count = QUERY_COUNT): string[] {
  const random = mulberry32(41);
  const base = searchQueries(mulberry32(7), count);
  const extra = Array.from({ length: Math.ceil(count / 5) }, (_, i) => (i % 2 ? `${Math.floor(random() * DOCUMENT_COUNT) + 1}/${CODES[i % CODES.length]}` : `quyet dinh ${Math.floor(random() * 999)}`));
  return [...new Set([...extra, ...base])].slice(0, count);
}

/** A fresh database on the server of `serverUrl` (as scripts/bench/database.mjs does for the HTTP bench). */
async function onServer(serverUrl: string, name: string, create: boolean): Promise<string> {
  const at = (db: string) => Object.assign(new URL(serverUrl), { pathname: `/${db}` }).toString();
  const admin = postgres(at("postgres"), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    if (create) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return at(name);
}

async function main() {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const name = "portal_bench_documents";
  const url = server ? await onServer(server, name, true) : undefined;
  const handle = await openDatabase(url ? { url } : { pgliteDir: "memory://" });
  try {
    let t = performance.now();
    const siteId = await generateDocuments(handle.db);
    console.log(`[bench:documents] ${DOCUMENT_COUNT} documents on ${handle.driver} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const result = { driver: handle.driver, documents: DOCUMENT_COUNT, ...(await measureDocumentSearch(handle.db, siteId, documentQueries())) };
    console.log(`[bench:documents] search page p50 ${result.page.p50} ms, p95 ${result.page.p95} ms, max ${result.page.max} ms; facets p50 ${result.facets.p50} ms, p95 ${result.facets.p95} ms, max ${result.facets.max} ms (${result.matched}/${result.queries} queries matched)`);
    if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(result, null, 2));
    if (result.page.p95 >= 50) process.exitCode = 1;
  } finally {
    await handle.close();
    if (server) await onServer(server, name, false);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
