// Times db/search.ts alone on a bench database: the 100 distinct queries of the bench's
// manifest, one at a time, as the search page asks them (the first page of 10 results).
// Run: DATABASE_URL=… node --conditions=react-server --import tsx scripts/bench/search-timing.ts manifest.json
import { readFileSync } from "node:fs";
import { openDatabase } from "../../db/client";
import { searchArticles } from "../../db/search";
import { sites } from "../../db/schema";

const manifest = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as { searchQueries: string[] };
const handle = await openDatabase();
const [site] = await handle.db.select({ id: sites.id }).from(sites).orderBy(sites.id).limit(1);
const times: Array<{ query: string; ms: number; total: number }> = [];
for (const query of manifest.searchQueries) {
  const started = performance.now();
  const result = await searchArticles(handle.db, { query, siteIds: [site!.id], limit: 10 });
  times.push({ query, ms: performance.now() - started, total: result.total });
}
const sorted = [...times].sort((a, b) => a.ms - b.ms);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
console.log(`p50 ${at(50).ms.toFixed(1)} ms, p95 ${at(95).ms.toFixed(1)} ms, max ${at(100).ms.toFixed(1)} ms`);
for (const t of sorted.slice(-8)) console.log(`${t.ms.toFixed(1)} ms  ${t.total} matches  ${t.query}`);
await handle.close();
