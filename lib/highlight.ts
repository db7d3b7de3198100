import { foldVietnamese } from "@/lib/search-query";

/**
 * Highlights are computed on plain text and rendered as React text plus <mark>
 * elements, so nothing a writer or a reader typed is ever parsed as HTML.
 */
export type Segment = { text: string; match: boolean };

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

type WordSpan = { start: number; end: number; match: boolean };

function words(text: string, terms: ReadonlySet<string>): WordSpan[] {
  // Folding (NFD and regexes) each word of ten bodies was a third of a result page's
  // snippet time: a word of ASCII letters folds to its lower case, and a body repeats its
  // words, so each other distinct word is folded once per text.
  const folded = new Map<string, boolean>();
  const matches = (word: string) => {
    if (ASCII.test(word)) return terms.has(word.toLowerCase());
    let match = folded.get(word);
    if (match === undefined) folded.set(word, (match = terms.has(foldVietnamese(word))));
    return match;
  };
  return Array.from(text.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, match: matches(m[0]) }));
}

/** Splits text into plain and matching runs; a word matches when its folded form is a term. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (!text) return [];
  const set = new Set(terms);
  const segments: Segment[] = [];
  let last = 0;
  for (const w of words(text, set)) {
    if (!w.match) continue;
    const previous = segments.at(-1);
    // "cải cách" highlighted as one run, not two marks and a space.
    if (previous?.match && /^\s+$/u.test(text.slice(last, w.start))) {
      previous.text += text.slice(last, w.end);
    } else {
      if (w.start > last) segments.push({ text: text.slice(last, w.start), match: false });
      segments.push({ text: text.slice(w.start, w.end), match: true });
    }
    last = w.end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

/**
 * About `maxLength` characters of `text` around its densest run of matching words,
 * cut at word boundaries, with "…" where it was cut. No match: the start of the text.
 */
export function snippet(text: string, terms: readonly string[], maxLength = 240): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  if (clean.length <= maxLength) return clean;
  const spans = words(clean, new Set(terms));
  const matches = spans.filter((w) => w.match);

  let start = 0;
  if (matches.length) {
    let best = 0;
    let bestCount = 0;
    for (const [i, m] of matches.entries()) {
      let count = 0;
      for (let j = i; j < matches.length && matches[j]!.end - m.start <= maxLength; j++) count++;
      if (count > bestCount) [best, bestCount] = [i, count];
    }
    // A little context before the first match reads better than starting on it.
    start = Math.max(0, matches[best]!.start - Math.floor(maxLength / 5));
  }
  start = Math.min(start, clean.length - maxLength);
  let end = start + maxLength;
  // Move both ends onto word boundaries.
  if (start > 0) start = spans.find((w) => w.start >= start)?.start ?? start;
  const lastWhole = spans.filter((w) => w.end <= end).at(-1);
  if (end < clean.length && lastWhole) end = lastWhole.end;
  return `${start > 0 ? "…" : ""}${clean.slice(start, end).trim()}${end < clean.length ? "…" : ""}`;
}
