import { collapseWhitespace } from "@/lib/plain-text";
import { foldVietnamese } from "@/lib/search-query";

/**
 * Highlights are computed on plain text and rendered as React text plus <mark>
 * elements, so nothing a writer or a reader typed is ever parsed as HTML.
 */
export type Segment = { text: string; match: boolean };

/** A word of the text (a maximal run of letters and digits) whose folded form is a term. */
type Span = { start: number; end: number };

/** Where a text's words are: the matching ones, and the word edges a snippet is cut at. */
type WordFinder = {
  matches: Span[];
  /** The first word starting at or after `index`. */
  startAtOrAfter(index: number): number | undefined;
  /** The end of the last word ending at or before `index`. */
  endAtOrBefore(index: number): number | undefined;
};

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const WHOLE_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Each UTF-16 unit's fold, when folding a text is the same as folding each of its units
 * alone into one unit that stays a letter or digit, or stays neither: then the folded
 * text has the original's length and words, index for index. Filled as units are met:
 * 0 unknown, -1 not so (combining marks, surrogates, Hangul, the final-sigma Σ), else
 * (fold << 1 | isWordChar) + 1.
 */
const UNIT_FOLD = new Int32Array(0x10000);
const SIGMA = 0x3a3;

function unitFold(unit: number): number {
  let entry = UNIT_FOLD[unit]!;
  if (entry === 0) {
    const char = String.fromCharCode(unit);
    const folded = foldVietnamese(char);
    const word = WORD_CHAR.test(char);
    const alike = unit !== SIGMA && (unit < 0xd800 || unit > 0xdfff) && folded.length === 1 && WORD_CHAR.test(folded) === word;
    UNIT_FOLD[unit] = entry = alike ? ((folded.charCodeAt(0) << 1) | (word ? 1 : 0)) + 1 : -1;
  }
  return entry;
}

const UTF16 = new TextDecoder("utf-16le");

/** The text folded unit by unit, and which units are word characters; null when that is not exact. */
function foldUnits(text: string): { folded: string; isWord: Uint8Array } | null {
  // Little-endian bytes, decoded at once: String.fromCharCode on the units cost ten times more.
  const bytes = new Uint8Array(text.length * 2);
  const isWord = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const entry = unitFold(text.charCodeAt(i));
    if (entry < 0) return null;
    const unit = (entry - 1) >> 1;
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
    isWord[i] = (entry - 1) & 1;
  }
  return { folded: UTF16.decode(bytes), isWord };
}

/**
 * Snippets read whole article bodies (tens of kB per result page): folding each word of
 * them (NFD and regexes per word) was most of a search page's own time. So the text is
 * folded once, unit by unit, and the terms are found in it by one regular expression;
 * only a text that cannot be folded that way (rare: see UNIT_FOLD) is split into words.
 */
export function findWords(text: string, terms: readonly string[]): WordFinder {
  const units = foldUnits(text);
  if (!units) return splitWords(text, new Set(terms));
  const { folded, isWord } = units;
  const startsWord = (i: number) => isWord[i] === 1 && (i === 0 || isWord[i - 1] === 0);
  const endsWord = (i: number) => i > 0 && isWord[i - 1] === 1 && (i === text.length || isWord[i] === 0);
  const matches: Span[] = [];
  // A term that is not all letters and digits is no word's fold here (every unit of this
  // text folds to its own class), and "" would match between any two units; the rest
  // hold no character a regular expression treats specially.
  const words = terms.filter((term) => WHOLE_WORD.test(term));
  if (words.length) {
    // A term is a whole word: not followed by a word character here, not preceded below.
    const pattern = new RegExp(`(?:${words.join("|")})(?![\\p{L}\\p{N}])`, "gu");
    for (const m of folded.matchAll(pattern)) if (startsWord(m.index)) matches.push({ start: m.index, end: m.index + m[0].length });
  }
  return {
    matches,
    startAtOrAfter(index) {
      for (let i = Math.max(0, index); i < text.length; i++) if (startsWord(i)) return i;
      return undefined;
    },
    endAtOrBefore(index) {
      for (let i = Math.min(index, text.length); i > 0; i--) if (endsWord(i)) return i;
      return undefined;
    },
  };
}

/**
 * Every word of the text, each folded (once per distinct word) and looked up in the terms:
 * the definition findWords keeps to (its tests compare the two).
 */
export function splitWords(text: string, terms: ReadonlySet<string>): WordFinder {
  const folded = new Map<string, boolean>();
  const matches = (word: string) => {
    let match = folded.get(word);
    if (match === undefined) folded.set(word, (match = terms.has(foldVietnamese(word))));
    return match;
  };
  const spans = Array.from(text.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, match: matches(m[0]) }));
  return {
    matches: spans.filter((w) => w.match).map(({ start, end }) => ({ start, end })),
    startAtOrAfter: (index) => spans.find((w) => w.start >= index)?.start,
    endAtOrBefore: (index) => spans.findLast((w) => w.end <= index)?.end,
  };
}

/** Splits text into plain and matching runs; a word matches when its folded form is a term. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (!text) return [];
  const segments: Segment[] = [];
  let last = 0;
  for (const w of findWords(text, terms).matches) {
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
  const clean = collapseWhitespace(text);
  if (clean.length <= maxLength) return clean;
  const words = findWords(clean, terms);
  const { matches } = words;

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
  if (start > 0) start = words.startAtOrAfter(start) ?? start;
  const lastWhole = words.endAtOrBefore(end);
  if (end < clean.length && lastWhole !== undefined) end = lastWhole;
  return `${start > 0 ? "…" : ""}${clean.slice(start, end).trim()}${end < clean.length ? "…" : ""}`;
}
