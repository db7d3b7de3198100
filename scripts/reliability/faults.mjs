// `npm run reliability:faults`: what the portal does when things break under it.
//  1. PostgreSQL restarted while readers browse: errors only while it is down, a friendly
//     Vietnamese page (no stack trace), /api/health 503, recovery without an app restart.
//  2. kill -9 of the server in the middle of article saves and poll votes, on PostgreSQL
//     and on PGlite: after a restart every transaction is all there or not at all, every
//     acknowledged write is there, and the PGlite folder opens.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  actionId,
  actionRedirect,
  callAction,
  Client,
  PrivatePostgres,
  requireBuild,
  signIn,
  sleep,
  startServer,
  withDatabase,
} from "./support.mjs";

const PORT = Number(process.env.RELIABILITY_PORT || 3552);
const KILL_ROUNDS = Number(process.env.KILL_ROUNDS || 8);
const ADMIN = { ADMIN_EMAIL: "admin@reliability.test", ADMIN_PASSWORD: "Song-Da-chay-ve-xuoi-2026" };
const report = [];
const check = (name, ok, detail) => {
  report.push({ name, ok, detail });
  console.log(`${ok ? "OK  " : "FAIL"} ${name}: ${detail}`);
};

// ---------------------------------------------------------------- 1. PostgreSQL restart

/** What a failed page may show: no error text, stack or query (the digest is fine). */
const leaksError = (html) => /\n\s+at \S+ \(|Error: |Failed query|ECONNREFUSED|terminating connection|select "/i.test(html);

/**
 * What a reader with a browser sees on a page that failed: the server's 500 document is
 * an empty shell and the client renders the error boundary, so this needs a browser.
 */
async function renderedInBrowser(url) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    const res = await page.goto(url, { waitUntil: "load" });
    await page.getByText("Hệ thống đang bận").waitFor({ timeout: 15_000 }).catch(() => {});
    return { status: res?.status(), text: (await page.locator("main").last().innerText()).replace(/\s+/g, " ").slice(0, 200) };
  } finally {
    await browser.close();
  }
}

