// `npm run lighthouse [-- <origin> [paths…]]`: Lighthouse (mobile) against a RUNNING
// production server (npm start), for the homepage and the reference article by default.
// Prints the four category scores per page and what keeps SEO or accessibility below 100;
// exits 1 when either is below 100. Not part of `npm test`: scores need a quiet machine.
import { CATEGORIES, REFERENCE_PATH, medianLighthouse } from "./lib/lighthouse.mjs";

const [origin = `http://localhost:${process.env.PORT || 3000}`, ...rest] = process.argv.slice(2);
const paths = rest.length ? rest : ["/", REFERENCE_PATH];
const GATED = ["accessibility", "seo"];

let failed = false;
for (const p of paths) {
  const url = new URL(p, origin).href;
  const result = await medianLighthouse(url);
  console.log(`\n${url} (median of ${result.performanceRuns.length} runs; performance ${result.performanceRuns.join(", ")})`);
  for (const id of CATEGORIES) {
    console.log(`  ${result.titles[id].padEnd(16)} ${String(result.scores[id]).padStart(3)}`);
    if (GATED.includes(id) && result.scores[id] < 100) {
      failed = true;
      for (const audit of result.failing[id]) console.log(`    ✗ ${audit.id}: ${audit.title}`);
    }
  }
}
if (failed) {
  console.error("\nSEO and accessibility should both be 100.");
  process.exit(1);
}
