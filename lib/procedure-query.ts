import { cleanQuery } from "./search-query";
import { isValidSlug } from "./slug";

function first(value: string | string[] | null | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

/** `?q=&linh-vuc=` of the procedures page and its data files; anything malformed is dropped. */
export function procedureQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): { q: string; field?: string } {
  const get = (name: string) => first(params instanceof URLSearchParams ? params.get(name) : params[name]);
  const q = cleanQuery(get("q")).text;
  const field = get("linh-vuc");
  return { q, field: field && isValidSlug(field) ? field : undefined };
}
