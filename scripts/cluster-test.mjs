// The cluster test (issue "Scale-out"): three instances behind HAProxy and Varnish, on
// PostgreSQL, a Redis of its own (so it can be restarted) and a local S3 server, driven
// as an editor and readers would. Run by CI (`npm run test:cluster`, in `npm test`); needs
// PostgreSQL on TEST_DATABASE_URL's server (default the local one), Debian's haproxy,
// varnish and varnish-modules, redis-server and Chromium.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { after, before, test } from "node:test";
import autocannon from "autocannon";
import postgres from "postgres";
import { startCluster } from "./cluster.mjs";
import { launchChromium, publish, READER, signedIn as signedInAs } from "./lib/cluster-editor.mjs";

const ADMIN = { email: "admin@cluster.example.vn", password: "Ba-may-chu-mot-cong-2026" };
const BASE = Number(process.env.CLUSTER_TEST_PORT) || 3340;
const REDIS_PORT = BASE + 20;
const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/portal_cluster_${process.pid}` }).toString();

let cluster;
let redis;
let browser;
let sql;

function startRedis() {
  const child = spawn("redis-server", ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  return new Promise((resolve) => setTimeout(() => resolve(child), 300));
}

const instanceUrl = (i) => `http://127.0.0.1:${cluster.ports.instances[i]}`;
const edgeUrl = () => `http://127.0.0.1:${cluster.ports.edge}`;
const balancerUrl = () => `http://127.0.0.1:${cluster.ports.balancer}`;
const text = async (url) => (await fetch(url, { headers: { "accept-encoding": "gzip" } })).text();

/** Load through `url` for `seconds`, with `connections` readers; returns autocannon's result. */
function load(url, { connections = 100, seconds = 10 } = {}) {
  return autocannon({ url, connections, duration: seconds, timeout: 10 });
}

before(async () => {
  redis = await startRedis();
  process.env.ADMIN_EMAIL = ADMIN.email;
  process.env.ADMIN_PASSWORD = ADMIN.password;
  process.env.WEATHER_API_URL = "http://127.0.0.1:9/v1/forecast"; // unreachable at once
  process.env.CLUSTER_QUIET = "1";
  cluster = await startCluster({ base: BASE, databaseUrl, redisUrl: `redis://127.0.0.1:${REDIS_PORT}/0` });
  sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await sql?.end();
  await cluster?.stop();
  redis?.kill("SIGKILL");
  const admin = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "portal_cluster_${process.pid}" with (force)`).catch(() => {});
  await admin.end();
});

/** The demo admin, signed in through the edge, working on `origin`. */
const signedIn = (origin) => signedInAs(browser, { siteUrl: cluster.url, origin, ...ADMIN });

test("an article published through instance 1 is on the next request through instances 2 and 3 and the edge", async () => {
  // Every way in has the homepage cached first.
  for (let round = 0; round < 2; round++) for (const url of [instanceUrl(1), instanceUrl(2), edgeUrl()]) await text(`${url}/`);
  const edgeFirst = await fetch(`${edgeUrl()}/`);
  assert.equal(edgeFirst.headers.get("x-edge-cache"), "HIT");
  assert.equal(edgeFirst.headers.get("xkey"), null, "the tags are not shown to browsers");

  const editor = await signedIn(instanceUrl(0));
  const title = `Thông báo lịch tiếp công dân cụm ba máy chủ ${Date.now()}`;
  await publish(editor, title);
  for (const url of [instanceUrl(1), instanceUrl(2), edgeUrl(), balancerUrl()]) assert.match(await text(`${url}/`), new RegExp(title), `${url} shows the new article`);
  await editor.context().close();
});

test("every layer answers on IPv6 as well as IPv4", async () => {
  for (const port of [cluster.ports.edge, cluster.ports.balancer, cluster.ports.instances[0]]) {
    for (const host of ["127.0.0.1", "[::1]"]) {
      const response = await fetch(`http://${host}:${port}/api/health`);
      assert.equal(response.status, 200, `${host}:${port}`);
    }
  }
});

test("one visitor's votes across instances count once", async () => {
  const context = await browser.newContext({ ...READER, baseURL: edgeUrl() });
  const page = await context.newPage();
  const [{ id }] = await sql`select id from polls where site_id = (select id from sites where slug = 'hung-ha') and show_on_home and (closes_at is null or closes_at > now()) order by id limit 1`;
  const total = async () => Number((await sql`select coalesce(sum(vote_count), 0)::int as n from poll_options where poll_id = ${id}`)[0].n);
  const before = await total();
  // Each vote is a POST through the edge (passed) and the balancer (round robin).
  for (let i = 0; i < 3; i++) {
    await page.goto("/");
    const poll = page.getByRole("region", { name: "Bình chọn" });
    await poll.getByRole("radio").first().check();
    await poll.getByRole("button", { name: "Bình chọn" }).click();
    await poll.getByRole("status").waitFor();
  }
  assert.equal(await total(), before + 1);
  await context.close();
});

