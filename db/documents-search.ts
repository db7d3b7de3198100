import "server-only";
import { and, asc, count, desc, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { DOCUMENT_STATES, type DocumentState } from "@/lib/document-state";
import type { DocumentDetail, DocumentListItem, Named } from "@/lib/documents";
import { cleanQuery, highlightTerms } from "@/lib/search-query";
import { boundedCandidates } from "./bounded-ranking";
import type { Database } from "./client";
import { documentFieldLinks, documentFields, documentFiles, documentIssuers, documentRelations, documents, documentTypes } from "./schema";

/**
 * Readers' side of the documents register: the filtered list with its facet counts, the
 * detail page, feeds, sitemap and the open-data exports, all from one filter.
 *
 * Search is built like article search (db/search.ts) on lib/search-query.ts: the reader's
 * words are cleaned the same way and folded by f_unaccent on both sides, so "quy hoach"
 * finds "Quy hoạch". It is fast by design: candidates come from the GIN index on the
 * stored search_vector (number, trích yếu, attached PDFs' text), only the newest
 * RANKED_DOCUMENTS matches are ranked, and the facets count that same bounded set.
 */
export const RANKED_DOCUMENTS = 300;

export type DocumentFilter = {
  siteIds: number[];
  q?: string;
  /** Slugs of loại, cơ quan, lĩnh vực (the same slug on every site of a province). */
  type?: string;
  issuer?: string;
  field?: string;
  year?: number;
  state?: DocumentState;
  /** With words: "relevance" (default) or newest first. Without: always newest first. */
  sort?: "relevance" | "newest";
  /** Việt Nam calendar day (YYYY-MM-DD) the states are computed for. */
  today: string;
};

const published = (siteIds: number[]) => and(inArray(documents.siteId, siteIds), eq(documents.status, "published"))!;

/** The day the earliest published replacement takes effect, or null (lib/document-state.ts). */
const replacedOn = sql`(select min(coalesce(n.effective_on, n.issued_on)) from document_relations r join documents n on n.id = r.from_id where r.to_id = "documents"."id" and r.kind = 'replaces' and n.status = 'published')`;

/** lib/document-state.ts documentState, in SQL, for the filter and the counts. */
function stateSql(today: string): SQL<DocumentState> {
  return sql<DocumentState>`case
    when ${replacedOn} <= ${today}::date then 'bi-thay-the'
    when ${documents.expiresOn} <= ${today}::date then 'het-hieu-luc'
    when coalesce(${documents.effectiveOn}, ${documents.issuedOn}) > ${today}::date then 'chua-co-hieu-luc'
    else 'con-hieu-luc' end`;
}

function listSlug(table: typeof documentTypes | typeof documentIssuers, column: typeof documents.typeId | typeof documents.issuerId, slug: string) {
  return inArray(column, sql`(select ${table.id} from ${table} where ${table.slug} = ${slug})`);
}

function conditions(filter: DocumentFilter): SQL[] {
  const where: SQL[] = [published(filter.siteIds)];
  if (filter.type) where.push(listSlug(documentTypes, documents.typeId, filter.type));
  if (filter.issuer) where.push(listSlug(documentIssuers, documents.issuerId, filter.issuer));
  if (filter.field) {
    where.push(
      exists(
        sql`(select 1 from ${documentFieldLinks} join ${documentFields} on ${documentFields.id} = ${documentFieldLinks.fieldId} where ${documentFieldLinks.documentId} = ${documents.id} and ${documentFields.slug} = ${filter.field})`,
      ),
    );
  }
  if (filter.year) where.push(eq(documents.issuedYear, filter.year));
  if (filter.state) where.push(sql`${stateSql(filter.today)} = ${filter.state}`);
  return where;
}

const searchQuery = (text: string) => sql`websearch_to_tsquery('simple', public.f_unaccent(${text}))`;

/**
 * The filtered documents as a CTE: every match without words; with words, the newest
 * RANKED_DOCUMENTS matches, found as article search finds them (db/bounded-ranking.ts:
 * window by window, phrases by the pairs index), so a common word never ranks or counts
 * the whole register.
 */
async function matchesOf(db: Database, filter: DocumentFilter, text: string) {
  const where = conditions(filter);
  let capped = false;
  if (text) {
    const found = await boundedCandidates(db, {
      table: documents,
      id: documents.id,
      newest: documents.issuedOn,
      where: and(...where),
      match: { vector: documents.searchVector, query: searchQuery(text), text },
      bound: RANKED_DOCUMENTS,
    });
    capped = found.capped;
    where.push(sql`${documents.id} = any(${`{${found.ids.join(",")}}`}::int[])`);
  }
  const query = db
    .select({
      id: sql<number>`${documents.id}`.as("match_id"),
      issuedOn: sql<string>`${documents.issuedOn}`.as("match_issued_on"),
      typeId: sql<number>`${documents.typeId}`.as("match_type_id"),
      issuerId: sql<number>`${documents.issuerId}`.as("match_issuer_id"),
      year: sql<number>`${documents.issuedYear}`.as("match_year"),
      state: sql<DocumentState>`${stateSql(filter.today)}`.as("match_state"),
      score: (text ? sql<number>`ts_rank(${documents.searchVector}, ${searchQuery(text)})` : sql<number>`0`).as("match_score"),
    })
    .from(documents)
    .where(and(...where));
  return { matches: db.$with("matches").as(query), capped };
}

export type DocumentPage = { total: number; capped: boolean; items: DocumentListItem[] };

/** A words-only query of punctuation matches nothing (websearch_to_tsquery would match all). */
function searchText(filter: DocumentFilter): string | null {
  const text = cleanQuery(filter.q ?? "").text;
  if (text && highlightTerms(text).length === 0) return null;
  return text;
}

export async function searchDocuments(db: Database, filter: DocumentFilter, page: { limit: number; offset: number }): Promise<DocumentPage> {
  const text = searchText(filter);
  if (text === null) return { total: 0, capped: false, items: [] };
  const { matches, capped } = await matchesOf(db, filter, text);
  const ranked = text && filter.sort !== "newest";
  const rows = await db
    .with(matches)
    .select({ id: matches.id, state: matches.state, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(matches)
    .orderBy(...(ranked ? [desc(matches.score)] : []), desc(matches.issuedOn), desc(matches.id))
    .limit(page.limit)
    .offset(page.offset);
  let found = rows[0]?.total;
  if (found === undefined) {
    if (!page.offset) return { total: 0, capped: false, items: [] };
    [{ n: found = 0 } = { n: 0 }] = await db.with(matches).select({ n: count() }).from(matches);
  }
  const items = await describe(db, rows.map((r) => ({ id: r.id, state: r.state })));
  return { total: found, capped, items };
}

export type FacetCount = Named & { count: number };
export type DocumentFacets = { types: FacetCount[]; issuers: FacetCount[]; fields: FacetCount[]; years: { year: number; count: number }[]; states: { state: DocumentState; count: number }[] };

/** Counts of the current result set per loại, cơ quan, lĩnh vực, năm and tình trạng. */
export async function documentFacets(db: Database, filter: DocumentFilter): Promise<DocumentFacets> {
  const text = searchText(filter);
  if (text === null) return { types: [], issuers: [], fields: [], years: [], states: [] };
  const { matches } = await matchesOf(db, filter, text);
  const grouped = await db
    .with(matches)
    .select({
      typeId: matches.typeId,
      issuerId: matches.issuerId,
      year: matches.year,
      state: matches.state,
      g: sql<number>`grouping(${matches.typeId}, ${matches.issuerId}, ${matches.year}, ${matches.state})`.mapWith(Number),
      n: count(),
    })
    .from(matches)
    .groupBy(sql`grouping sets ((${matches.typeId}), (${matches.issuerId}), (${matches.year}), (${matches.state}))`);
  const fieldRows = await db
    .with(matches)
    .select({ slug: documentFields.slug, name: documentFields.name, n: count() })
    .from(matches)
    .innerJoin(documentFieldLinks, eq(documentFieldLinks.documentId, matches.id))
    .innerJoin(documentFields, eq(documentFields.id, documentFieldLinks.fieldId))
    .groupBy(documentFields.slug, documentFields.name);
  // grouping() has a bit set for each column left out of the row's set (4 columns: 8 4 2 1).
  const of = (bit: number) => grouped.filter((r) => r.g === 15 - bit);
  const ids = (rows: typeof grouped, key: "typeId" | "issuerId") => rows.map((r) => r[key]);
  const typeRows = of(8);
  const issuerRows = of(4);
  const [types, issuers] = await Promise.all([
    ids(typeRows, "typeId").length ? db.select({ id: documentTypes.id, name: documentTypes.name, slug: documentTypes.slug, position: documentTypes.position }).from(documentTypes).where(inArray(documentTypes.id, ids(typeRows, "typeId"))) : [],
    ids(issuerRows, "issuerId").length ? db.select({ id: documentIssuers.id, name: documentIssuers.name, slug: documentIssuers.slug, position: documentIssuers.position }).from(documentIssuers).where(inArray(documentIssuers.id, ids(issuerRows, "issuerId"))) : [],
  ]);
  // Province-wide, the same slug on several sites is one facet entry.
  const merge = (entries: { id: number; name: string; slug: string; position: number }[], rows: typeof grouped, key: "typeId" | "issuerId") => {
    const counts = new Map(rows.map((r) => [r[key], r.n]));
    const bySlug = new Map<string, FacetCount & { position: number }>();
    for (const e of entries) {
      const current = bySlug.get(e.slug);
      bySlug.set(e.slug, { name: current?.name ?? e.name, slug: e.slug, position: Math.min(current?.position ?? e.position, e.position), count: (current?.count ?? 0) + (counts.get(e.id) ?? 0) });
    }
    return [...bySlug.values()].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, "vi")).map(({ position: _p, ...rest }) => rest);
  };
  const fields = new Map<string, FacetCount>();
  for (const r of fieldRows) fields.set(r.slug, { name: fields.get(r.slug)?.name ?? r.name, slug: r.slug, count: (fields.get(r.slug)?.count ?? 0) + r.n });
  return {
    types: merge(types, typeRows, "typeId"),
    issuers: merge(issuers, issuerRows, "issuerId"),
    fields: [...fields.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi")),
    years: of(2).map((r) => ({ year: r.year, count: r.n })).sort((a, b) => b.year - a.year),
    states: DOCUMENT_STATES.map((state) => ({ state, count: of(1).find((r) => r.state === state)?.n ?? 0 })).filter((s) => s.count > 0),
  };
}

/** The list rows for these ids (in this order), with their names and lĩnh vực. */
async function describe(db: Database, rows: { id: number; state: DocumentState }[]): Promise<DocumentListItem[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [docs, fields] = await Promise.all([
    db
      .select({
        id: documents.id,
        siteId: documents.siteId,
        slug: documents.slug,
        number: documents.number,
        typeName: documentTypes.name,
        typeSlug: documentTypes.slug,
        issuerName: documentIssuers.name,
        issuerSlug: documentIssuers.slug,
        signer: documents.signer,
        signerTitle: documents.signerTitle,
        issuedOn: documents.issuedOn,
        effectiveOn: documents.effectiveOn,
        expiresOn: documents.expiresOn,
        summary: documents.summary,
        sourceUrl: documents.sourceUrl,
        updatedAt: sql<Date>`greatest(${documents.updatedAt}, ${documents.publishedAt})`.mapWith(documents.updatedAt),
      })
      .from(documents)
      .innerJoin(documentTypes, eq(documentTypes.id, documents.typeId))
      .innerJoin(documentIssuers, eq(documentIssuers.id, documents.issuerId))
      .where(inArray(documents.id, ids)),
    db
      .select({ documentId: documentFieldLinks.documentId, name: documentFields.name, slug: documentFields.slug })
      .from(documentFieldLinks)
      .innerJoin(documentFields, eq(documentFields.id, documentFieldLinks.fieldId))
      .where(inArray(documentFieldLinks.documentId, ids))
      .orderBy(asc(documentFields.position), asc(documentFields.id)),
  ]);
  const byId = new Map(docs.map((d) => [d.id, d]));
  return rows.flatMap(({ id, state }) => {
    const d = byId.get(id);
    if (!d) return [];
    return [
      {
        id: d.id,
        siteId: d.siteId,
        slug: d.slug,
        number: d.number,
        type: { name: d.typeName, slug: d.typeSlug },
        issuer: { name: d.issuerName, slug: d.issuerSlug },
        fields: fields.filter((f) => f.documentId === id).map((f) => ({ name: f.name, slug: f.slug })),
        signer: d.signer,
        signerTitle: d.signerTitle,
        issuedOn: d.issuedOn,
        effectiveOn: d.effectiveOn,
        expiresOn: d.expiresOn,
        summary: d.summary,
        sourceUrl: d.sourceUrl,
        state,
        updatedAt: (d.updatedAt ?? new Date(0)).toISOString(),
      },
    ];
  });
}

/** A published document of this site by its slug, with files and relations from both sides (published ones only). */
export async function findPublicDocument(db: Database, siteId: number, slug: string, today: string): Promise<DocumentDetail | null> {
  const [row] = await db
    .select({ id: documents.id, state: stateSql(today), publishedAt: documents.publishedAt })
    .from(documents)
    .where(and(published([siteId]), eq(documents.slug, slug)));
  if (!row) return null;
  const [item] = await describe(db, [{ id: row.id, state: row.state }]);
  if (!item) return null;
  const relatedColumns = { slug: documents.slug, number: documents.number, summary: documents.summary, kind: documentRelations.kind, state: stateSql(today) };
  const [files, outgoing, incoming] = await Promise.all([
    db
      .select({ id: documentFiles.id, storageKey: documentFiles.storageKey, fileName: documentFiles.fileName, originalName: documentFiles.originalName, mimeType: documentFiles.mimeType, bytes: documentFiles.bytes })
      .from(documentFiles)
      .where(eq(documentFiles.documentId, row.id))
      .orderBy(asc(documentFiles.position), asc(documentFiles.id)),
    db.select(relatedColumns).from(documentRelations).innerJoin(documents, eq(documents.id, documentRelations.toId)).where(and(eq(documentRelations.fromId, row.id), eq(documents.status, "published"))),
    db.select(relatedColumns).from(documentRelations).innerJoin(documents, eq(documents.id, documentRelations.fromId)).where(and(eq(documentRelations.toId, row.id), eq(documents.status, "published"))),
  ]);
  return {
    ...item,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    files: files.map((f) => ({ id: f.id, url: `/media/${f.storageKey}/${f.fileName}`, originalName: f.originalName, mimeType: f.mimeType, bytes: f.bytes })),
    relations: [...outgoing.map((r) => ({ ...r, direction: "outgoing" as const })), ...incoming.map((r) => ({ ...r, direction: "incoming" as const }))],
  };
}

/** Newest published documents (of one loại, for its feed). */
export async function listNewestDocuments(db: Database, siteId: number, today: string, options: { type?: string; limit: number }) {
  return (await searchDocuments(db, { siteIds: [siteId], type: options.type, today }, { limit: options.limit, offset: 0 })).items;
}

export async function listSitemapDocuments(db: Database, siteId: number): Promise<{ path: string; lastModified: string }[]> {
  const rows = await db
    .select({ slug: documents.slug, lastModified: sql<Date>`greatest(${documents.updatedAt}, ${documents.publishedAt})`.mapWith(documents.updatedAt) })
    .from(documents)
    .where(published([siteId]))
    .orderBy(asc(documents.id));
  const entries = rows.map((r) => ({ path: `/van-ban/${r.slug}`, lastModified: (r.lastModified ?? new Date(0)).toISOString() }));
  const latest = entries.map((e) => e.lastModified).sort().at(-1);
  return latest ? [{ path: "/van-ban", lastModified: latest }, ...entries] : [];
}
