import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * lib/ holds helpers that do not need the database; db/ may use them. Only the session
 * glue of Auth.js in lib/auth (the provider, the page and action guards) reads users and
 * sites, and nothing in db/ may import it back: no import cycle between the two folders.
 */
const root = path.join(import.meta.dirname, "../..");
const SESSION_GLUE = new Set(["lib/auth/auth.ts", "lib/auth/guard.ts", "lib/auth/action.ts"]);

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) return name === "migrations" ? [] : sources(rel);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.ts$|\.d\.m?ts$/.test(name) ? [rel] : [];
  });
}

/** Runtime imports only (`import type` and `import { type X }`-only lines erase at build). */
function imports(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(/^import\s+(?!type\s)([^;]*?)\s+from\s+"([^"]+)";/gms)) {
    const [, bindings, spec] = match;
    if (/^\{[^}]*\}$/s.test(bindings!.trim()) && bindings!.replace(/[{}\s]/g, "").split(",").every((b) => b.startsWith("type"))) continue;
    found.push(spec!);
  }
  for (const match of text.matchAll(/^import\s+"([^"]+)";/gm)) found.push(match[1]!);
  return found.map((spec) => resolve(file, spec)).filter((f): f is string => f !== null);
}

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    try {
      if (statSync(path.join(root, candidate)).isFile()) return candidate;
    } catch {
      // next candidate
    }
  }
  return null;
}

const files = [...sources("lib"), ...sources("db")];
const graph = new Map(files.map((file) => [file, imports(file)]));

describe("lib/ and db/", () => {
  it("lib/ does not import db/, except the session glue", () => {
    const offenders = [...graph].filter(([file]) => file.startsWith("lib/") && !SESSION_GLUE.has(file)).flatMap(([file, deps]) => deps.filter((d) => d.startsWith("db/")).map((d) => `${file} → ${d}`));
    expect(offenders).toEqual([]);
  });

  it("db/ never imports the session glue", () => {
    const offenders = [...graph].filter(([file]) => file.startsWith("db/")).flatMap(([file, deps]) => deps.filter((d) => SESSION_GLUE.has(d)).map((d) => `${file} → ${d}`));
    expect(offenders).toEqual([]);
  });

  it("has no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "open");
      for (const dep of graph.get(file) ?? []) if (graph.has(dep)) visit(dep, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("finds the imports it checks", () => {
    // Guards the parser itself: a file known to import both folders.
    expect(graph.get("lib/auth/guard.ts")).toEqual(expect.arrayContaining(["db/index.ts", "lib/auth/policy.ts"]));
  });
});
