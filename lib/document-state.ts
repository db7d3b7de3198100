/**
 * A document's tình trạng is never typed: it follows from its dates and from the documents
 * that replace it. Pure, so pages, feeds, exports and the SQL filter (db/documents-search.ts)
 * say the same thing. Days are YYYY-MM-DD, Việt Nam calendar days.
 */
export const DOCUMENT_STATES = ["chua-co-hieu-luc", "con-hieu-luc", "het-hieu-luc", "bi-thay-the"] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

export const DOCUMENT_STATE_LABELS: Record<DocumentState, string> = {
  "chua-co-hieu-luc": "Chưa có hiệu lực",
  "con-hieu-luc": "Còn hiệu lực",
  "het-hieu-luc": "Hết hiệu lực",
  "bi-thay-the": "Bị thay thế",
};

export type StateInput = { effectiveOn: string | null; expiresOn: string | null; issuedOn: string; replacedOn: string | null };

/**
 * `replacedOn`: the day the earliest public document replacing this one takes effect
 * (its ngày hiệu lực, or ngày ban hành when it has none); null when nothing replaces it.
 * A replacement not yet in force leaves the document in force until then.
 */
export function documentState(doc: StateInput, today: string): DocumentState {
  if (doc.replacedOn && doc.replacedOn <= today) return "bi-thay-the";
  if (doc.expiresOn && doc.expiresOn <= today) return "het-hieu-luc";
  if ((doc.effectiveOn ?? doc.issuedOn) > today) return "chua-co-hieu-luc";
  return "con-hieu-luc";
}

export const RELATION_KINDS = ["replaces", "amends", "supplements", "guides"] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** How a relation reads from each side: "Thay thế" 123/QĐ-UBND / "Bị thay thế bởi" 45/QĐ-UBND. */
export const RELATION_LABELS: Record<RelationKind, { outgoing: string; incoming: string }> = {
  replaces: { outgoing: "Thay thế", incoming: "Bị thay thế bởi" },
  amends: { outgoing: "Sửa đổi", incoming: "Được sửa đổi bởi" },
  supplements: { outgoing: "Bổ sung", incoming: "Được bổ sung bởi" },
  guides: { outgoing: "Hướng dẫn", incoming: "Được hướng dẫn bởi" },
};
