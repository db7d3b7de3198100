// `npm run lighthouse [-- <origin> [paths…]]`: Lighthouse (mobile) against a RUNNING
// production server (npm start), for the homepage and the reference article by default.
// Prints the four category scores per page and what keeps SEO or accessibility below 100;
// exits 1 when either is below 100. Not part of `npm test`: scores need a quiet machine.
import { spawn } from "node:child_process";
import path from "node:path";

const REFERENCE_PATH = "/bai-viet/doan-kiem-tra-cong-vu-huyen-kiem-tra-cai-cach-hanh-chinh-tai-4-xa-phuong-duc-hong-minh-hoang-long-tri-trung";
const [origin = `http://localhost:${process.env.PORT || 3000}`, ...rest] = process.argv.slice(2);
const paths = rest.length ? rest : ["/", REFERENCE_PATH];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const GATED = ["accessibility", "seo"];

const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" };
const bin = path.join("node_modules", "lighthouse", "cli", "index.js");

function lighthouse(url) {
  return new Promise((resolve, reject) => {
    const args = [
      bin,
      url,
      "--output=json",
      "--quiet",
      `--only-categories=${CATEGORIES.join(",")}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ];
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code} for ${url}`));
      try {
        resolve(JSON.parse(out));
      } catch (error) {
        reject(error);
      }
    });
  });
}

let failed = false;
for (const p of paths) {
  const url = new URL(p, origin).href;
  const report = await lighthouse(url);
  if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.message}`);
  console.log(`\n${url}`);
  for (const id of CATEGORIES) {
    const category = report.categories[id];
    const score = Math.round((category.score ?? 0) * 100);
    console.log(`  ${category.title.padEnd(16)} ${String(score).padStart(3)}`);
    if (GATED.includes(id) && score < 100) {
      failed = true;
      for (const ref of category.auditRefs) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ✗ ${audit.id}: ${audit.title}`);
      }
    }
  }
}
if (failed) {
  console.error("\nSEO and accessibility should both be 100.");
  process.exit(1);
}
