// `npm run reliability:shutdown`: SIGTERM while requests are in flight and views are
// buffered → every accepted request completes, and after exit the database holds every
// counted view. Runs on PGlite and on a private PostgreSQL (see support.mjs).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { actionId, Client, callAction, PrivatePostgres, requireBuild, sleep, startServer, withDatabase } from "./support.mjs";

const PORT = Number(process.env.RELIABILITY_PORT || 3551);
// Views counted before the signal; more are in flight when it comes.
const VIEWS = 200;

/** Starts a server, counts views while sending SIGTERM halfway, checks the totals. */
async function run(label, database, env) {
  const server = await startServer({ port: PORT, env, label });
  await server.ready();
  const home = await (await fetch(`${server.origin}/`)).text();
  const slug = home.match(/href="\/bai-viet\/([^"/?#]+)"/)?.[1];
  const page = await (await fetch(`${server.origin}/bai-viet/${slug}`)).text();
  const articleId = Number(page.match(/articleId\\?":(\d+)/)?.[1]);
  if (!slug || !articleId) throw new Error("no article found on the homepage");
  const viewId = actionId("recordView");

  // Graceful stop and a fresh start, so "before" is read from the database directly.
  await server.stop("SIGTERM");
  const readCount = () => withDatabase(database, async (q) => Number((await q("select coalesce((select views from article_view_counts where article_id = $1), 0) as views", [articleId]))[0].views));
  const before = await readCount();
  const again = await startServer({ port: PORT, env, label });
  await again.ready();

  // 30 readers loop (a view, and now and then a full page) until the server stops
  // listening; SIGTERM comes once views are buffered and requests are in flight.
  const results = { counted: 0, refused: 0, failed: 0, pagesOk: 0 };
  let stopped = false;
  const reader = async (n) => {
    for (let i = 0; !stopped; i++) {
      try {
        if (i % 5 === n % 5) {
          const res = await fetch(`${again.origin}/bai-viet/${slug}`);
          await res.text();
          if (res.status === 200) results.pagesOk++;
          else results.failed++;
        }
        const res = await callAction(new Client(again.origin), `/bai-viet/${slug}`, viewId, { args: [articleId] });
        const text = await res.text();
        if (res.status === 200 && /^1:\d+/m.test(text)) results.counted++;
        else results.failed++;
      } catch {
        // Refused or reset: only acceptable once the server stopped listening.
        if (signalled) {
          results.refused++;
          stopped = true;
        } else results.failed++;
      }
    }
  };
  let signalled = false;
  const readers = Promise.all(Array.from({ length: 30 }, (_, n) => reader(n)));
  while (results.counted < VIEWS) await sleep(20);
  signalled = true;
  const countedAtSignal = results.counted;
  again.child.kill("SIGTERM");
  await readers;
  const exit = await again.exited;
  const after = await readCount();
  const output = again.output();
  const ok = results.failed === 0 && after - before === results.counted && output.includes("[shutdown] views written");
  console.log(
    `${label}: ${results.counted} views answered (${countedAtSignal} before SIGTERM), ${results.pagesOk} pages answered, ${results.refused} refused after SIGTERM, ${results.failed} failed; ` +
      `database +${after - before} (expected +${results.counted}); exit ${exit.code ?? exit.signal} → ${ok ? "OK" : "FAIL"}`,
  );
  if (!ok) console.log(output.slice(-2000));
  return ok;
}

requireBuild();
const pg = new PrivatePostgres();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-reliability-shutdown-"));
let ok = true;
try {
  const url = await pg.init();
  ok = (await run("PostgreSQL", { url }, { DATABASE_URL: url, DATA_DIR: dataDir })) && ok;
  const pgliteDir = path.join(dataDir, "pglite");
  ok = (await run("PGlite", { pgliteDir }, { DATA_DIR: dataDir })) && ok;
} finally {
  await pg.destroy();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
process.exit();
