import { vietnamTime } from "@/lib/format";
import { parseDayParam } from "@/lib/form-fields";
import { parsePageParam } from "@/lib/params";
import { isValidSlug } from "@/lib/slug";

/** Longer queries are cut: nobody types more, and tsquery work grows with every term. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The same folding as the database's f_unaccent (migration 0001): "Đường" → "duong".
 * NFD splits accented letters into base + marks; đ/Đ have no decomposition (nor have
 * ð/Ð, often typed for them, which unaccent also maps to d).
 */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đð]/g, "d").replace(/[ĐÐ]/g, "D").toLowerCase();
}

/**
 * A reader's query made safe to store, show and send to the database: well-formed
 * Unicode in NFC (so "ệ" typed as e + two marks matches), control and format characters
 * removed, whitespace collapsed, at most MAX_QUERY_LENGTH characters.
 */
export function cleanQuery(raw: unknown): { text: string; truncated: boolean } {
  if (typeof raw !== "string") return { text: "", truncated: false };
  const text = raw
    .toWellFormed()
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  const chars = Array.from(text);
  if (chars.length <= MAX_QUERY_LENGTH) return { text, truncated: false };
  return { text: chars.slice(0, MAX_QUERY_LENGTH).join("").trim(), truncated: true };
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Folded words to highlight: every word of the query except those it excludes
 * (websearch syntax: -word) and the `or` operator.
 */
export function highlightTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const match of query.matchAll(WORD)) {
    const before = query[match.index - 1];
    const excluded = before === "-" && (match.index < 2 || /\s/.test(query[match.index - 2]!));
    const word = foldVietnamese(match[0]);
    if (excluded || word === "or") continue;
    terms.add(word);
  }
  return [...terms];
}

/** True when the query carries accents, so matches with the same accents should rank first. */
export function hasDiacritics(query: string): boolean {
  return foldVietnamese(query) !== query.toLowerCase();
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** dd/mm/yyyy as the search form sends it, or YYYY-MM-DD as canonical links carry it. */
function optionalDate(value: string | string[] | undefined) {
  const day = parseDayParam(first(value));
  return day ? { value: day, start: vietnamTime(`${day} 00:00`) } : undefined;
}

export type SearchRequest = {
  /** Cleaned query text, as kept in the search box. */
  q: string;
  truncated: boolean;
  /** Category slug filter (validated shape only; the page checks it exists). */
  category?: string;
  /** YYYY-MM-DD, Việt Nam calendar days, both inclusive. */
  from?: string;
  to?: string;
  /** Search this site (default) or the whole province: the province and its components. */
  scope: "site" | "province";
  page: number;
};

/**
 * `/tim-kiem?q=&chuyen-muc=&tu=&den=&pham-vi=&trang=` from a reader's URL. Anything malformed is
 * dropped rather than refused: a search page always answers.
 */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchRequest {
  const { text, truncated } = cleanQuery(first(params.q));
  const category = first(params["chuyen-muc"]);
  let from = optionalDate(params.tu);
  let to = optionalDate(params.den);
  // A reversed range is a slip of the hand, not a wish for nothing.
  if (from && to && from.start > to.start) [from, to] = [to, from];
  return {
    q: text,
    truncated,
    category: category && isValidSlug(category) ? category : undefined,
    from: from?.value,
    to: to?.value,
    scope: first(params["pham-vi"]) === "toan-tinh" ? "province" : "site",
    page: parsePageParam(params.trang),
  };
}

/** The instant range a day filter covers: [start of `from`, start of the day after `to`). */
export function dateRange(request: Pick<SearchRequest, "from" | "to">): { from?: Date; to?: Date } {
  return {
    from: request.from ? vietnamTime(`${request.from} 00:00`) : undefined,
    to: request.to ? new Date(vietnamTime(`${request.to} 00:00`).getTime() + 86_400_000) : undefined,
  };
}

/** The canonical URL of a search: parameters in a fixed order, defaults left out. */
export function searchHref(request: Partial<Omit<SearchRequest, "truncated">>): string {
  const params = new URLSearchParams();
  if (request.q) params.set("q", request.q);
  if (request.category) params.set("chuyen-muc", request.category);
  if (request.from) params.set("tu", request.from);
  if (request.to) params.set("den", request.to);
  if (request.scope === "province") params.set("pham-vi", "toan-tinh");
  if (request.page && request.page > 1) params.set("trang", String(request.page));
  const query = params.toString();
  return query ? `/tim-kiem?${query}` : "/tim-kiem";
}

type QueryNode = { lexeme: string } | { phrase: Array<{ node: QueryNode; distance: number }> } | { and: QueryNode[] } | { other: true };

/**
 * The adjacent word pairs every match of a query must hold, as a tsquery ("'chinh trang' &
 * 'trang do'"), or null when there are none. `tsquery` is PostgreSQL's own text of the
 * query (websearch_to_tsquery(…)::text), so phrases are exactly as the database parsed them.
 * Only what is required counts: a phrase under `!` or `|` adds nothing. Pairs are matched
 * against public.tsvector_pairs (migration 0012), which joins two lexemes with a space.
 */
export function phrasePairs(tsquery: string): string | null {
  const tokens = tsquery.match(/'(?:[^'\\]|''|\\.)*'(?::[*A-Da-d]+)?|<->|<\d+>|[&|!()]/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  // tsquery precedence, loosest first: |, &, <->/<N>, !.
  const or = (): QueryNode => {
    const first = and();
    if (peek() !== "|") return first;
    while (peek() === "|") (at++, and());
    return { other: true };
  };
  const and = (): QueryNode => {
    const parts = [phrase()];
    while (peek() === "&") (at++, parts.push(phrase()));
    return parts.length === 1 ? parts[0]! : { and: parts };
  };
  const phrase = (): QueryNode => {
    const parts = [{ node: unary(), distance: 0 }];
    for (let op = peek(); op && /^<(-|\d+)>$/.test(op); op = peek()) {
      at++;
      parts.push({ node: unary(), distance: op === "<->" ? 1 : Number(op.slice(1, -1)) });
    }
    return parts.length === 1 ? parts[0]!.node : { phrase: parts };
  };
  const unary = (): QueryNode => {
    const token = tokens[at++];
    if (token === "!") return (unary(), { other: true });
    if (token === "(") {
      const inner = or();
      at++; // ")"
      return inner;
    }
    // A prefix (:*) or weight-restricted lexeme is not one word at one position: no pair.
    return token?.endsWith("'") ? { lexeme: token.slice(1, -1) } : { other: true };
  };
  const pairs = new Set<string>();
  const collect = (node: QueryNode) => {
    if ("and" in node) node.and.forEach(collect);
    if ("phrase" in node) {
      node.phrase.forEach(({ node: part }) => collect(part));
      for (let i = 1; i < node.phrase.length; i++) {
        const [left, right] = [node.phrase[i - 1]!.node, node.phrase[i]!];
        if ("lexeme" in left && "lexeme" in right.node && right.distance === 1) pairs.add(`'${left.lexeme} ${right.node.lexeme}'`);
      }
    }
  };
  collect(or());
  return pairs.size ? [...pairs].join(" & ") : null;
}
