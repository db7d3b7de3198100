import { DOCUMENT_STATES, type DocumentState } from "./document-state";
import { parsePageParam } from "./params";
import { cleanQuery } from "./search-query";
import { isValidSlug } from "./slug";

/**
 * `/van-ban?q=&loai=&co-quan=&linh-vuc=&nam=&tinh-trang=&pham-vi=&sap-xep=&trang=`, the
 * same for the page, /van-ban.json and /van-ban.csv. Anything malformed is dropped, never
 * refused: a list always answers. Words are cleaned like article search (lib/search-query.ts).
 */
export type DocumentRequest = {
  q: string;
  truncated: boolean;
  type?: string;
  issuer?: string;
  field?: string;
  year?: number;
  state?: DocumentState;
  /** This site (default) or the whole province: the province and its components. */
  scope: "site" | "province";
  sort: "relevance" | "newest";
  page: number;
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const slugParam = (value: string | string[] | undefined) => {
  const v = first(value);
  return v && isValidSlug(v) ? v : undefined;
};

export function parseDocumentParams(params: Record<string, string | string[] | undefined>): DocumentRequest {
  const { text, truncated } = cleanQuery(first(params.q));
  const year = first(params.nam);
  const state = first(params["tinh-trang"]);
  return {
    q: text,
    truncated,
    type: slugParam(params.loai),
    issuer: slugParam(params["co-quan"]),
    field: slugParam(params["linh-vuc"]),
    year: year && /^(19|20|21)\d{2}$/.test(year) ? Number(year) : undefined,
    state: (DOCUMENT_STATES as readonly string[]).includes(state ?? "") ? (state as DocumentState) : undefined,
    scope: first(params["pham-vi"]) === "toan-tinh" ? "province" : "site",
    sort: first(params["sap-xep"]) === "moi-nhat" ? "newest" : "relevance",
    page: parsePageParam(params.trang),
  };
}

export function searchParamsRecord(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}

/** The canonical query of a request, parameters in a fixed order, defaults left out. */
export function documentQuery(request: Partial<Omit<DocumentRequest, "truncated">>): string {
  const params = new URLSearchParams();
  if (request.q) params.set("q", request.q);
  if (request.type) params.set("loai", request.type);
  if (request.issuer) params.set("co-quan", request.issuer);
  if (request.field) params.set("linh-vuc", request.field);
  if (request.year) params.set("nam", String(request.year));
  if (request.state) params.set("tinh-trang", request.state);
  if (request.scope === "province") params.set("pham-vi", "toan-tinh");
  if (request.q && request.sort === "newest") params.set("sap-xep", "moi-nhat");
  if (request.page && request.page > 1) params.set("trang", String(request.page));
  return params.toString();
}

export function documentsHref(request: Partial<Omit<DocumentRequest, "truncated">>, path = "/van-ban"): string {
  const query = documentQuery(request);
  return query ? `${path}?${query}` : path;
}

export function hasFilters(request: DocumentRequest): boolean {
  return Boolean(request.q || request.type || request.issuer || request.field || request.year || request.state);
}
