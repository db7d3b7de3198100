/**
 * Dublin Core in <meta name="DC.*"> (DCMI's HTML encoding), for the detail pages other
 * portals integrate (NĐ 224/2026 Điều 11 k5). Next renders `metadata.other` as such tags.
 */
export type DublinCore = {
  title: string;
  identifier: string;
  publisher: string;
  subject?: string;
  description?: string;
  /** ISO date-time of the last change. */
  modified?: string;
  /** ISO date of publication. */
  date?: string;
  type?: string;
  relation?: string;
};

export function dublinCore(dc: DublinCore): Record<string, string> {
  const tags: Record<string, string | undefined> = {
    "DC.title": dc.title,
    "DC.identifier": dc.identifier,
    "DC.publisher": dc.publisher,
    "DC.subject": dc.subject,
    "DC.description": dc.description,
    "DC.date": dc.date,
    "DCTERMS.modified": dc.modified,
    "DC.type": dc.type,
    "DC.relation": dc.relation,
    "DC.language": "vi",
  };
  return Object.fromEntries(Object.entries(tags).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
