// `npm run bench:cluster` (issue "Scale-out"): the topology of `npm run cluster` measured
// on this machine, in one run:
//   - the two ceilings of `npm run bench` (bare node:http and nginx gzip_static serving the
//     article's bytes);
//   - cached pages through Varnish (the edge), through HAProxy with three instances, through
//     HAProxy with one instance (the other two stopped and taken out by its health checks),
//     and from one instance directly (what the balancer costs);
//   - publish → visible: an editor publishes through instance 1, and the article must be on
//     the very next request through the edge, the balancer and every instance.
// Demo content on a fresh PostgreSQL database (portal_bench_cluster), its own Redis. Rewrites
// the "bench-cluster" block of BENCHMARKS.md. On a 2-core machine the load generator, three
// instances, HAProxy and Varnish share the cores: this shows correctness and overhead, not
// scaling.
import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startCluster } from "../cluster.mjs";
import { launchChromium, publish, signedIn } from "../lib/cluster-editor.mjs";
import { compressedPage, startBareNode, startNginx } from "./ceilings.mjs";
import { DATABASE, LOAD, URLS } from "./config.mjs";
import { dropDatabase, serverVersion, recreateDatabase } from "./database.mjs";
import { timeRequest } from "./latency.mjs";
import { warmAndLoad } from "./load.mjs";
import { loadCell, markdownTable, printTable, writeGeneratedBlock } from "./report.mjs";

