// `npm run cluster`: the production topology on one machine (issue "Scale-out"):
//
//   Varnish :CLUSTER_PORT (edge cache, deploy/varnish.vcl)
//     → HAProxy :CLUSTER_PORT+1 (round robin, health checks, deploy/haproxy.cfg)
//       → three instances of one build (:CLUSTER_PORT+2..+4, scripts/start.mjs)
//         → PostgreSQL (DATABASE_URL, default database portal_cluster on the local server),
//           Redis (REDIS_URL, default the local server's database 1),
//           S3-compatible storage (a local s3rver, or S3_* when set).
//
// Prints the URL and runs until Ctrl-C. Needs Debian's haproxy, varnish and varnish-modules.
// `startCluster()` is also what the cluster test (scripts/cluster-test.mjs) drives.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

const root = path.resolve(import.meta.dirname, "..");

export function clusterPorts(base = Number(process.env.CLUSTER_PORT) || 3300) {
  return { edge: base, balancer: base + 1, instances: [base + 2, base + 3, base + 4] };
}

async function waitFor(url, seconds = 240) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer in ${seconds} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Fails at once, naming the port, rather than letting an instance die on a taken one. */
async function assertFree(port) {
  await new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`port ${port} is in use (a cluster left running?); set CLUSTER_PORT`)));
    probe.listen(port, () => probe.close(resolve));
  });
}

async function ensureDatabase(url) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!found) await sql.unsafe(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await sql.end();
  }
}

function run(name, command, args, options) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  const prefix = `[${name}] `;
  const forward = (stream, out) => stream.on("data", (chunk) => out.write(String(chunk).replace(/^(?=.)/gm, prefix)));
  if (process.env.CLUSTER_QUIET !== "1") {
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }
  return child;
}

export async function startCluster({ base, databaseUrl, redisUrl } = {}) {
  const ports = clusterPorts(base);
  for (const port of [ports.edge, ports.balancer, ...ports.instances]) await assertFree(port);
  const work = await mkdtemp(path.join(os.tmpdir(), "portal-cluster-"));
  // Varnish's worker runs as its own user and must read its folder and configuration.
  await chmod(work, 0o755);
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await rm(work, { recursive: true, force: true });
  };
  try {
    if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
      const built = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
      if (built.status !== 0) throw new Error("next build failed");
    }
    const DATABASE_URL = databaseUrl ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/portal_cluster";
    const REDIS_URL = redisUrl ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379/1";
    await ensureDatabase(DATABASE_URL);

    // Uploads: the configured bucket, or a local S3-compatible server for the demo.
    let s3Env = {};
    if (process.env.S3_BUCKET) {
      s3Env = {};
    } else {
      const { default: S3rver } = await import("s3rver");
      const s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: path.join(work, "s3"), configureBuckets: [{ name: "portal", configs: [] }] });
      const { port } = await s3.run();
      children.push({ exitCode: null, kill: () => s3.close().catch(() => {}) });
      s3Env = { S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_BUCKET: "portal", S3_REGION: "us-east-1", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: "true" };
    }

    const siteUrl = `http://localhost:${ports.edge}`;
    const instanceEnv = (port, i) => ({
      ...process.env,
      ...s3Env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      DATABASE_URL,
      REDIS_URL,
      // Behind HAProxy (and Varnish): the client is the last X-Forwarded-For entry.
      TRUST_PROXY: "true",
      SITE_URL: siteUrl,
      EDGE_PURGE_URLS: `http://127.0.0.1:${ports.edge}/`,
      DATA_DIR: path.join(work, `instance-${i + 1}`),
    });
    const instances = ports.instances.map((port, i) => ({ port, env: instanceEnv(port, i), child: null }));
    const startInstance = (instance, i) => {
      instance.child = run(`i${i + 1}`, process.execPath, [path.join(root, "scripts/start.mjs")], { cwd: root, env: instance.env });
      children.push(instance.child);
      return instance.child;
    };
    // The first instance migrates and seeds; the others start once it is healthy.
    startInstance(instances[0], 0);
    await waitFor(`http://127.0.0.1:${instances[0].port}/api/health`);
    instances.slice(1).forEach((instance, i) => startInstance(instance, i + 1));
    await Promise.all(instances.slice(1).map((instance) => waitFor(`http://127.0.0.1:${instance.port}/api/health`)));

    children.push(
      run("haproxy", "haproxy", ["-W", "-db", "-f", path.join(root, "deploy/haproxy.cfg")], {
        env: {
          ...process.env,
          HAPROXY_BIND: `127.0.0.1:${ports.balancer}`,
          HAPROXY_BIND6: `[::1]:${ports.balancer}`,
          ...Object.fromEntries(instances.map((instance, i) => [`INSTANCE_${i + 1}`, `127.0.0.1:${instance.port}`])),
        },
      }),
    );
    await waitFor(`http://127.0.0.1:${ports.balancer}/api/health`, 30);

    const vcl = (await readFile(path.join(root, "deploy/varnish.vcl"), "utf8")).replace('.port = "3300";', `.port = "${ports.balancer}";`);
    await writeFile(path.join(work, "varnish.vcl"), vcl);
    children.push(
      run("varnish", "varnishd", ["-F", "-n", path.join(work, "varnish"), "-f", path.join(work, "varnish.vcl"), "-a", `127.0.0.1:${ports.edge}`, "-a", `[::1]:${ports.edge}`, "-s", "malloc,256m", "-p", "http_gzip_support=on"], {}),
    );
    await waitFor(`http://127.0.0.1:${ports.edge}/api/health`, 30);
    return { url: siteUrl, ports, instances, startInstance, stop, databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, s3Env };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cluster = await startCluster();
  console.log(`\nPortal cluster ready: ${cluster.url} (Varnish) → :${cluster.ports.balancer} (HAProxy) → :${cluster.ports.instances.join(", :")}`);
  console.log("Ctrl-C stops everything.");
  const stop = () => cluster.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
