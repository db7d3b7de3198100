// fontkit ships no types: what the seed (a parsed font handed to pdfkit) and the web
// font's test (tests/unit/fonts.test.ts: names, weight, coverage) use of it.
declare module "fontkit" {
  export interface Font {
    layout: (text: string) => unknown;
    familyName: string;
    "OS/2": { usWeightClass: number };
    hasGlyphForCodePoint: (codePoint: number) => boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
