// The two ceilings every cached page is compared with, measured in the same run:
// - Node's own: a bare `node:http` server answering every request with the same
//   pre-compressed bytes (nothing a server could do in Node costs less);
// - the machine's: nginx (Debian's nginx-light) with `gzip_static`, serving the same page
//   from a file and its `.gz` (what a WordPress portal with a page-cache plugin amounts to).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { BROWSER_ACCEPT_ENCODING, BROWSER_USER_AGENT } from "./config.mjs";

/** Answers every request with `body` and `headers` (flat [name, value, …] list). */
export async function startBareNode({ port, body, headers }) {
  const list = [...headers, "content-length", String(body.length)];
  const server = http.createServer((req, res) => {
    res.writeHead(200, list);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

export function nginxBinary() {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(candidate)) return candidate;
  const found = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim();
  return found || null;
}

/** nginx on 127.0.0.1:`port` with its own config in `dir`, serving `html` at every path (gzip_static). */
export async function startNginx({ port, dir, html }) {
  const binary = nginxBinary();
  if (!binary) return null;
  const root = path.join(dir, "html");
  mkdirSync(path.join(dir, "tmp"), { recursive: true });
  mkdirSync(path.join(dir, "logs"), { recursive: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, "page.html"), html);
  writeFileSync(path.join(root, "page.html.gz"), gzipSync(html, { level: 9 }));
  const tmp = path.join(dir, "tmp");
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes auto;
daemon off;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "logs", "error.log")} warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  types { text/html html; }
  default_type text/html;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    gzip off;
    gzip_static on;
    gzip_vary on;
    etag on;
    location / { try_files /page.html =404; }
  }
}
`,
  );
  const child = spawn(binary, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(origin + "/")).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    binary,
    stderr: () => stderr,
    async close() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A page's body and encoding as a browser gets it (from the site at `host`, if given). */
export async function compressedPage(origin, p, host) {
  return new Promise((resolve, reject) => {
    const headers = { "accept-encoding": BROWSER_ACCEPT_ENCODING, "user-agent": BROWSER_USER_AGENT, ...(host && { host }) };
    const req = http.request(origin + p, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ body: Buffer.concat(chunks), encoding: res.headers["content-encoding"] ?? "identity" }));
    });
    req.on("error", reject);
    req.end();
  });
}
