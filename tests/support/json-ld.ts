/**
 * A small JSON-LD checker for the types the portal emits: the properties schema.org and
 * Google's rich-result rules require (or the portal promises) per type, with URL and date
 * formats. Returns problems as readable strings; [] means valid.
 */
type Node = Record<string, unknown>;

const isObject = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);
const isAbsoluteUrl = (v: unknown) => typeof v === "string" && /^https?:\/\/[^\s/]+\/?\S*$/.test(v);
const isIsoDate = (v: unknown) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v));
const nonEmptyText = (v: unknown) => typeof v === "string" && v.trim().length > 0;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function checkOrganization(node: unknown, where: string, problems: string[]) {
  if (!isObject(node)) return problems.push(`${where}: missing`);
  if (!["Organization", "GovernmentOrganization"].includes(String(node["@type"]))) problems.push(`${where}: @type ${String(node["@type"])}`);
  if (!nonEmptyText(node.name)) problems.push(`${where}.name missing`);
  if (!isAbsoluteUrl(node.url)) problems.push(`${where}.url not absolute`);
  const logo = node.logo;
  if (!isObject(logo) || logo["@type"] !== "ImageObject" || !isAbsoluteUrl(logo.url)) problems.push(`${where}.logo must be an ImageObject with an absolute url`);
}

const checks: Record<string, (node: Node, problems: string[]) => void> = {
  NewsArticle(node, problems) {
    if (!nonEmptyText(node.headline) || String(node.headline).length > 110) problems.push("headline missing or longer than 110 characters");
    if (!isIsoDate(node.datePublished)) problems.push("datePublished not ISO 8601");
    if (!isIsoDate(node.dateModified)) problems.push("dateModified not ISO 8601");
    const images = list(node.image);
    if (!images.length || !images.every(isAbsoluteUrl)) problems.push("image must be absolute URLs");
    const authors = list(node.author);
    if (!authors.length) problems.push("author missing");
    for (const author of authors) {
      if (!isObject(author) || !["Person", "Organization", "GovernmentOrganization"].includes(String(author["@type"])) || !nonEmptyText(author.name)) problems.push("author needs @type and name");
    }
    checkOrganization(node.publisher, "publisher", problems);
    if (node.publisher && isObject(node.publisher) && node.publisher["@type"] !== "GovernmentOrganization") problems.push("publisher must be the GovernmentOrganization");
    if (!isObject(node.mainEntityOfPage) || !isAbsoluteUrl(node.mainEntityOfPage["@id"])) problems.push("mainEntityOfPage @id not absolute");
  },
  BreadcrumbList(node, problems) {
    const items = list(node.itemListElement);
    if (items.length < 2) problems.push("itemListElement needs at least two items");
    items.forEach((item, i) => {
      if (!isObject(item) || item["@type"] !== "ListItem") return problems.push(`item ${i + 1} is not a ListItem`);
      if (item.position !== i + 1) problems.push(`item ${i + 1} has position ${String(item.position)}`);
      if (!nonEmptyText(item.name)) problems.push(`item ${i + 1} has no name`);
      // Only the last crumb may leave out its URL.
      if (i < items.length - 1 || item.item !== undefined) {
        if (!isAbsoluteUrl(item.item)) problems.push(`item ${i + 1} item URL not absolute`);
      }
    });
  },
  WebSite(node, problems) {
    if (!nonEmptyText(node.name)) problems.push("name missing");
    if (!isAbsoluteUrl(node.url)) problems.push("url not absolute");
    const action = node.potentialAction;
    if (!isObject(action) || action["@type"] !== "SearchAction") return problems.push("potentialAction must be a SearchAction");
    const target = isObject(action.target) ? action.target.urlTemplate : action.target;
    if (typeof target !== "string" || !isAbsoluteUrl(target.replace("{search_term_string}", "x")) || !target.includes("{search_term_string}")) problems.push("SearchAction target must be an absolute URL template with {search_term_string}");
    if (action["query-input"] !== "required name=search_term_string") problems.push("query-input must name search_term_string");
  },
};

export function validateJsonLd(data: unknown): string[] {
  if (!isObject(data)) return ["not a JSON object"];
  const problems: string[] = [];
  if (data["@context"] !== "https://schema.org") problems.push("@context must be https://schema.org");
  const type = String(data["@type"]);
  const check = checks[type];
  if (!check) return [...problems, `unexpected @type ${type}`];
  check(data, problems);
  return problems.map((p) => `${type}: ${p}`);
}
