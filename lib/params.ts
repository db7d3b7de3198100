import { z } from "zod";

/**
 * `?trang=` from a reader's URL. Anything that is not a plain positive integer
 * ("-1", "abc", "1e9", arrays) means page 1; a page past the end is the caller's 404.
 */
const pageSchema = z.coerce.number().int().min(1).max(100_000);

export function parsePageParam(value: string | string[] | undefined): number {
  if (typeof value !== "string" || !/^\d+$/.test(value)) return 1;
  const parsed = pageSchema.safeParse(value);
  return parsed.success ? parsed.data : 1;
}

/**
 * A free-text filter from a URL (`?q=`): one string, NFC, control characters (a NUL byte
 * would make PostgreSQL refuse the whole query) turned into spaces, trimmed, at most `max`.
 */
export function parseTextParam(value: string | string[] | undefined, max = 100): string {
  if (typeof value !== "string") return "";
  return value.normalize("NFC").replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, max);
}
