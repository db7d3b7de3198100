// fontkit ships no types; the seed only parses a font once and hands it to pdfkit.
declare module "fontkit" {
  export function create(buffer: Uint8Array, postscriptName?: string): { layout: (text: string) => unknown };
}
