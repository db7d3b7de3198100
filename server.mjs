// Option 3: custom server that buffers HTML responses and adds a hash-based script-src.
import http from "node:http";
import next from "next";
import { scriptSrcPolicy } from "./csp-hash.cjs";
process.env.CSP_MODE = "server";
const app = next({ dev: false, dir: import.meta.dirname, conf: undefined });
const handle = app.getRequestHandler();
await app.prepare();
const BASE = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
http.createServer((req, res) => {
  const isHtml = () => String(res.getHeader("content-type") || "").startsWith("text/html");
  const chunks = []; let buffering = null;
  const { write, end, writeHead, flushHeaders } = res;
  const decide = () => (buffering ??= isHtml() && !res.getHeader("content-encoding"));
  res.writeHead = function (status, ...rest) { // defer: just record status/headers
    if (typeof rest[0] === "string") rest.shift();
    const h = rest[0]; if (h) for (const [k, v] of Object.entries(Array.isArray(h) ? Object.fromEntries(h) : h)) res.setHeader(k, v);
    res.statusCode = status; return res;
  };
  res.flushHeaders = () => {};
  res.write = function (chunk, enc, cb) {
    if (!decide()) return write.call(res, chunk, enc, cb);
    chunks.push(Buffer.from(chunk, typeof enc === "string" ? enc : undefined)); if (typeof enc === "function") enc(); else cb?.(); return true;
  };
  res.end = function (chunk, enc, cb) {
    if (typeof chunk === "function") { cb = chunk; chunk = undefined; }
    if (!decide()) { res.setHeader("content-security-policy", BASE + "; script-src 'self'"); return end.call(res, chunk, enc, cb); }
    if (chunk) chunks.push(Buffer.from(chunk, typeof enc === "string" ? enc : undefined));
    const body = Buffer.concat(chunks);
    res.setHeader("content-security-policy", `${BASE}; ${scriptSrcPolicy(body.toString("utf8"))}`);
    if (req.method !== "HEAD") res.setHeader("content-length", body.length); // HEAD: body already empty
    return end.call(res, req.method === "HEAD" ? undefined : body, cb);
  };
  handle(req, res);
}).listen(3603, () => console.log("custom server on 3603"));
