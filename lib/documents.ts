import type { DocumentState, RelationKind } from "./document-state";

/**
 * A document (văn bản) as readers see it: the read models the register's data layer
 * (db/documents-search.ts) returns and pages, exports and feeds (lib/document-export.ts)
 * take. Types only, so any layer and client components may use them.
 */
export type Named = { name: string; slug: string };

export type DocumentListItem = {
  id: number;
  siteId: number;
  slug: string;
  number: string;
  type: Named;
  issuer: Named;
  fields: Named[];
  signer: string;
  signerTitle: string;
  issuedOn: string;
  effectiveOn: string | null;
  expiresOn: string | null;
  summary: string;
  sourceUrl: string;
  state: DocumentState;
  /** ISO 8601: when the document last changed (edit, file, publication). */
  updatedAt: string;
  /** Absolute address when the document lives on another site (province-wide lists). */
  url?: string;
};

export type DocumentFileView = { id: number; url: string; originalName: string; mimeType: string; bytes: number };
export type RelatedDocument = { kind: RelationKind; direction: "outgoing" | "incoming"; slug: string; number: string; summary: string; state: DocumentState };
export type DocumentDetail = DocumentListItem & { files: DocumentFileView[]; relations: RelatedDocument[]; publishedAt: string | null };
