// Times db/search.ts alone on a bench database: the distinct queries of the bench's
// manifest, one at a time, as the search page asks them (the first page of 10 results),
// after the same warm-up queries as the page's. `npm run bench` runs it after timing the
// page on the same queries (`--except=<the repeated query>`, `--json`: one line of JSON).
// Run: DATABASE_URL=… node --conditions=react-server --import tsx scripts/bench/search-timing.ts manifest.json
import { readFileSync } from "node:fs";
import { openDatabase } from "../../db/client";
import { searchArticles } from "../../db/search";
import { sites } from "../../db/schema";

const [manifestFile, ...options] = process.argv.slice(2);
const except = options.find((o) => o.startsWith("--except="))?.slice("--except=".length);
const json = options.includes("--json");
const manifest = JSON.parse(readFileSync(manifestFile!, "utf8")) as { searchQueries: string[]; searchWarmUp: string[] };
const handle = await openDatabase();
const [site] = await handle.db.select({ id: sites.id }).from(sites).orderBy(sites.id).limit(1);
const search = (query: string) => searchArticles(handle.db, { query, siteIds: [site!.id], limit: 10 });
for (const query of manifest.searchWarmUp) await search(query);
const times: Array<{ query: string; ms: number; total: number }> = [];
for (const query of manifest.searchQueries.filter((q) => q !== except)) {
  const started = performance.now();
  const result = await search(query);
  times.push({ query, ms: performance.now() - started, total: result.total });
}
await handle.close();
const sorted = [...times].sort((a, b) => a.ms - b.ms);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
if (json) {
  console.log(JSON.stringify({ count: sorted.length, p50: at(50).ms, p95: at(95).ms, max: at(100).ms, slowest: at(100).query }));
} else {
  console.log(`p50 ${at(50).ms.toFixed(1)} ms, p95 ${at(95).ms.toFixed(1)} ms, max ${at(100).ms.toFixed(1)} ms`);
  for (const t of sorted.slice(-8)) console.log(`${t.ms.toFixed(1)} ms  ${t.total} matches  ${t.query}`);
}
