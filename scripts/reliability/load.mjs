// `npm run reliability:load`: 100 concurrent readers for 60 s (LOAD_SECONDS, LOAD_READERS)
// on a production build over a private PostgreSQL, browsing the homepage, categories and
// articles (and counting views like the browser does), while an editor signed in through
// the real sign-in form creates, publishes and edits articles through the real server
// actions every few seconds. Checks: zero 5xx; after each publish or edit the next
// request of the homepage, the category and the article shows it; every view counted.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { actionId, actionRedirect, callAction, Client, percentile, PrivatePostgres, requireBuild, signIn, sleep, startServer, withDatabase } from "./support.mjs";

const PORT = Number(process.env.RELIABILITY_PORT || 3553);
const SECONDS = Number(process.env.LOAD_SECONDS || 60);
const READERS = Number(process.env.LOAD_READERS || 100);
const EDIT_EVERY_MS = 3000;
const ADMIN = { ADMIN_EMAIL: "admin@reliability.test", ADMIN_PASSWORD: "Song-Da-chay-ve-xuoi-2026" };

requireBuild();
const pg = new PrivatePostgres();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-reliability-load-"));
let exitCode = 1;
try {
  const url = await pg.init();
  const server = await startServer({ port: PORT, env: { DATABASE_URL: url, DATA_DIR: dataDir, ...ADMIN }, label: "load" });
  await server.ready();
  const q = (text, params) => withDatabase({ url }, (query) => query(text, params));
  const categories = await q("select id, slug from categories order by id");
  const articles = await q("select id, slug from articles where status = 'published' order by published_at desc limit 60");
  const viewsBefore = Number((await q("select coalesce(sum(views), 0)::int as n from article_view_counts"))[0].n);
  const recordView = actionId("recordView");

  // ---------------------------------------------------------------- readers
  const latencies = [];
  const byStatus = new Map();
  const serverErrors = [];
  let viewsCounted = 0;
  let networkErrors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const reader = async () => {
    while (Date.now() < deadline) {
      const r = Math.random();
      const article = pick(articles);
      const pathname = r < 0.3 ? "/" : r < 0.6 ? `/chuyen-muc/${pick(categories).slug}` : `/bai-viet/${article.slug}`;
      const started = performance.now();
      try {
        const res = await fetch(`${server.origin}${pathname}`, { signal: AbortSignal.timeout(60_000) });
        await res.text();
        latencies.push(performance.now() - started);
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
        if (res.status >= 500) serverErrors.push(`${res.status} ${pathname}`);
        if (pathname.startsWith("/bai-viet/") && res.status === 200) {
          // A new visitor each time, so every call counts once.
          const view = await callAction(new Client(server.origin), pathname, recordView, { args: [article.id] });
          const text = await view.text();
          if (view.status >= 500) serverErrors.push(`${view.status} recordView`);
          else if (/^1:\d+/m.test(text)) viewsCounted++;
        }
      } catch (error) {
        networkErrors++;
        if (networkErrors <= 3) console.log(`reader: ${error.message}`);
      }
    }
  };

  // ---------------------------------------------------------------- editor
  const editor = new Client(server.origin);
  await signIn(editor, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  const create = actionId("createArticleAction");
  const transition = actionId("transitionAction");
  const save = actionId("saveArticleAction");
  const editorLog = { published: 0, edited: 0, stale: [], errors: [], publishMs: [] };
  /** The page must show `text` on the very next request after the action returned. */
  const freshOn = async (pathname, text, what) => {
    const res = await fetch(`${server.origin}${pathname}`);
    const html = await res.text();
    if (res.status >= 500) editorLog.errors.push(`${res.status} ${pathname}`);
    if (!html.includes(text)) editorLog.stale.push(`${what} not on ${pathname}`);
  };
  const editorLoop = async () => {
    let n = 0;
    let last;
    while (Date.now() < deadline - EDIT_EVERY_MS) {
      const cycleStart = Date.now();
      n++;
      const category = categories[n % categories.length];
      try {
        if (n % 2 === 1 || !last) {
          const title = `Thông báo kiểm thử tải số ${n} ${Date.now()}`;
          const form = { title, summary: `Tóm tắt ${n}`, body: `<p>Nội dung bài ${n}.</p>`, byline: "Văn phòng HĐND-UBND huyện", categoryId: category.id };
          const started = performance.now();
          const created = await callAction(editor, "/admin/bai-viet/moi", create, { form });
          const id = Number(actionRedirect(created)?.match(/bai-viet\/(\d+)/)?.[1]);
          if (!id) throw new Error(`create answered ${created.status} without a redirect`);
          const published = await callAction(editor, `/admin/bai-viet/${id}`, transition, { form: { id, transition: "publish" } });
          const answer = await published.text();
          if (!answer.includes("Đã xuất bản")) throw new Error(`publish answered ${published.status}`);
          editorLog.publishMs.push(performance.now() - started);
          editorLog.published++;
          const [{ slug }] = await q("select slug from articles where id = $1", [id]);
          last = { id, slug, form, category };
          await Promise.all([freshOn("/", title, `new article ${n}`), freshOn(`/chuyen-muc/${category.slug}`, title, `new article ${n}`), freshOn(`/bai-viet/${slug}`, title, `new article ${n}`)]);
        } else {
          // An editor's change to a live article, applied at once.
          const title = `${last.form.title} (đã sửa ${n})`;
          const res = await callAction(editor, `/admin/bai-viet/${last.id}`, save, { form: { ...last.form, id: last.id, title, intent: "apply" } });
          const answer = await res.text();
          if (!answer.includes("Đã lưu")) throw new Error(`edit answered ${res.status}`);
          editorLog.edited++;
          await Promise.all([freshOn("/", title, `edit ${n}`), freshOn(`/chuyen-muc/${last.category.slug}`, title, `edit ${n}`), freshOn(`/bai-viet/${last.slug}`, title, `edit ${n}`)]);
        }
      } catch (error) {
        editorLog.errors.push(error.message);
      }
      await sleep(Math.max(0, EDIT_EVERY_MS - (Date.now() - cycleStart)));
    }
  };

  console.log(`Load: ${READERS} readers for ${SECONDS} s, an editor every ${EDIT_EVERY_MS / 1000} s…`);
  const started = Date.now();
  await Promise.all([...Array.from({ length: READERS }, reader), editorLoop()]);
  const elapsed = (Date.now() - started) / 1000;

  // A graceful stop writes the buffered views; then the database must hold every one.
  const exit = await server.stop("SIGTERM");
  const viewsAfter = Number((await q("select coalesce(sum(views), 0)::int as n from article_view_counts"))[0].n);

  latencies.sort((a, b) => a - b);
  const total = latencies.length;
  const results = {
    requests: total,
    rps: Math.round(total / elapsed),
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    statuses: Object.fromEntries(byStatus),
    serverErrors: serverErrors.length,
    networkErrors,
    published: editorLog.published,
    edited: editorLog.edited,
    stale: editorLog.stale.length,
    editorErrors: editorLog.errors.length,
    publishP50: Math.round(percentile(editorLog.publishMs.sort((a, b) => a - b), 50)),
    viewsCounted,
    viewsStored: viewsAfter - viewsBefore,
    exit: exit.code ?? exit.signal,
  };
  console.log(JSON.stringify(results, null, 2));
  if (editorLog.stale.length) console.log("stale:", editorLog.stale.slice(0, 10));
  if (editorLog.errors.length) console.log("editor errors:", editorLog.errors.slice(0, 10));
  if (serverErrors.length) console.log("5xx:", serverErrors.slice(0, 10));
  const ok = serverErrors.length === 0 && networkErrors === 0 && editorLog.stale.length === 0 && editorLog.errors.length === 0 && editorLog.published > 0 && results.viewsStored === viewsCounted;
  console.log(ok ? "Load: OK" : "Load: FAIL");
  if (!ok) console.log(server.output().slice(-3000));
  exitCode = ok ? 0 : 1;
} finally {
  await pg.destroy();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