const BASE = Number(process.env.CLUSTER_BENCH_PORT) || 3420;
const PORTS = { bareNode: BASE + 10, nginx: BASE + 11, redis: BASE + 20 };
const ADMIN = { email: "admin@cluster.example.vn", password: "Ba-may-chu-mot-cong-2026" };
const DATABASE_NAME = "portal_bench_cluster";
const step = (message) => console.log(`[bench:cluster] ${message}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function startRedis() {
  const child = spawn("redis-server", ["--port", String(PORTS.redis), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  return new Promise((resolve) => setTimeout(() => resolve(child), 300));
}

const cleanups = [];
try {
  const work = await mkdtemp(path.join(os.tmpdir(), "portal-bench-cluster-"));
  await chmod(work, 0o755); // nginx's workers run as another user and must read the page
  cleanups.push(() => rm(work, { recursive: true, force: true }));
  const redis = await startRedis();
  cleanups.push(() => redis.kill("SIGKILL"));
  const databaseUrl = await recreateDatabase(DATABASE.serverUrl, DATABASE_NAME);
  if (!process.env.BENCH_KEEP_DB) cleanups.push(() => dropDatabase(DATABASE.serverUrl, DATABASE_NAME));
  process.env.ADMIN_EMAIL = ADMIN.email;
  process.env.ADMIN_PASSWORD = ADMIN.password;
  process.env.WEATHER_API_URL = "http://127.0.0.1:9/v1/forecast"; // unreachable at once
  process.env.CLUSTER_QUIET = "1";
  step("starting three instances, HAProxy and Varnish");
  const cluster = await startCluster({ base: BASE, databaseUrl, redisUrl: `redis://127.0.0.1:${PORTS.redis}/0` });
  cleanups.push(() => cluster.stop());
  const edge = `http://127.0.0.1:${cluster.ports.edge}`;
  const balancer = `http://127.0.0.1:${cluster.ports.balancer}`;
  const instance = (i) => `http://127.0.0.1:${cluster.ports.instances[i]}`;

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [article] = await sql`select slug from articles where site_id = (select id from sites where slug = 'hung-ha') and status = 'published' order by published_at desc limit 1`;
  const [category] = await sql`select c.slug from categories c join articles a on a.category_id = c.id where c.site_id = (select id from sites where slug = 'hung-ha') and a.status = 'published' group by c.slug order by count(*) desc limit 1`;
  await sql.end();
  const pages = { home: URLS.home, category: URLS.category(category.slug), article: URLS.article(article.slug) };
  // Every instance renders and stores each page once, and the edge holds it, before timing.
  for (const p of Object.values(pages)) for (const origin of [instance(0), instance(1), instance(2), edge, edge]) await timeRequest(origin, p);
  await sleep(1000); // encoded just after the render

  const articleBytes = await compressedPage(instance(0), pages.article);
  const bareNode = await startBareNode({ port: PORTS.bareNode, body: articleBytes.body, headers: ["content-type", "text/html; charset=utf-8", "content-encoding", articleBytes.encoding, "vary", "Accept-Encoding"] });
  cleanups.push(() => bareNode.close());
  const nginx = await startNginx({ port: PORTS.nginx, dir: path.join(work, "nginx"), html: (await timeRequest(instance(0), pages.article)).body });
  if (nginx) cleanups.push(() => nginx.close());
  else step("nginx not found: its ceiling is left out");

  const runs = {};
  step("ceilings");
  runs.bareNode = await warmAndLoad(bareNode.origin, "/", { compressed: true });
  if (nginx) runs.nginx = await warmAndLoad(nginx.origin, "/", { compressed: true });
  const ceilings = { "bare Node": runs.bareNode, nginx: runs.nginx };
  const ways = { edge: "through Varnish (edge)", three: "through HAProxy, 3 instances", direct: "one instance directly, no balancer", one: "through HAProxy, 1 instance" };
  const origins = { edge, three: balancer, direct: instance(0) };
  for (const [way, origin] of Object.entries(origins)) {
    for (const [name, p] of Object.entries(pages)) {
      step(`${name} ${ways[way]}`);
      runs[`${way}:${name}`] = await warmAndLoad(origin, p, { compressed: true });
    }
  }

  step("publish → visible");
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  const editor = await signedIn(browser, { siteUrl: cluster.url, origin: instance(0), ...ADMIN });
  const title = `Thông báo đo hiệu năng cụm máy chủ ${Date.now()}`;
  await publish(editor, title);
  const publishedAt = performance.now();
  const visible = {};
  for (const [name, origin] of Object.entries({ edge, balancer, "instance 2": instance(1), "instance 3": instance(2) })) {
    const response = await fetch(`${origin}/`);
    visible[name] = { shown: (await response.text()).includes(title), edgeCache: response.headers.get("x-edge-cache"), afterMs: performance.now() - publishedAt };
  }
  await editor.context().close();

  step("stopping instances 2 and 3");
  const stopped = [1, 2].map((i) => new Promise((resolve) => cluster.instances[i].child.once("exit", resolve)));
  for (const i of [1, 2]) cluster.instances[i].child.kill("SIGTERM");
  await Promise.all(stopped);
  await sleep(4000); // two failed health checks a second apart take each out (deploy/haproxy.cfg)
  for (const [name, p] of Object.entries(pages)) {
    step(`${name} ${ways.one}`);
    runs[`one:${name}`] = await warmAndLoad(balancer, p, { compressed: true });
  }

  const rows = [
    ["ceiling: bare node:http, the article's compressed bytes", loadCell(runs.bareNode), "reference", "—"],
    ...(runs.nginx ? [["ceiling: nginx gzip_static, the article's HTML (.gz)", loadCell(runs.nginx, { "bare Node": runs.bareNode }), "reference", "—"]] : []),
  ];
  for (const way of ["edge", "three", "one", "direct"]) {
    for (const name of Object.keys(pages)) {
      const run = runs[`${way}:${name}`];
      const judged = way === "edge" && runs.nginx;
      const met = judged ? run.rps >= 0.5 * runs.nginx.rps && run.errors === 0 : undefined;
      rows.push([`${name}, cached, compressed, ${ways[way]}`, loadCell(run, ceilings), judged ? "≥ 50% of nginx, 0 errors" : "—", met === undefined ? "—" : met ? "met" : "NOT MET"]);
    }
  }
  const allShown = Object.values(visible).every((v) => v.shown);
  rows.push([
    "publish through instance 1 → the next request elsewhere",
    Object.entries(visible)
      .map(([name, v]) => `${name}: ${v.shown ? "shown" : "NOT shown"}${v.edgeCache ? ` (edge ${v.edgeCache})` : ""}`)
      .join("; "),
    "shown on the next request everywhere",
    allShown ? "met" : "NOT MET",
  ]);
  printTable(rows);
  const load = os.loadavg().map((v) => v.toFixed(1));
  writeGeneratedBlock(path.resolve("BENCHMARKS.md"), "bench-cluster", [
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; Node ${process.version}, PostgreSQL ${await serverVersion(databaseUrl)}; load average ${load[0]} at the end`,
    `- Demo content; autocannon, ${LOAD.connections} connections, ${LOAD.seconds} s per target after ${LOAD.warmSeconds} s of warm-up, browser Accept-Encoding; everything (load generator, 3 instances, HAProxy, Varnish, PostgreSQL, Redis) on this machine's ${os.cpus().length} cores: correctness and overhead, not scaling`,
    "",
    markdownTable(rows),
  ]);
  if (!allShown) process.exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
}
