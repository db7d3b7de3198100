import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";

/**
 * The reader's web font is cut down to what Vietnamese pages set
 * (scripts/fonts/subset-be-vietnam-pro.sh). A letter missing from it would be drawn in
 * the fallback face in the middle of a word; a unicode-range wider than the file would
 * promise glyphs it does not hold. So: every Vietnamese letter with every tone, in both
 * cases, is in every weight, and the font loader, the script and the files agree.
 */
const root = path.join(import.meta.dirname, "../..");
const WEIGHTS = [400, 600, 700];

function parseRanges(list: string): [number, number][] {
  return list
    .split(",")
    .map((part) => part.trim().replace(/^U\+/i, ""))
    .filter(Boolean)
    .map((range) => {
      const [from, to = from] = range.split("-");
      return [parseInt(from!, 16), parseInt(to!, 16)];
    });
}

const codePoints = (ranges: [number, number][]) => ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

const loader = readFileSync(path.join(root, "app/fonts/be-vietnam-pro.ts"), "utf8");
const script = readFileSync(path.join(root, "scripts/fonts/subset-be-vietnam-pro.sh"), "utf8");
const scriptRanges = parseRanges(/^UNICODES="([^"]+)"/m.exec(script)![1]!);

// The 12 vowels with their 5 tones, đ, and the consonants: NFC, as stored text is.
const VOWELS = "aăâeêioôơuưy";
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const vietnamese = [...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))).join("") + "bcdđghklmnpqrstvx";
const text = vietnamese + vietnamese.toUpperCase() + "0123456789 .,;:!?()[]/%&@#–—“”‘’…₫";

describe("the reader's web font", () => {
  it("loads one file per weight, preloaded, swapped in, with the script's character set", () => {
    const files = [...loader.matchAll(/\{ path: "\.\/be-vietnam-pro-(\d+)\.woff2", weight: "(\d+)", style: "normal" \}/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(files).toEqual(WEIGHTS.map((w) => [w, w]));
    expect(loader).toContain('display: "swap"');
    expect(loader).toContain("preload: true");
    expect(loader).toContain('{ prop: "font-family", value: "Be Vietnam Pro" }');
    expect(parseRanges(/prop: "unicode-range", value: "([^"]+)"/.exec(loader)![1]!)).toEqual(scriptRanges);
  });

  for (const weight of WEIGHTS) {
    it(`holds every Vietnamese letter and every character of its range (weight ${weight})`, () => {
      const font = fontkit.create(readFileSync(path.join(root, `app/fonts/be-vietnam-pro-${weight}.woff2`)));
      expect(font.familyName).toMatch(/^Be Vietnam Pro\b/);
      expect(font["OS/2"].usWeightClass).toBe(weight);
      const missingLetters = [...text].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
      expect(missingLetters).toEqual([]);
      // Every code point the CSS promises (control characters and the soft hyphen aside).
      const promised = codePoints(scriptRanges).filter((cp) => cp !== 0xad);
      const missing = promised.filter((cp) => !font.hasGlyphForCodePoint(cp)).map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`);
      expect(missing).toEqual([]);
    });
  }
});
