import "server-only";
import { connection } from "next/server";
import { tags } from "@/lib/cache";
import type { DocumentRequest } from "@/lib/document-query";
import type { DocumentListItem } from "@/lib/documents";
import { vietnamDay } from "@/lib/format";
import type { SiteInfo } from "@/lib/site";
import { readDocumentLists } from "./document-lists";
import { documentFacets, findPublicDocument, listNewestDocuments, searchDocuments, type DocumentFacets, type DocumentPage } from "./documents-search";
import { getDb } from "./index";
import { cached } from "./reader-data";
import { getSites, originOf, provinceOf } from "./site-directory";

/**
 * The documents register's reader data, cached by tag like db/reader-data.ts: a
 * document's edit expires its own page, the related documents' pages and the lists.
 * States depend on the day, so the day is part of every key.
 */
const today = () => vietnamDay(new Date());

export const DOCUMENTS_PAGE_SIZE = 20;

export type DocumentListData = DocumentPage & { pageCount: number; facets: DocumentFacets; provinceWide: boolean };

async function scopeOf(site: SiteInfo, scope: DocumentRequest["scope"]) {
  const { members } = provinceOf(await getSites(), site);
  const siteIds = scope === "province" ? members.map((s) => s.id) : [site.id];
  return { siteIds, scopeTags: scope === "province" ? [tags.sites, ...siteIds.flatMap((id) => [tags.documents(id), tags.documentLists(id)])] : [tags.documents(site.id), tags.documentLists(site.id)] };
}

/** Documents of other sites link to their own site (their canonical home). */
async function withUrls<T extends DocumentListItem>(items: T[], siteId: number): Promise<T[]> {
  const sites = await getSites();
  return Promise.all(
    items.map(async (item) => {
      if (item.siteId === siteId) return item;
      const home = sites.find((s) => s.id === item.siteId);
      return home ? { ...item, url: `${await originOf(home)}/van-ban/${item.slug}` } : item;
    }),
  );
}

/** One page of the register with the facet counts of the whole result (page, JSON and CSV). */
export async function getDocumentList(site: SiteInfo, request: DocumentRequest, pageSize = DOCUMENTS_PAGE_SIZE): Promise<DocumentListData> {
  await connection();
  const day = today();
  const { siteIds, scopeTags } = await scopeOf(site, request.scope);
  const key = ["documents", String(site.id), request.scope, request.q, request.type ?? "", request.issuer ?? "", request.field ?? "", String(request.year ?? ""), request.state ?? "", request.sort, String(request.page), String(pageSize), day];
  const data = await cached(key, scopeTags, async () => {
    const db = await getDb();
    const filter = { siteIds, q: request.q, type: request.type, issuer: request.issuer, field: request.field, year: request.year, state: request.state, sort: request.sort, today: day };
    const [page, facets] = await Promise.all([searchDocuments(db, filter, { limit: pageSize, offset: (request.page - 1) * pageSize }), documentFacets(db, filter)]);
    return { ...page, facets, pageCount: Math.max(1, Math.ceil(page.total / pageSize)), provinceWide: request.scope === "province" };
  });
  return { ...data, items: await withUrls(data.items, site.id) };
}

/** A published document by its slug, with its files and relations. */
export async function getDocumentPage(siteId: number, slug: string) {
  const day = today();
  return cached(["document", String(siteId), slug, day], [tags.document(siteId, slug), tags.documentLists(siteId)], async () => findPublicDocument(await getDb(), siteId, slug, day));
}

/** The site's loại, cơ quan and lĩnh vực (feeds by loại, filter names). */
export async function getDocumentLists(siteId: number) {
  return cached(["document-lists", String(siteId)], [tags.documentLists(siteId)], async () => readDocumentLists(await getDb(), siteId));
}

const FEED_SIZE = 50;

export async function getDocumentFeed(siteId: number, typeSlug?: string) {
  const day = today();
  return cached(["document-feed", String(siteId), typeSlug ?? "", day], [tags.documents(siteId), tags.documentLists(siteId)], async () => listNewestDocuments(await getDb(), siteId, day, { type: typeSlug, limit: FEED_SIZE }));
}
