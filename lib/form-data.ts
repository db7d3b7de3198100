import { z } from "zod";

/**
 * Names that would reach an object's prototype rather than a field of it. A browser never
 * sends them (no form of the admin names an input so); a crafted request does, to write
 * to Object.prototype of the server process.
 */
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);

export const UNSAFE_FIELD_NAME_MESSAGE = "Biểu mẫu có tên trường không hợp lệ nên không được lưu. Vui lòng tải lại trang và thử lại.";

/** A field name no form of the portal sends; the whole submission is refused. */
export class UnsafeFieldNameError extends Error {
  constructor(readonly fieldName: string) {
    super(UNSAFE_FIELD_NAME_MESSAGE);
  }
}

/** Row indexes a form can have (polls have 10 options, settings 6 cities): a huge one would make a huge array. */
const MAX_INDEX = 999;

type Node = Record<string, unknown>;
const emptyNode = (): Node => Object.create(null) as Node;

/**
 * Forms with repeatable rows name their inputs by index ("options.0",
 * "weatherCities.1.latitude"), because `Object.fromEntries(formData)` keeps only one
 * value per name. This turns such flat entries back into nested objects and arrays,
 * so one zod schema validates the whole form and its issue paths name the exact input.
 * Every object it builds has no prototype, and a name with a prototype segment (or a
 * row index past MAX_INDEX, or a field name on a list) is refused
 * (UnsafeFieldNameError) before anything is written.
 */
export function unflattenForm(entries: Record<string, unknown>): Record<string, unknown> {
  const root = emptyNode();
  for (const [name, value] of Object.entries(entries)) {
    if (name.startsWith("$ACTION")) continue; // React's own hidden inputs
    const keys = name.split(".");
    if (keys.some((key) => FORBIDDEN_SEGMENTS.has(key))) throw new UnsafeFieldNameError(name);
    let node: Node = root;
    keys.forEach((key, i) => {
      if (Array.isArray(node) && !(/^\d{1,3}$/.test(key) && Number(key) <= MAX_INDEX)) throw new UnsafeFieldNameError(name);
      if (i === keys.length - 1) {
        node[key] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(keys[i + 1]!);
      const child = Object.hasOwn(node, key) ? node[key] : undefined;
      // A name used both as a value and as a row ("options" and "options.0"): the row wins.
      node[key] = child !== null && typeof child === "object" ? child : nextIsIndex ? [] : emptyNode();
      node = node[key] as Node;
    });
  }
  // Rows removed in the browser leave no holes, but a crafted request might.
  const compact = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
    if (value && typeof value === "object" && !(value instanceof Blob)) {
      const copy = emptyNode();
      for (const [k, v] of Object.entries(value)) copy[k] = compact(v);
      return copy;
    }
    return value;
  };
  return compact(root) as Record<string, unknown>;
}

/**
 * The schema of a form with nested names: the entries are unflattened first (and
 * `complete` may fill what an empty form leaves out), then `schema` validates. A refused
 * name becomes a validation issue, so the action answers with a message and changes nothing.
 */
export function nestedForm<S extends z.ZodType>(schema: S, complete: (form: Record<string, unknown>) => Record<string, unknown> = (form) => form) {
  return z.preprocess((raw, ctx) => {
    try {
      return complete(unflattenForm(raw as Record<string, unknown>));
    } catch (error) {
      if (!(error instanceof UnsafeFieldNameError)) throw error;
      ctx.addIssue({ code: "custom", message: error.message, input: error.fieldName });
      return z.NEVER;
    }
  }, schema);
}
