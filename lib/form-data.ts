/**
 * Forms with repeatable rows name their inputs by index ("options.0",
 * "weatherCities.1.latitude"), because `Object.fromEntries(formData)` keeps only one
 * value per name. This turns such flat entries back into nested objects and arrays,
 * so one zod schema validates the whole form and its issue paths name the exact input.
 */
export function unflattenForm(entries: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(entries)) {
    if (name.startsWith("$ACTION")) continue; // React's own hidden inputs
    const keys = name.split(".");
    let node: Record<string, unknown> = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        node[key] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(keys[i + 1]!);
      node[key] ??= nextIsIndex ? [] : {};
      node = node[key] as Record<string, unknown>;
    });
  }
  // Rows removed in the browser leave no holes, but a crafted request might.
  const compact = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
    if (value && typeof value === "object" && !(value instanceof Blob)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
    }
    return value;
  };
  return compact(root) as Record<string, unknown>;
}
