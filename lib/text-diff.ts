import { diffWords } from "diff";
import { htmlToText } from "./plain-text";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Stored HTML as text with one line per block, so a diff reads paragraph by paragraph. */
export function htmlToLines(html: string): string {
  return html
    .split(/<\/(?:p|h[1-6]|li|blockquote|tr|figcaption)>|<br\s*\/?>/i)
    .map(htmlToText)
    .filter(Boolean)
    .join("\n");
}

/** Word-level differences between two texts, oldest first. */
export function textDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value }));
}
