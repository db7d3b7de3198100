import { describe, expect, it } from "vitest";
import { findWords, snippet, splitWords } from "@/lib/highlight";
import { mulberry32 } from "@/lib/random";
import { foldVietnamese } from "@/lib/search-query";

// Words as articles hold them (every case, with and without accents, đ/Đ/ð, digits,
// joined by punctuation), and letters that fold to another class or length.
const VOCABULARY = ["cải", "CẢI", "cai", "Cải", "cách", "CACH", "cáchthức", "Đường", "đường", "ÐƯỜNG", "duong", "xduong", "hành", "chính", "2026", "19", "QĐ", "UBND", "İnan", "ÍSLAND", "ß", "Straße", "ΟΔΟΣ", "οδος", "ﬁ", "a\u0301", "한국", "𝐀bc", "😀"];
const GLUE = [" ", " ", " ", ", ", ". ", "-", "/", "“", "”", "\u00a0", ""];

function text(next: () => number, words: number) {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: words }, () => pick(VOCABULARY) + pick(GLUE)).join("");
}

describe("findWords", () => {
  it("finds the same words as splitting the text and folding each word", () => {
    const next = mulberry32(17);
    let fast = 0;
    for (let round = 0; round < 400; round++) {
      // Half of the texts leave out what is folded only word by word (marks, Hangul,
      // astral letters, ligatures), keeping Σ, whose lower case depends on its place.
      const source = round % 2 ? text(next, 30) : text(next, 30).replace(/[ﬁ\u0301한국𝐀😀]/gu, "");
      const terms = [...new Set(text(next, 3).match(/[\p{L}\p{N}]+/gu)?.map(foldVietnamese) ?? [])];
      const found = findWords(source, terms);
      const reference = splitWords(source, new Set(terms));
      expect(found.matches, source).toEqual(reference.matches);
      for (let i = 0; i <= source.length; i += 3) {
        expect(found.startAtOrAfter(i), `${source} @${i}`).toBe(reference.startAtOrAfter(i));
        expect(found.endAtOrBefore(i), `${source} @${i}`).toBe(reference.endAtOrBefore(i));
      }
      if (!/[Σﬁ\u0301한국𝐀😀]/u.test(source)) fast++;
    }
    expect(fast).toBeGreaterThan(50);
  });

  it("ignores terms that no word can fold to", () => {
    expect(findWords("cải cách", ["", "cai cach", "cai"]).matches).toEqual([{ start: 0, end: 3 }]);
  });
});

describe("snippet whitespace", () => {
  it("makes every run of whitespace one space, as /\\s+/ would", () => {
    const next = mulberry32(5);
    const spaces = [" ", "  ", "\n", " \n ", "\t", "\u00a0", "\u2003 ", "\r\n"];
    for (let round = 0; round < 50; round++) {
      const source = Array.from({ length: 20 }, () => `từ${spaces[Math.floor(next() * spaces.length)]}`).join("");
      expect(snippet(source, ["tu"], 1000)).toBe(source.replace(/\s+/gu, " ").trim());
    }
  });
});
