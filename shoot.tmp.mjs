import { chromium } from "@playwright/test";
const base = process.env.BASE ?? "http://localhost:3121";
const paths = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of paths) {
    const res = await page.goto(base + p, { waitUntil: "load", timeout: 120000 });
    const name = p.replace(/[^a-z0-9]+/gi, "_") || "home";
    await page.screenshot({ path: `/tmp/unit-shots/${name}-${width}.png`, fullPage: true });
    console.log(width, p, res.status());
  }
  await page.close();
}
await browser.close();
