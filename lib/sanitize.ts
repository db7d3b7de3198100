import sanitizeHtml from "sanitize-html";
import { collapseWhitespace } from "./plain-text";

/**
 * Article images come from the portal's own media library (`/media/…`, what the editor's
 * image picker inserts). An image from elsewhere is blocked by this site's CSP but not
 * wherever the body is reused (feeds, readers, other sites), where it would tell that
 * host who reads what, and its owner could change or remove it at any time.
 */
export function isLocalImageSource(src: string | undefined): boolean {
  return typeof src === "string" && /^\/media\/[\w\-./%]+$/.test(src) && !src.includes("..") && !src.includes("//");
}

const localSrcset = (srcset: string) => srcset.split(",").every((candidate) => isLocalImageSource(candidate.trim().split(/\s+/)[0]));

/**
 * The one allowlist for stored article HTML. Everything an editor or the seed stores
 * passes through here on the server, so public pages can render it as-is.
 */
const articleBodyOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "blockquote", "ul", "ol", "li", "a", "figure", "figcaption", "img",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
  ],
  allowedAttributes: {
    a: ["href", "title", "target", "rel"],
    img: ["src", "srcset", "sizes", "alt", "width", "height", "loading"],
    th: ["colspan", "rowspan", "scope"],
    td: ["colspan", "rowspan"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Links that leave the site must not hand window.opener to the target.
  // An image from outside the media library is dropped (the editor's form says so before saving).
  exclusiveFilter: (frame) => frame.tag === "img" && !isLocalImageSource(frame.attribs.src),
  transformTags: {
    img: (tagName, attribs) => {
      if (!attribs.srcset || localSrcset(attribs.srcset)) return { tagName, attribs };
      const { srcset: _external, sizes: _sizes, ...rest } = attribs;
      return { tagName, attribs: rest };
    },
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      return {
        tagName,
        attribs: external ? { ...attribs, target: "_blank", rel: "noopener noreferrer" } : attribs,
      };
    },
  },
};

export function sanitizeArticleHtml(html: string): string {
  return fixFigures(sanitizeHtml(html.normalize("NFC"), articleBodyOptions)).trim();
}

const TAG = /<(\/?)([a-z0-9]+)\b[^>]*>/g;
const VOID = new Set(["br", "hr", "img"]);

/**
 * Body images are <figure><img><figcaption>…</figcaption></figure> (the editor's Figure
 * node). A caption left empty is dropped, and a <figcaption> outside a figure (invalid
 * HTML, only from a hand-made request) becomes a paragraph. Runs on sanitize-html's
 * output, where every tag is allowlisted and balanced and every "<" in text or in an
 * attribute is escaped, so a tag scan is exact here.
 */
function fixFigures(html: string): string {
  const withoutEmpty = html.replace(/<figcaption>(?:\s|&nbsp;|<br \/>)*<\/figcaption>/g, "");
  if (!withoutEmpty.includes("<figcaption")) return withoutEmpty;
  const open: { tag: string; renamed: boolean }[] = [];
  return withoutEmpty.replace(TAG, (whole, closing: string, tag: string) => {
    if (VOID.has(tag)) return whole;
    if (!closing) {
      const stray = tag === "figcaption" && open.at(-1)?.tag !== "figure";
      open.push({ tag, renamed: stray });
      return stray ? "<p>" : whole;
    }
    const top = open.pop();
    return top?.renamed ? "</p>" : whole;
  });
}

/**
 * The images in `html` that point at another site (http, https or protocol-relative),
 * which a save would drop: the editor's form refuses them and says so. Other broken
 * sources (`data:`, a bare word) are only dropped by the sanitizer.
 */
export function externalImageSources(html: string): string[] {
  const found: string[] = [];
  sanitizeHtml(html, {
    allowedTags: ["img"],
    allowedAttributes: { img: ["src"] },
    allowedSchemes: ["http", "https"],
    allowProtocolRelative: true,
    exclusiveFilter: (frame) => {
      const src = frame.attribs.src?.trim() ?? "";
      if (frame.tag === "img" && /^(https?:)?\/\//i.test(src)) found.push(src);
      return false;
    },
  });
  return found;
}

/**
 * Plain text fields (titles, captions, names): tags dropped, NFC, spaces folded.
 * React escapes text when rendering, so the entities sanitize-html emits are decoded back.
 */
export function toPlainText(raw: string): string {
  const text = sanitizeHtml(raw.normalize("NFC"), { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[\u0000-\u001f\u007f]/g, " ");
  return collapseWhitespace(text);
}

/** Wraps plain paragraphs (seed content, imports) as escaped <p> elements. */
export function paragraphsToHtml(paragraphs: string[]): string {
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p.normalize("NFC"))}</p>`)
    .join("\n");
}
