import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Three folders, one direction. lib/ holds what needs no database, so it imports nothing
 * from db/ or auth/, not even a type: a read model that lib/ takes is declared in lib/
 * and db/ uses it from there. db/ may use lib/. auth/ (the Auth.js session glue: the
 * provider and the page and action guards) reads users and sites through db/, and db/
 * never imports it back. No runtime import cycle among the three.
 */
const root = path.join(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) return name === "migrations" ? [] : sources(rel);
    return /\.(ts|tsx|mts|mjs)$/.test(name) ? [rel] : [];
  });
}

/** "type": erased at build; "lazy": `import()`, run when called, not when the module loads. */
type Import = { file: string; kind: "static" | "type" | "lazy" };

/** Every import of a source text that names a file of the project, resolved to that file. */
function importsOf(text: string, from: string): Import[] {
  const found: { spec: string; kind: Import["kind"] }[] = [];
  for (const match of text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+"([^"]+)";/gms)) {
    const [, keyword, typeKeyword, bindings, spec] = match;
    if (keyword === "export" && !/^(\{[^}]*\}|\*(\s+as\s+\w+)?)$/s.test(bindings!.trim())) continue;
    const names = /^\{[^}]*\}$/s.test(bindings!.trim()) ? bindings!.replace(/[{}\s]/g, "").split(",").filter(Boolean) : null;
    const typeOnly = Boolean(typeKeyword) || (names !== null && names.length > 0 && names.every((b) => b.startsWith("type")));
    found.push({ spec: spec!, kind: typeOnly ? "type" : "static" });
  }
  for (const match of text.matchAll(/^import\s+"([^"]+)";/gm)) found.push({ spec: match[1]!, kind: "static" });
  for (const match of text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)) found.push({ spec: match[1]!, kind: "lazy" });
  return found.flatMap(({ spec, kind }) => {
    const file = resolve(from, spec);
    return file === null ? [] : [{ file, kind }];
  });
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

const files = [...sources("lib"), ...sources("db"), ...sources("auth")];
const graph = new Map(files.map((file) => [file, importsOf(readFileSync(path.join(root, file), "utf8"), file)]));

/** `a → b` for every import (types and `import()` included) of a file under `from` into `into`. */
function crossings(from: string, into: string[]): string[] {
  return [...graph]
    .filter(([file]) => file.startsWith(from))
    .flatMap(([file, deps]) => deps.filter((d) => into.some((folder) => d.file.startsWith(folder))).map((d) => `${file} → ${d.file}${d.kind === "static" ? "" : ` (${d.kind})`}`));
}

describe("lib/, db/ and auth/", () => {
  it("lib/ imports nothing from db/ or auth/, not even types", () => {
    expect(crossings("lib/", ["db/", "auth/"])).toEqual([]);
  });

  it("db/ never imports auth/", () => {
    expect(crossings("db/", ["auth/"])).toEqual([]);
  });

  it("has no import cycle", () => {
    // Only static imports run when a module loads: a type is erased, an import() waits for its call.
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "open");
      for (const dep of graph.get(file) ?? []) if (dep.kind === "static" && graph.has(dep.file)) visit(dep.file, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("finds the imports it checks", () => {
    // Guards the parser itself, on files known to import across the folders...
    expect(graph.get("auth/guard.ts")).toEqual(expect.arrayContaining([{ file: "db/index.ts", kind: "static" }, { file: "lib/auth/policy.ts", kind: "static" }]));
    expect(graph.get("db/articles.ts")).toEqual(expect.arrayContaining([{ file: "lib/articles.ts", kind: "type" }]));
    // ...and on each way of writing an import, all of which the lib/ rule must see.
    const sample = [
      'import type { ArticleCard } from "@/db/articles";',
      'import { type SiteSettings } from "../db/settings";',
      'import {\n  getDb,\n} from "@/db/index";',
      'export { adminAction } from "@/auth/action";',
      'import "@/db/schema";',
      'const later = () => import("@/auth/guard");',
    ].join("\n");
    expect(importsOf(sample, "lib/sample.ts")).toEqual([
      { file: "db/articles.ts", kind: "type" },
      { file: "db/settings.ts", kind: "type" },
      { file: "db/index.ts", kind: "static" },
      { file: "auth/action.ts", kind: "static" },
      { file: "db/schema.ts", kind: "static" },
      { file: "auth/guard.ts", kind: "lazy" },
    ]);
  });
});
