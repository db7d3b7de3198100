/**
 * What Word and Google Docs put on the clipboard, reduced to what an article keeps:
 * headings, paragraphs, lists, bold/italic/underline, links and tables. Fonts, colours,
 * sizes, classes and spans go. Runs in the browser on paste (the editor's
 * transformPastedHTML), before TipTap's schema reads the HTML; the server sanitizes
 * again on save (lib/sanitize.ts).
 *
 * Word does not write lists as <ul>/<ol>: each item is a <p> with `mso-list:l0 level1
 * lfo1` in its style and the bullet or number as text inside an `mso-list:Ignore` span,
 * so those are rebuilt here. Google Docs wraps everything in
 * <b style="font-weight:normal" id="docs-internal-guid-…"> and marks bold and italic
 * with inline styles on spans.
 */

const KEEP_ATTRIBUTES: Record<string, string[]> = { a: ["href"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"], ol: ["start"] };
// The article's title is its <h1>: pasted headings move one level down.
const HEADING_LEVEL: Record<string, string> = { H1: "h2", H2: "h3", H3: "h4", H4: "h4", H5: "h4", H6: "h4" };
const DROP = "style, meta, link, script, title, xml, colgroup, col, img, svg, picture, video, audio, iframe, object";

export type PasteReport = { html: string; droppedImages: number };

function unwrap(element: Element) {
  element.replaceWith(...element.childNodes);
}

function rename(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  renamed.append(...element.childNodes);
  for (const attr of [...element.attributes]) renamed.setAttribute(attr.name, attr.value);
  element.replaceWith(renamed);
  return renamed;
}

function styleOf(element: Element): string {
  return (element.getAttribute("style") ?? "").toLowerCase().replace(/\s+/g, "");
}

/** Word's list paragraphs: level from `mso-list: lN levelM`, ordered when the marker is a number or letter. */
function wordListInfo(paragraph: Element): { list: string; level: number; ordered: boolean } | null {
  const style = styleOf(paragraph);
  const match = /mso-list:(l\d+)level(\d+)/.exec(style);
  if (!match || /mso-list:ignore/.test(style)) return null;
  const marker = [...paragraph.querySelectorAll("span")].find((s) => /mso-list:ignore/.test(styleOf(s)))?.textContent?.replace(/\u00a0/g, " ").trim() ?? "";
  return { list: match[1]!, level: Number(match[2]), ordered: /^(\(?[0-9]+|[a-z]{1,3}|[ivxlc]+)[.)]/i.test(marker) };
}

function rebuildWordLists(doc: Document) {
  const paragraphs = [...doc.body.querySelectorAll("p")];
  let stack: { level: number; list: Element }[] = [];
  let previous: Element | null = null;
  for (const paragraph of paragraphs) {
    const info = wordListInfo(paragraph);
    if (!info) {
      stack = [];
      previous = null;
      continue;
    }
    // A list goes on only while its items follow one another.
    if (previous && previous.nextElementSibling !== paragraph) stack = [];
    for (const span of [...paragraph.querySelectorAll("span")]) if (/mso-list:ignore/.test(styleOf(span))) span.remove();
    const item = doc.createElement("li");
    item.append(...paragraph.childNodes);
    while (stack.length && stack.at(-1)!.level > info.level) stack.pop();
    if (!stack.length || stack.at(-1)!.level < info.level) {
      const list = doc.createElement(info.ordered ? "ol" : "ul");
      const parentItem = stack.at(-1)?.list.lastElementChild;
      if (parentItem) parentItem.append(list);
      else paragraph.before(list);
      stack.push({ level: info.level, list });
    }
    stack.at(-1)!.list.append(item);
    previous = paragraph;
    // Emptied, it stays until the loop is done: the next item checks it is adjacent.
    paragraph.setAttribute("data-word-list-item", "");
  }
  doc.body.querySelectorAll("p[data-word-list-item]").forEach((p) => p.remove());
}

/** Google Docs' bold and italic live in span styles; they become <strong> and <em> before spans go. */
function stylesToTags(doc: Document) {
  for (const span of [...doc.body.querySelectorAll("span")]) {
    const style = styleOf(span);
    // Anchored at a declaration's start: Word also writes mso-bidi-font-weight:bold on plain text.
    const bold = /(^|;)font-weight:(bold|[6-9]00)/.test(style);
    const italic = /(^|;)font-style:italic/.test(style);
    const underline = /(^|;)text-decoration[^;]*underline/.test(style) && !span.closest("a");
    let inner: Element = span;
    for (const [on, tag] of [[bold, "strong"], [italic, "em"], [underline, "u"]] as const) {
      if (!on) continue;
      const wrapper = doc.createElement(tag);
      wrapper.append(...inner.childNodes);
      inner.append(wrapper);
      inner = wrapper;
    }
  }
}

/** Google Docs links go through google.com/url?q=<target>: readers get the target itself. */
function googleRedirectTarget(href: string): string {
  try {
    const url = new URL(href);
    const target = url.searchParams.get("q");
    if (/^www\.google\.[a-z.]+$/.test(url.hostname) && url.pathname === "/url" && target && /^https?:\/\//.test(target)) return target;
  } catch {
    // not an absolute URL: kept as it is
  }
  return href;
}

function isBlank(element: Element): boolean {
  return !element.textContent?.replace(/[\s\u00a0\u200b]/g, "") && !element.querySelector("br, table, li");
}

export function cleanPastedHtml(html: string): PasteReport {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const root = doc.body;
  // Comments (Word's <!--[if !supportLists]-->, StartFragment markers) carry nothing to keep.
  const comments = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const toRemove: Node[] = [];
  while (comments.nextNode()) toRemove.push(comments.currentNode);
  toRemove.forEach((n) => n.parentNode?.removeChild(n));

  const droppedImages = root.querySelectorAll("img, picture, svg").length;
  root.querySelectorAll(DROP).forEach((e) => e.remove());
  // Office namespaced elements (<o:p>, <w:sdt>, <v:shape>): their text, if any, stays.
  for (const element of [...root.querySelectorAll("*")]) {
    if (!element.tagName.includes(":")) continue;
    if (/^(O:P|V:)/i.test(element.tagName) && isBlank(element)) element.remove();
    else unwrap(element);
  }
  for (const wrapper of [...root.querySelectorAll('b[id^="docs-internal-guid"], b[style*="font-weight:normal"], b[style*="font-weight: normal"]')]) unwrap(wrapper);

  rebuildWordLists(doc);
  stylesToTags(doc);

  // Google Docs nests a sub-list directly in its list; HTML wants it inside the item above.
  for (const list of [...root.querySelectorAll("ul > ul, ul > ol, ol > ul, ol > ol")]) {
    const item = list.previousElementSibling;
    if (item?.tagName === "LI") {
      item.append(list);
    } else {
      const holder = doc.createElement("li");
      list.replaceWith(holder);
      holder.append(list);
    }
  }

  for (const heading of [...root.querySelectorAll("h1, h2, h3, h4, h5, h6")]) rename(heading, HEADING_LEVEL[heading.tagName]!);
  for (const element of [...root.querySelectorAll("span, font, div, section, article, header, footer, main, center, label")]) {
    // A <div> that holds blocks (Docs' table wrapper) just goes; one with text becomes a paragraph.
    if (element.tagName === "DIV" && !element.querySelector("p, h2, h3, h4, ul, ol, table, blockquote, div")) rename(element, "p");
    else unwrap(element);
  }
  for (const element of [...root.querySelectorAll("*")]) {
    const keep = KEEP_ATTRIBUTES[element.tagName.toLowerCase()] ?? [];
    for (const attr of [...element.attributes]) if (!keep.includes(attr.name)) element.removeAttribute(attr.name);
  }
  // Links that lead nowhere useful (Word's bookmarks, javascript:) keep their text only.
  for (const link of [...root.querySelectorAll("a")]) {
    const href = googleRedirectTarget(link.getAttribute("href") ?? "");
    if (!/^(https?:|mailto:|tel:|\/)/i.test(href)) unwrap(link);
    else link.setAttribute("href", href);
  }
  // Bold/italic tags that hold nothing, empty paragraphs, and the <br>s Docs puts between blocks.
  for (const mark of [...root.querySelectorAll("b, strong, i, em, u")]) if (!mark.textContent) mark.remove();
  for (const block of [...root.querySelectorAll("p, h2, h3, h4, li")]) if (isBlank(block) && !block.closest("td, th")) block.remove();
  for (const br of [...root.querySelectorAll(":scope > br")]) br.remove();
  // Word's paragraph text is full of line breaks and &nbsp; from its source formatting.
  const texts = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const node = texts.currentNode as Text;
    node.data = node.data.replace(/[\r\n]+/g, " ").replace(/\u00a0/g, " ");
  }
  return { html: root.innerHTML, droppedImages };
}