test("views across instances equal the views made", async () => {
  const views = (id) => sql`select coalesce((select views from article_view_counts where article_id = ${id}), 0)::int as n`.then(([row]) => row.n);
  const [article] = await sql`select id, slug from articles where site_id = (select id from sites where slug = 'hung-ha') and status = 'published' order by published_at desc limit 1`;
  const before = await views(article.id);
  const readers = 6;
  for (let i = 0; i < readers; i++) {
    const context = await browser.newContext({ ...READER, baseURL: edgeUrl() });
    const page = await context.newPage();
    // Each reader opens the article twice: the second view is within 30 minutes and not counted,
    // whichever instance the round robin sends it to.
    for (let visit = 0; visit < 2; visit++) {
      const counted = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(`/bai-viet/${article.slug}`));
      await page.goto(`/bai-viet/${article.slug}`);
      await counted;
    }
    await context.close();
  }
  await new Promise((r) => setTimeout(r, 2500)); // every instance's buffer flushes each second
  assert.equal(await views(article.id), before + readers);
});

test("an upload through instance 2 is served by instance 3", async () => {
  const editor = await signedIn(instanceUrl(1));
  const { default: sharp } = await import("sharp");
  const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 20, g: 120, b: 200 } } }).png().toBuffer();
  const response = await editor.request.post("/admin/thu-vien/tai-len", { data: png, headers: { "Content-Type": "application/octet-stream", Origin: instanceUrl(1), "X-File-Name": "cum-may-chu.png" } });
  assert.equal(response.status(), 201, await response.text());
  const { id } = await response.json();
  const [row] = await sql`select variants from media where id = ${id}`;
  const file = row.variants.at(-1).path;
  const fromThird = await fetch(`${instanceUrl(2)}/media/${file}`);
  assert.equal(fromThird.status, 200);
  assert.equal(fromThird.headers.get("cache-control"), "public, max-age=31536000, immutable");
  assert.ok((await fromThird.arrayBuffer()).byteLength > 1000);
  await editor.context().close();
});

test("an instance killed with -9 and restarted under 100 readers costs no failed request at the balancer", async () => {
  const running = load(`${balancerUrl()}/`, { connections: 100, seconds: 20 });
  await new Promise((r) => setTimeout(r, 3000));
  const victim = cluster.instances[1];
  victim.child.kill("SIGKILL");
  await new Promise((r) => setTimeout(r, 3000));
  cluster.startInstance(victim, 1);
  const result = await running;
  assert.equal(result.errors + result.timeouts, 0, `errors ${result.errors}, timeouts ${result.timeouts}`);
  assert.equal(result.non2xx, 0, `${result.non2xx} answers other than 2xx`);
  assert.ok(result.requests.total > 100);
});

/** Until every instance says (in /api/health) that it is connected to Redis again. */
async function waitForRedisOnEveryInstance(seconds = 30) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const states = await Promise.all(cluster.ports.instances.map((_, i) => fetch(`${instanceUrl(i)}/api/health`).then((r) => r.json()).then((b) => b.redis, () => "unreachable")));
    if (states.every((state) => state === "ok")) return;
    assert.ok(Date.now() < until, `instances not reconnected to Redis: ${states.join(", ")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test("Redis restarted under load: pages keep serving and invalidation recovers", async () => {
  const running = load(`${balancerUrl()}/`, { connections: 20, seconds: 12 });
  await new Promise((r) => setTimeout(r, 2000));
  redis.kill("SIGKILL");
  await new Promise((r) => setTimeout(r, 3000));
  redis = await startRedis();
  const result = await running;
  assert.equal(result.errors + result.timeouts, 0);
  assert.equal(result.non2xx, 0);
  // After the restart (once every instance has reconnected: until then each serves what it
  // holds, and an edit elsewhere cannot reach it) an edit is again on every instance's next request.
  await waitForRedisOnEveryInstance();
  const editor = await signedIn(instanceUrl(2));
  const title = `Sau khi Redis khởi động lại ${Date.now()}`;
  await publish(editor, title);
  for (const url of [instanceUrl(0), instanceUrl(1), edgeUrl()]) assert.match(await text(`${url}/`), new RegExp(title), url);
  await editor.context().close();
});
