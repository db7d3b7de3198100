import { DOCUMENT_STATE_LABELS, RELATION_LABELS } from "./document-state";
import type { DocumentDetail, DocumentListItem } from "./documents";
import { formatDay } from "./format";
import { type FeedChannel, rssDocument, type RssItem } from "./feeds";

/**
 * The register as reusable data (NĐ 224/2026 Điều 11 k5): JSON and CSV with the page's
 * filters, RSS per loại, schema.org Legislation and Dublin Core on the detail page. Pure
 * mappers over the read models, so every format says the same thing.
 */
export function documentUrl(item: Pick<DocumentListItem, "slug" | "url">, origin: string): string {
  return item.url ?? `${origin}/van-ban/${item.slug}`;
}

export function documentJson(item: DocumentListItem, origin: string) {
  return {
    url: documentUrl(item, origin),
    soKyHieu: item.number,
    loaiVanBan: item.type.name,
    coQuanBanHanh: item.issuer.name,
    linhVuc: item.fields.map((f) => f.name),
    nguoiKy: item.signer || null,
    chucVu: item.signerTitle || null,
    ngayBanHanh: item.issuedOn,
    ngayHieuLuc: item.effectiveOn,
    ngayHetHieuLuc: item.expiresOn,
    trichYeu: item.summary,
    tinhTrang: item.state,
    tinhTrangText: DOCUMENT_STATE_LABELS[item.state],
    nguon: item.sourceUrl || null,
    capNhat: item.updatedAt,
  };
}

export const DOCUMENT_CSV_HEADER = ["Số/ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Lĩnh vực", "Người ký", "Chức vụ", "Ngày ban hành", "Ngày hiệu lực", "Ngày hết hiệu lực", "Trích yếu", "Tình trạng", "Đường dẫn", "Đường dẫn nguồn"];

/** A CSV row in the import template's column order (plus state and address), dates dd/mm/yyyy. */
export function documentCsvRow(item: DocumentListItem, origin: string): string[] {
  const day = (d: string | null) => (d ? formatDay(d) : "");
  return [item.number, item.type.name, item.issuer.name, item.fields.map((f) => f.name).join("; "), item.signer, item.signerTitle, day(item.issuedOn), day(item.effectiveOn), day(item.expiresOn), item.summary, DOCUMENT_STATE_LABELS[item.state], documentUrl(item, origin), item.sourceUrl];
}

export function documentTitle(item: Pick<DocumentListItem, "type" | "number" | "summary">): string {
  return `${item.type.name} ${item.number}: ${item.summary}`;
}

export function documentsRss(channel: FeedChannel, items: DocumentListItem[], origin: string): string {
  const entries = items.map(
    (d): RssItem => ({
      title: `${d.type.name} ${d.number}`,
      url: documentUrl(d, origin),
      pubDate: `${d.issuedOn}T00:00:00+07:00`,
      category: d.type.name,
      description: `${d.summary} (${d.issuer.name}, ${formatDay(d.issuedOn)}; ${DOCUMENT_STATE_LABELS[d.state]})`,
    }),
  );
  return rssDocument(channel, { lastBuildDate: items.map((d) => d.updatedAt).sort().at(-1), ttlMinutes: 60, items: entries });
}

/** schema.org Legislation (the vocabulary of ELI), with its relations both ways. */
export function legislationJsonLd(doc: DocumentDetail, origin: string, publisher: Record<string, unknown>) {
  const url = documentUrl(doc, origin);
  const related = (kind: string, direction: "outgoing" | "incoming") => doc.relations.filter((r) => r.kind === kind && r.direction === direction).map((r) => ({ "@type": "Legislation", legislationIdentifier: r.number, url: `${origin}/van-ban/${r.slug}` }));
  const property = (values: unknown[]) => (values.length ? values : undefined);
  return {
    "@context": "https://schema.org",
    "@type": "Legislation",
    "@id": url,
    url,
    name: documentTitle(doc),
    legislationIdentifier: doc.number,
    legislationType: doc.type.name,
    abstract: doc.summary,
    legislationDate: doc.issuedOn,
    ...(doc.effectiveOn && { legislationDateVersion: doc.effectiveOn }),
    ...(doc.expiresOn && { expires: doc.expiresOn }),
    legislationLegalForce: doc.state === "con-hieu-luc" ? "https://schema.org/InForce" : doc.state === "chua-co-hieu-luc" ? "https://schema.org/NotInForce" : "https://schema.org/NotInForce",
    legislationPassedBy: { "@type": "GovernmentOrganization", name: doc.issuer.name },
    ...(doc.signer && { legislationResponsible: { "@type": "Person", name: doc.signer, jobTitle: doc.signerTitle || undefined } }),
    keywords: doc.fields.map((f) => f.name).join(", ") || undefined,
    inLanguage: "vi",
    dateModified: doc.updatedAt,
    legislationChanges: property(related("amends", "outgoing")),
    legislationRepeals: property(related("replaces", "outgoing")),
    isBasedOn: property(related("guides", "outgoing")),
    encoding: property(doc.files.map((f) => ({ "@type": "LegislationObject", contentUrl: origin + f.url, encodingFormat: f.mimeType, name: f.originalName }))),
    publisher,
  };
}

/** Dublin Core elements as <meta name="DC.*">, for other portals' harvesters. */
export function dublinCore(doc: DocumentDetail, origin: string, publisherName: string): Record<string, string> {
  const elements: Record<string, string> = {
    "DC.title": documentTitle(doc),
    "DC.identifier": documentUrl(doc, origin),
    "DC.type": doc.type.name,
    "DC.creator": doc.issuer.name,
    "DC.publisher": publisherName,
    "DC.date": doc.issuedOn,
    "DC.description": doc.summary,
    "DC.subject": doc.fields.map((f) => f.name).join("; "),
    "DC.language": "vi",
    "DC.format": doc.files[0]?.mimeType ?? "text/html",
    "DC.relation": doc.relations.map((r) => `${direction(r)} ${r.number}`).join("; "),
    "DC.rights": "Văn bản quy phạm và hành chính nhà nước: được sử dụng tự do, ghi rõ nguồn.",
  };
  return Object.fromEntries(Object.entries(elements).filter(([, value]) => value));
}

function direction(r: DocumentDetail["relations"][number]) {
  return r.direction === "outgoing" ? RELATION_LABELS[r.kind].outgoing : RELATION_LABELS[r.kind].incoming;
}
