// Server actions over plain HTTP, the way the browser calls them: POST to the page URL
// with `Next-Action: <id>` and the body React's encodeReply produces (captured once from
// Chromium). Each request is a distinct reader, so every call is a real write.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/** The id of an exported server action, from the build's manifest. */
export function findActionId(distDir, file, exportedName) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"));
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in ${file} in the build`);
  return found[0];
}

/**
 * A visitor cookie as lib/visitor.ts mints it. Sending a fresh one per request makes each
 * call a distinct reader without the server setting a cookie, which would make Next render
 * the whole page into the action's response (measured separately as "new visitor").
 */
const visitorCookie = () => `vid=${randomBytes(16).toString("base64url")}`;

/** The action's return value: the RSC payload's row 1 (`1:<json>`). */
function actionResult(body) {
  const match = /^1:(.*)$/m.exec(body);
  try {
    return match ? JSON.parse(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Counts what the calls returned, for checking against the database afterwards. */
export function createTally() {
  return { counted: 0, refused: 0, failed: 0 };
}

/**
 * recordView(articleId) from the article page (or, with `noop`, the reference action
 * `ping()` of the same page, which returns 0 and writes nothing), spread round-robin over `articleIds`.
 * `newVisitor` sends no cookie (a reader's first page on the site).
 */
export function recordViewRequest({ actionId, origin, articlePath, articleIds, tally, newVisitor = false, noop = false }) {
  let next = 0;
  return {
    method: "POST",
    headers: { "next-action": actionId, origin, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    setupRequest(request) {
      const id = articleIds[next++ % articleIds.length];
      const headers = { ...request.headers };
      if (newVisitor) delete headers.cookie;
      else headers.cookie = visitorCookie();
      return { ...request, path: articlePath, headers, body: `[${id}]` };
    },
    onResponse(status, body) {
      const result = status === 200 ? actionResult(body) : undefined;
      if (typeof result === "number" && (!noop || result === 0)) tally.counted++;
      else if (result === null) tally.refused++;
      else tally.failed++;
    },
  };
}

const BOUNDARY = "----portalbench7b3f";

/** The multipart body Chromium sends for `useActionState(vote)`: [previousState, FormData]. */
function voteBody(pollId, optionId) {
  const field = (name, value) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  return field("_1_pollId", pollId) + field("_1_optionId", optionId) + field("0", '[{"status":"idle"},"$K1"]') + `--${BOUNDARY}--\r\n`;
}

/**
 * vote(previousState, formData) from the homepage poll. Each request is a distinct visitor
 * from one of many addresses (X-Forwarded-For, believed without TRUST_PROXY like a direct
 * client), so votes are neither duplicates nor one office's IP hitting its hourly limit.
 */
export function voteRequest({ actionId, origin, pagePath, pollId, optionIds, tally }) {
  let next = 0;
  return {
    method: "POST",
    headers: { "next-action": actionId, origin, "content-type": `multipart/form-data; boundary=${BOUNDARY}`, accept: "text/x-component" },
    setupRequest(request) {
      const n = next++;
      const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      return {
        ...request,
        path: pagePath,
        headers: { ...request.headers, cookie: visitorCookie(), "x-forwarded-for": address },
        body: voteBody(pollId, optionIds[n % optionIds.length]),
      };
    },
    onResponse(status, body) {
      const result = status === 200 ? actionResult(body) : undefined;
      if (result?.status === "counted") tally.counted++;
      else if (result?.status === "refused") tally.refused++;
      else tally.failed++;
    },
  };
}
