import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Drizzle's migrator applies a migration only when its journal time (`when`) is later than
 * the last one the database has applied: a migration merged from a branch with an earlier
 * time would be skipped on every database that already has the later ones. So the times
 * must grow with the numbers, and every SQL file must be in the journal once.
 */
const dir = path.join(import.meta.dirname, "../../db/migrations");
const journal = JSON.parse(readFileSync(path.join(dir, "meta/_journal.json"), "utf8")) as { entries: { idx: number; when: number; tag: string }[] };

describe("the migrations journal", () => {
  it("numbers the migrations in order, with times that only grow", () => {
    journal.entries.forEach((entry, i) => {
      expect(entry.idx).toBe(i);
      expect(entry.tag.startsWith(String(i).padStart(4, "0") + "_")).toBe(true);
      if (i > 0) expect(entry.when, `${entry.tag} is dated before ${journal.entries[i - 1]!.tag}`).toBeGreaterThan(journal.entries[i - 1]!.when);
    });
  });

  it("lists every SQL file, and nothing else", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".sql")).map((f) => f.replace(/\.sql$/, "")).sort();
    expect(journal.entries.map((e) => e.tag).sort()).toEqual(files);
  });

  it("chains the snapshots: each names the one before it", () => {
    const snapshots = journal.entries.map((e) => JSON.parse(readFileSync(path.join(dir, "meta", `${e.tag.slice(0, 4)}_snapshot.json`), "utf8")) as { id: string; prevId: string });
    for (let i = 1; i < snapshots.length; i++) expect(snapshots[i]!.prevId, journal.entries[i]!.tag).toBe(snapshots[i - 1]!.id);
  });
});