async function postgresRestart(pg, url) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-reliability-restart-"));
  // With the admin account of the kill test below: the first start creates it.
  const server = await startServer({ port: PORT, env: { DATABASE_URL: url, DATA_DIR: dataDir, ...ADMIN }, label: "restart" });
  try {
    await server.ready();
    const slugs = await withDatabase({ url }, (q) => q("select slug from articles where status = 'published' order by published_at desc limit 20"));
    const categories = await withDatabase({ url }, (q) => q("select slug from categories"));
    // Uncached pages too (search, an unknown article id range), so the outage is felt.
    const paths = ["/", ...categories.map((c) => `/chuyen-muc/${c.slug}`), ...slugs.map((s) => `/bai-viet/${s.slug}`), "/tim-kiem?q=cai+cach", "/api/health"];

    let phase = "before";
    const stats = { before: { ok: 0, err: 0 }, down: { ok: 0, err: 0 }, after: { ok: 0, err: 0 } };
    const errors = { before: [], down: [], after: [] };
    const leaks = [];
    let stop = false;
    const reader = async (n) => {
      for (let i = n; !stop; i++) {
        const p = paths[i % paths.length];
        let started = phase;
        try {
          const res = await fetch(`${server.origin}${p}`, { signal: AbortSignal.timeout(20_000) });
          const body = await res.text();
          // A request still running when PostgreSQL went down belongs to the outage.
          if (started === "before" && phase !== "before") started = "down";
          if (leaksError(body)) leaks.push(`${res.status} ${p}`);
          // A page that answered 200 but streamed the error boundary is an error too.
          if (res.status >= 500 || body.includes("Hệ thống đang bận")) {
            stats[started].err++;
            errors[started].push(`${res.status} ${p}`);
          } else stats[started].ok++;
        } catch (error) {
          if (started === "before" && phase !== "before") started = "down";
          stats[started].err++;
          errors[started].push(`${error.message} ${p}`);
        }
      }
    };
    // The load balancer's view: /api/health every 200 ms.
    const health = { down: 0, okWhileDown: 0, firstOkAfterRestart: undefined };
    let restartedAt;
    const healthPoller = async () => {
      while (!stop) {
        const res = await fetch(`${server.origin}/api/health`, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
        if (res?.status === 503) health.down++;
        if (res?.status === 200 && phase === "down" && restartedAt === undefined) health.okWhileDown++;
        if (res?.status === 200 && restartedAt !== undefined) health.firstOkAfterRestart ??= Date.now() - restartedAt;
        await sleep(200);
      }
    };
    const readers = Promise.all([...Array.from({ length: 20 }, (_, n) => reader(n)), healthPoller()]);
    await sleep(8000);
    phase = "down";
    const downAt = Date.now();
    const logBefore = server.output();
    await pg.stop("fast");
    const [browser] = await Promise.all([renderedInBrowser(`${server.origin}/tim-kiem?q=mat+dien`), sleep(5000)]);
    await pg.start();
    restartedAt = Date.now();
    const downMs = restartedAt - downAt;
    // Give the pool a moment to notice, then count everything from here on as "after".
    await sleep(2000);
    phase = "after";
    await sleep(10_000);
    stop = true;
    await readers;

    const summary = (list) => [...new Set(list)].slice(0, 3).join(", ");
    check("PostgreSQL restart: no errors before the outage", stats.before.err === 0, `${stats.before.ok} ok, ${stats.before.err} errors ${summary(errors.before)}`);
    if (stats.before.err) console.log(logBefore.split("\n").filter((l) => /⨯|Error/.test(l)).slice(0, 10).join("\n"));
    check("PostgreSQL restart: no error text, stack or query in any response", leaks.length === 0, `${leaks.length} leaking responses ${summary(leaks)}`);
    check("PostgreSQL restart: a reader's browser shows the Vietnamese error page", browser.text.includes("Hệ thống đang bận"), `HTTP ${browser.status}, page text "${browser.text}"`);
    check("PostgreSQL restart: /api/health 503 while down", health.down > 0 && health.okWhileDown === 0, `${health.down} health checks answered 503, ${health.okWhileDown} answered 200 while down`);
    check(
      "PostgreSQL restart: full recovery without an app restart",
      stats.after.err === 0 && stats.after.ok > 0 && health.firstOkAfterRestart !== undefined,
      `down ${downMs} ms: ${stats.down.ok} ok (cached pages), ${stats.down.err} errors while down or within 2 s; then ${stats.after.ok} ok, ${stats.after.err} errors in 10 s ${summary(errors.after)}; health 200 again ${health.firstOkAfterRestart} ms after PostgreSQL was back`,
    );
  } finally {
    await server.stop("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 2. kill -9 mid-write

/**
 * Rounds of: saves of one article and a burst of votes in flight, kill -9 at a random
 * moment, restart on the same database, check the invariants.
 */
async function killMidWrite(label, database, env, { killWindow, bodyKb }) {
  const server0 = await startServer({ port: PORT, env: { ...env, ...ADMIN }, label });
  await server0.ready();
  const editor = new Client(server0.origin);
  await signIn(editor, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  const [category] = await (async () => {
    // On PGlite the folder is the server's: read what we need over HTTP instead.
    const page = await (await editor.fetch("/admin/bai-viet/moi")).text();
    const id = page.match(/<option value="(\d+)"/)?.[1];
    return [Number(id)];
  })();
  const created = await callAction(editor, "/admin/bai-viet/moi", actionId("createArticleAction"), {
    form: { title: `Bài thử ngắt điện ${label}`, summary: "Kiểm tra độ bền", body: "<p>Nội dung ban đầu</p>", byline: "Kiểm thử", categoryId: category },
  });
  const articleId = Number(actionRedirect(created)?.match(/bai-viet\/(\d+)/)?.[1]);
  if (!articleId) throw new Error(`could not create the test article (${created.status})`);
  const home = await (await fetch(`${server0.origin}/`)).text();
  const pollId = Number(home.match(/name="pollId" value="(\d+)"/)?.[1] ?? home.match(/\/binh-chon\/(\d+)/)?.[1]);
  const pollPage = await (await fetch(`${server0.origin}/binh-chon/${pollId}`)).text();
  const optionIds = [...pollPage.matchAll(/name="optionId"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="optionId"/g)].map((m) => Number(m[1] ?? m[2]));
  if (!pollId || optionIds.length === 0) throw new Error("no open poll found");
  await server0.stop("SIGTERM");

  const acknowledged = { saves: [], votes: 0 };
  let violations = 0;
  let opens = 0;
  let committed = { saves: 0, votes: 0 };
  for (let round = 0; round < KILL_ROUNDS; round++) {
    const server = await startServer({ port: PORT, env: { ...env, ...ADMIN }, label: `${label}#${round}` });
    await server.ready();
    opens++;
    const client = new Client(server.origin);
    await signIn(client, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    // Two editors' saves and five voters, each writing again as soon as answered,
    // until the kill at a random moment.
    let killed = false;
    const saver = async (w) => {
      for (let k = 0; !killed; k++) {
        const title = `Bài thử ngắt điện ${label} vòng ${round} người ${w} lần ${k}`;
        // A large body makes the transaction long enough to be cut.
        const body = `<p>${"Nội dung dài để lưu lâu hơn. ".repeat(bodyKb * 32)} ${round}-${w}-${k}</p>`;
        const res = await callAction(client, `/admin/bai-viet/${articleId}`, actionId("saveArticleAction"), {
          form: { id: articleId, title, summary: `vòng ${round}`, body, byline: "Kiểm thử", categoryId: category, intent: "save" },
        });
        const text = await res.text();
        if (res.status === 200 && text.includes("Đã lưu")) acknowledged.saves.push(title);
      }
    };
    const voter = async () => {
      while (!killed) {
        const res = await callAction(new Client(server.origin), `/binh-chon/${pollId}`, actionId("vote"), { form: { pollId, optionId: optionIds[Math.floor(Math.random() * optionIds.length)] } });
        if ((await res.text()).includes('"counted"')) acknowledged.votes++;
      }
    };
    const writes = [saver(0), saver(1), ...Array.from({ length: 5 }, voter)].map((p) => p.catch(() => {}));
    await sleep(killWindow[0] + Math.random() * (killWindow[1] - killWindow[0]));
    killed = true;
    server.child.kill("SIGKILL");
    await server.exited;
    await Promise.all(writes);

    // Invariants, read with the server down (PGlite allows one process at a time).
    const problems = await withDatabase(database, async (q) => {
      const found = [];
      const [article] = await q("select title, body from articles where id = $1", [articleId]);
      const revisions = await q("select title, body from article_revisions where article_id = $1", [articleId]);
      const audits = await q("select summary from audit_log where entity_type = 'article' and entity_id = $1 and action = 'article.update'", [String(articleId)]);
      const latestSave = revisions.filter((r) => r.title.includes("lần")).length;
      if (!revisions.some((r) => r.title === article.title && r.body === article.body)) found.push("article row matches no revision");
      if (latestSave !== audits.length) found.push(`${latestSave} saved revisions but ${audits.length} audit rows`);
      for (const title of acknowledged.saves) if (!revisions.some((r) => r.title === title)) found.push(`acknowledged save lost: ${title}`);
      const options = await q("select o.id, o.vote_count, (select count(*)::int from poll_votes v where v.option_id = o.id) as votes from poll_options o where o.poll_id = $1", [pollId]);
      for (const o of options) if (Number(o.vote_count) !== Number(o.votes)) found.push(`option ${o.id}: vote_count ${o.vote_count} ≠ ${o.votes} votes`);
      const total = options.reduce((sum, o) => sum + Number(o.votes), 0);
      if (total < acknowledged.votes) found.push(`${acknowledged.votes} votes acknowledged, ${total} stored`);
      committed = { saves: latestSave, votes: total };
      return found;
    });
    if (problems.length) console.log(`  round ${round}: ${problems.join("; ")}`);
    violations += problems.length;
  }
  // The folder (or database) still opens and serves after the last kill.
  const last = await startServer({ port: PORT, env: { ...env, ...ADMIN }, label: `${label}-final` });
  let healthy = true;
  try {
    await last.ready(60_000);
  } catch {
    healthy = false;
  }
  await last.stop("SIGTERM");
  check(
    `kill -9 mid-save and mid-vote (${label})`,
    violations === 0 && healthy,
    `${KILL_ROUNDS} kills, ${acknowledged.saves.length} saves and ${acknowledged.votes} votes acknowledged before the kills (${committed.saves} saves and ${committed.votes} votes committed in all), ${violations} invariant violations, restarts ${opens + 1}/${KILL_ROUNDS + 1} healthy${healthy ? "" : " (LAST START FAILED)"}`,
  );
}

// ---------------------------------------------------------------- main

requireBuild();
const only = process.argv[2]; // "restart" or "kill" to run one part
const pg = new PrivatePostgres();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-reliability-faults-"));
try {
  const url = await pg.init();
  if (only !== "kill") await postgresRestart(pg, url);
  if (only !== "restart") await killMidWrite("PostgreSQL", { url }, { DATABASE_URL: url, DATA_DIR: dataDir, POLL_VOTES_PER_IP_PER_HOUR: "1000000" }, { killWindow: [300, 2800], bodyKb: 120 });
  const pgliteDir = path.join(dataDir, "pglite");
  if (only !== "restart") await killMidWrite("PGlite", { pgliteDir }, { DATA_DIR: dataDir, POLL_VOTES_PER_IP_PER_HOUR: "1000000" }, { killWindow: [1500, 6000], bodyKb: 10 });
  // (PGlite, in WebAssembly, writes slower: smaller articles, later kills, to land among the writes.)
} finally {
  await pg.destroy();
  rmSync(dataDir, { recursive: true, force: true });
}
const failed = report.filter((r) => !r.ok).length;
console.log(failed ? `\n${failed} check(s) failed` : "\nAll fault checks passed");
process.exitCode = failed ? 1 : 0;
process.exit();
