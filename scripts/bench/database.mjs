// The benchmark's own PostgreSQL database: created fresh, checked, dropped.
import postgres from "postgres";

function withDatabase(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops and recreates `name` on the server of `serverUrl`; returns the new database's URL. */
export async function recreateDatabase(serverUrl, name) {
  const admin = postgres(withDatabase(serverUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl, name) {
  const admin = postgres(withDatabase(serverUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** The counters the write benchmarks change, read straight from the tables. */
export async function readCounters(url) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [counts] = await sql`
      select (select coalesce(sum(views), 0)::bigint from article_view_counts) as views,
             (select count(*)::bigint from poll_votes) as votes,
             (select coalesce(sum(vote_count), 0)::bigint from poll_options) as "voteCounts"`;
    return { views: Number(counts.views), votes: Number(counts.votes), voteCounts: Number(counts.voteCounts) };
  } finally {
    await sql.end();
  }
}

export async function serverVersion(url) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [{ server_version }] = await sql`show server_version`;
    return server_version;
  } finally {
    await sql.end();
  }
}

/**
 * Reads the articles' table, its TOAST and its indexes (pg_prewarm) just before search is
 * timed. This machine's page cache drops a database's files within a minute of their last
 * read, with 20 GB free, and PostgreSQL's own buffers (128 MB by default) hold less than
 * search reads (≈ 470 MB with the bodies): after the load tests, which read none of it,
 * the first run of this benchmark to time search measured the disk (p95 1,490 ms). A
 * portal's server keeps these in memory while readers search. Returns the pages read, or
 * null (and the run says so) when the extension is not installed.
 */
export async function prewarmSearch(url) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`create extension if not exists pg_prewarm`;
    const [{ pages }] = await sql`
      select sum(pg_prewarm(c.oid, 'read'))::bigint as pages from pg_class c
      where c.oid = 'articles'::regclass
         or c.oid = (select reltoastrelid from pg_class where oid = 'articles'::regclass)
         or c.oid in (select indexrelid from pg_index where indrelid = 'articles'::regclass)`;
    return Number(pages);
  } catch (error) {
    console.error(`[bench] no pg_prewarm (${error.message}): search is timed on whatever the caches hold`);
    return null;
  } finally {
    await sql.end();
  }
}
