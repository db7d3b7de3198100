// The demo content, as a new user's `npm start` serves it: a fresh database seeded by the
// server itself. Every site's homepage as a browser gets it (compressed bytes, judged
// against the homepage target), and Lighthouse on the default site's homepage and
// reference article: the pages a real portal of this size shows.
import path from "node:path";
import postgres from "postgres";
import { medianLighthouse, REFERENCE_PATH, waitForQuiet } from "../lib/lighthouse.mjs";
import { compressedPage } from "./ceilings.mjs";
import { URLS } from "./config.mjs";
import { dropDatabase, recreateDatabase } from "./database.mjs";
import { timeRequest } from "./latency.mjs";
import { startPortal } from "./server.mjs";

async function siteSlugs(databaseUrl) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return (await sql`select slug from sites order by id`).map((row) => row.slug);
  } finally {
    await sql.end();
  }
}

/**
 * `serverUrl` and `name`: where to make the demo database (dropped afterwards); `env`: the
 * server's other settings. Sites are reached as `<slug>.localhost` (SITE_URL's host), the
 * default site at `localhost` itself.
 */
export async function measureDemo({ serverUrl, name, port, env, workDir, lighthouse = true }) {
  const databaseUrl = await recreateDatabase(serverUrl, name);
  const origin = `http://localhost:${port}`;
  const server = await startPortal({
    port,
    env: { ...env, DATABASE_URL: databaseUrl, DATA_DIR: path.join(workDir, "demo-data"), SITE_URL: origin },
    logFile: path.join(workDir, "demo-server.log"),
    readyPath: URLS.health,
  });
  try {
    const homes = [];
    for (const slug of await siteSlugs(databaseUrl)) {
      const host = `${slug}.localhost:${port}`;
      // The first request renders and stores the page; its compressed bytes are made just after.
      await compressedPage(server.origin, URLS.home, host);
      await new Promise((r) => setTimeout(r, 500));
      const page = await compressedPage(server.origin, URLS.home, host);
      homes.push({ slug, bytes: page.body.length, encoding: page.encoding });
    }
    const scores = {};
    let lighthouseLoad;
    if (lighthouse) {
      lighthouseLoad = await waitForQuiet();
      for (const [label, p] of Object.entries({ "home (demo content)": URLS.home, "article (demo content)": REFERENCE_PATH })) {
        await timeRequest(server.origin, p); // cached, as a reader after the first one finds it
        scores[label] = await medianLighthouse(origin + p);
      }
    }
    return { homes, lighthouse: scores, lighthouseLoad };
  } finally {
    await server.stop();
    await dropDatabase(serverUrl, name);
  }
}
