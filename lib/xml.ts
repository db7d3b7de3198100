/** Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/FFFF). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text or attribute value for an XML document: escaped, and without characters XML cannot hold. */
export function escapeXml(value: string): string {
  return value.toWellFormed().replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** RFC 822 date for RSS: "Sat, 24 Feb 2018 03:41:00 GMT". */
export function rfc822(date: Date | string): string {
  return new Date(date).toUTCString();
}

/** Headers for generated XML: cached briefly by browsers and longer by shared caches. */
export function xmlHeaders(type = "application/xml"): HeadersInit {
  return {
    "Content-Type": `${type}; charset=utf-8`,
    "Cache-Control": "public, max-age=300, s-maxage=900, stale-while-revalidate=3600",
    "X-Content-Type-Options": "nosniff",
  };
}
