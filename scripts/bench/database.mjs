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
