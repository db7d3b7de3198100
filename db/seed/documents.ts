import { writeDocumentFile, type StoredDocumentFile } from "@/lib/document-files";
import { slugify } from "@/lib/slug";
import type { Transaction } from "../client";
import { insertDefaultLists, readDocumentLists } from "../document-lists";
import { documentFieldLinks, documentFiles, documentRelations, documentRevisions, documents } from "../schema";
import { renderDocumentPdf } from "./document-pdf";
import { demoDocuments, demoIssuers } from "./documents-data";

export type DocumentUnit = { level: "tỉnh" | "xã" | "phường" | "huyện"; name: string };

const UNIT_LEVEL = { tinh: "tỉnh", xa: "xã", phuong: "phường", huyen: "huyện" } as const;
export function documentUnit(site: { kind: keyof typeof UNIT_LEVEL; name: string }): DocumentUnit {
  return { level: UNIT_LEVEL[site.kind], name: site.name };
}

export type SeedFile = StoredDocumentFile;

/** Renders and writes each demo document's PDF (before the seed's transaction, like images). */
export async function renderDemoDocumentFiles(unit: DocumentUnit): Promise<SeedFile[]> {
  const [agency] = demoIssuers(unit);
  const files: SeedFile[] = [];
  for (const doc of demoDocuments(unit)) {
    const issuer = demoIssuers(unit)[doc.issuer];
    const [y, m, d] = doc.issuedOn.split("-");
    const pdf = await renderDocumentPdf({
      agency: issuer ?? agency,
      number: doc.number,
      place: unit.name,
      date: `ngày ${Number(d)} tháng ${Number(m)} năm ${y}`,
      kind: doc.type,
      summary: doc.summary,
      paragraphs: doc.paragraphs,
      signerTitle: doc.signerTitle,
      signer: doc.signer,
    });
    const stored = await writeDocumentFile(pdf, `${slugify(`${doc.type} ${doc.number}`)}.pdf`, "pdf");
    // The seed wrote this text itself: the same words unpdf extracts from the file.
    files.push({ ...stored, text: [doc.type, doc.number, doc.summary, ...doc.paragraphs].join(" ").normalize("NFC") });
  }
  return files;
}

/** A site's lists and 32 published documents, with their PDFs when rendered. */
export async function seedDocuments(tx: Transaction, siteId: number, unit: DocumentUnit, files: SeedFile[] | undefined) {
  await insertDefaultLists(tx, siteId, [...demoIssuers(unit), `Văn phòng HĐND và UBND ${unit.level} ${unit.name}`]);
  const lists = await readDocumentLists(tx, siteId);
  const idOf = (entries: { id: number; name: string }[], name: string) => {
    const found = entries.find((e) => e.name === name);
    if (!found) throw new Error(`Seed: no list entry ${name}`);
    return found.id;
  };
  const issuers = demoIssuers(unit);
  const docs = demoDocuments(unit);
  const rows = docs.map((doc, i) => ({
    siteId,
    slug: slugify(`${doc.number} ${doc.issuedOn.slice(0, 4)}`),
    number: doc.number,
    typeId: idOf(lists.types, doc.type),
    issuerId: idOf(lists.issuers, issuers[doc.issuer]!),
    signer: doc.signer,
    signerTitle: doc.signerTitle,
    issuedOn: doc.issuedOn,
    issuedYear: Number(doc.issuedOn.slice(0, 4)),
    effectiveOn: doc.effectiveOn ?? null,
    expiresOn: doc.expiresOn ?? null,
    summary: doc.summary,
    fileText: files?.[i]?.text ?? "",
    status: "published" as const,
    publishedAt: new Date(`${doc.issuedOn}T09:00:00+07:00`),
    createdAt: new Date(`${doc.issuedOn}T09:00:00+07:00`),
    updatedAt: new Date(`${doc.issuedOn}T09:00:00+07:00`),
  }));
  const inserted = await tx.insert(documents).values(rows).returning({ id: documents.id });
  const links = docs.flatMap((doc, i) => doc.fields.map((name) => ({ documentId: inserted[i]!.id, fieldId: idOf(lists.fields, name) })));
  if (links.length) await tx.insert(documentFieldLinks).values(links);
  const relations = docs.flatMap((doc, i) => (doc.replaces === undefined ? [] : [{ siteId, fromId: inserted[i]!.id, toId: inserted[doc.replaces]!.id, kind: "replaces" as const }]));
  if (relations.length) await tx.insert(documentRelations).values(relations);
  if (files) await tx.insert(documentFiles).values(files.map((f, i) => ({ ...f, siteId, documentId: inserted[i]!.id, position: 1 })));
  await tx.insert(documentRevisions).values(
    rows.map((row, i) => ({
      documentId: inserted[i]!.id,
      note: "Nội dung mẫu",
      content: {
        number: row.number,
        typeId: row.typeId,
        issuerId: row.issuerId,
        fieldIds: links.filter((l) => l.documentId === inserted[i]!.id).map((l) => l.fieldId),
        signer: row.signer,
        signerTitle: row.signerTitle,
        issuedOn: row.issuedOn,
        effectiveOn: row.effectiveOn,
        expiresOn: row.expiresOn,
        summary: row.summary,
        sourceUrl: "",
      },
    })),
  );
}
