import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mulberry32 } from "@/lib/random";

/**
 * The upgrade from the single-site release (migrations 0000–0003) to sites (0004) on a
 * database holding that release's data: everything moves into site 1, nothing is lost.
 * The old rows are written with the old release's own column set, in SQL.
 */
const migrations = path.join(import.meta.dirname, "../../db/migrations");

/** A migrations folder holding only the first `count` migrations (the previous release). */
function previousRelease(count: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-migrations-"));
  cpSync(migrations, dir, { recursive: true });
  const journalPath = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8"));
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

const OLD_DATA = `
insert into users (id, email, name, password_hash, role) values
  (1, 'admin@hungha.example.vn', 'Quản trị', 'x', 'admin'),
  (2, 'bientap@hungha.example.vn', 'Biên tập', 'x', 'editor'),
  (3, 'tacgia@hungha.example.vn', 'Tác giả', 'x', 'author');
insert into settings (key, value) values
  ('site', '{"portalName":"Cổng thông tin điện tử huyện Hưng Hà","agencyName":"Ủy ban nhân dân huyện Hưng Hà"}'),
  ('secret:auth', '"auth-secret-value"'),
  ('seed', '{"at":"2026-11-01T00:00:00.000Z"}');
insert into media (id, storage_key, original_name, mime_type, width, height, bytes, alt) values (1, 'k1', 'a.jpg', 'image/jpeg', 10, 10, 100, 'Ảnh');
insert into categories (id, slug, name) values (1, 'cai-cach-hanh-chinh', 'Cải cách hành chính');
insert into category_slugs (slug, category_id) values ('cai-cach-hanh-chinh', 1), ('cchc', 1);
insert into articles (id, slug, title, body, category_id, author_id, cover_media_id, status, published_at, view_count)
  values (1, 'bai-mau', 'Bài mẫu', '<p>Nội dung</p>', 1, 3, 1, 'published', now(), 833);
insert into article_slugs (slug, article_id) values ('bai-mau', 1), ('bai-cu', 1);
insert into article_revisions (article_id, title, summary, body, byline, category_id) values (1, 'Bài mẫu', '', '', '', 1);
insert into polls (id, question, show_on_home) values (1, 'Nội dung thông tin cung cấp trên cổng thông tin điện tử ?', true);
insert into poll_options (id, poll_id, label, vote_count) values (1, 1, 'Hữu ích', 1);
insert into poll_votes (poll_id, option_id, voter_hash, ip_hash) values (1, 1, 'v', 'i');
insert into albums (id, slug, title, published) values (1, 'anh-dep-que-huong', 'Ảnh đẹp quê hương', true);
insert into album_items (album_id, media_id) values (1, 1);
insert into audit_log (user_id, action, summary) values (1, 'article.create', 'Bài mẫu');
select setval('users_id_seq', 3); select setval('articles_id_seq', 1); select setval('categories_id_seq', 1);
select setval('polls_id_seq', 1); select setval('albums_id_seq', 1); select setval('media_id_seq', 1);
`;

type Query = (text: string) => Promise<Record<string, unknown>[]>;

async function checkUpgraded(query: Query) {
  const [site] = await query("select id, slug, kind, name, state from sites");
  expect(site).toEqual({ id: 1, slug: "hung-ha", kind: "huyen", name: "Hưng Hà", state: "live" });
  for (const table of ["media", "categories", "category_slugs", "articles", "article_slugs", "polls", "albums", "settings", "audit_log"]) {
    const rows = await query(`select count(*)::int as n, count(*) filter (where site_id = 1)::int as on_site from ${table}`);
    expect(rows[0], table).toEqual({ n: rows[0]!.n, on_site: rows[0]!.n });
    expect(Number(rows[0]!.n), table).toBeGreaterThan(0);
  }
  expect(await query("select site_id, user_id, role from site_members order by user_id")).toEqual([
    { site_id: 1, user_id: 1, role: "admin" },
    { site_id: 1, user_id: 2, role: "editor" },
    { site_id: 1, user_id: 3, role: "author" },
  ]);
  expect(await query("select id, platform_admin from users order by id")).toEqual([
    { id: 1, platform_admin: true },
    { id: 2, platform_admin: false },
    { id: 3, platform_admin: false },
  ]);
  // Secrets and the demo marker are the platform's now; the site keeps its settings.
  expect((await query("select key from platform_settings order by key")).map((r) => r.key)).toEqual(["secret:auth", "seed"]);
  expect((await query("select key from settings")).map((r) => r.key)).toEqual(["site"]);
  const [article] = await query("select view_count, slug from articles");
  expect(article).toEqual({ view_count: 833, slug: "bai-mau" });
  expect(await query("select count(*)::int as n from poll_votes")).toEqual([{ n: 1 }]);
  // A new site after the upgrade gets the next id.
  const [next] = await query("insert into sites (slug, kind, name) values ('tan-hoa', 'xa', 'Tân Hòa') returning id");
  expect(next!.id).toBe(2);
}

/**
 * A database made by `oldRelease` and holding `oldData`, upgraded to this release, then
 * `check`ed; on the project's driver (TEST_DRIVER): PGlite, or PostgreSQL.
 */
async function upgrade(oldRelease: string, oldData: string, check: (query: Query) => Promise<void>) {
  if (process.env.TEST_DRIVER !== "postgres") {
    const client = await PGlite.create("memory://", { extensions: { unaccent } });
    try {
      await migratePglite(drizzlePglite({ client }), { migrationsFolder: oldRelease });
      await client.exec(oldData);
      await migratePglite(drizzlePglite({ client }), { migrationsFolder: migrations });
      await check(async (text) => (await client.query<Record<string, unknown>>(text)).rows);
    } finally {
      await client.close();
    }
    return;
  }
  const base = new URL(inject("databaseUrl"));
  const name = `portal_upgrade_${process.pid}_${Date.now()}`;
  const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  base.pathname = `/${name}`;
  const client = postgres(base.toString(), { max: 1, onnotice: () => {} });
  try {
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: oldRelease });
    await client.unsafe(oldData);
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: migrations });
    await check(async (text) => [...(await client.unsafe(text))] as Record<string, unknown>[]);
  } finally {
    await client.end();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

describe("upgrade from the single-site release", () => {
  let oldRelease: string;
  beforeAll(() => {
    oldRelease = previousRelease(4);
  });
  afterAll(() => rmSync(oldRelease, { recursive: true, force: true }));

  it(`moves every row into site 1 (${process.env.TEST_DRIVER})`, () => upgrade(oldRelease, OLD_DATA, checkUpgraded));
});

/** Words enough, and varied enough, that a body's search vector is several kB compressed. */
function longBody(seed: number): string {
  const random = mulberry32(seed);
  const syllables = ["xã", "huyện", "tỉnh", "đường", "cầu", "lúa", "nước", "dân", "học", "trạm", "chợ", "đê", "mưa", "bão", "phố", "thôn"];
  const word = () => Array.from({ length: 2 }, () => syllables[Math.floor(random() * syllables.length)]).join("");
  return `<p>${Array.from({ length: 1200 }, word).join(" ")} ứng phó mưa bão</p>`;
}

const SEARCH_DATA = `
insert into sites (id, slug, kind, name) values (1, 'hung-ha', 'huyen', 'Hưng Hà');
insert into categories (id, site_id, slug, name) values (1, 1, 'tin-tuc', 'Tin tức');
insert into articles (id, site_id, slug, title, body, category_id, status, published_at, view_count)
  values (1, 1, 'bai-dai', 'Bài dài', '${longBody(1)}', 1, 'published', now(), 833);
insert into document_types (id, site_id, name, slug) values (1, 1, 'Quyết định', 'quyet-dinh');
insert into document_issuers (id, site_id, name, slug) values (1, 1, 'UBND huyện', 'ubnd-huyen');
insert into documents (id, site_id, slug, number, type_id, issuer_id, issued_on, issued_year, summary, file_text, status, published_at)
  values (1, 1, 'qd-1', '1/QĐ-UBND', 1, 1, '2026-11-02', 2026, 'Về phòng chống thiên tai', '${longBody(2)}', 'published', now());
`;

describe("upgrade to search vectors kept in the row (migration 0013)", () => {
  let oldRelease: string;
  beforeAll(() => {
    oldRelease = previousRelease(13);
  });
  afterAll(() => rmSync(oldRelease, { recursive: true, force: true }));

  it(`keeps every article and document, and moves their search vectors into the row (${process.env.TEST_DRIVER})`, () =>
    upgrade(oldRelease, SEARCH_DATA, async (query) => {
      expect(await query("select relname, reloptions from pg_class where relname in ('articles', 'documents') order by 1")).toEqual([
        { relname: "articles", reloptions: ["toast_tuple_target=8160"] },
        { relname: "documents", reloptions: ["toast_tuple_target=8160"] },
      ]);
      expect(await query("select id, slug, view_count, length(body) > 5000 as long from articles")).toEqual([{ id: 1, slug: "bai-dai", view_count: 833, long: true }]);
      expect(await query("select id, number from documents")).toEqual([{ id: 1, number: "1/QĐ-UBND" }]);
      // The same vector, found as before (the phrase is at the end of the text).
      const phrase = "websearch_to_tsquery('simple', public.f_unaccent('\"ứng phó mưa bão\"'))";
      expect(await query(`select count(*)::int as n from articles where search_vector @@ ${phrase}`)).toEqual([{ n: 1 }]);
      expect(await query(`select count(*)::int as n from documents where search_vector @@ ${phrase}`)).toEqual([{ n: 1 }]);
      // Out of the row: only the body (the articles') or the file text (the documents'); the
      // vectors, the title and the summary are in it.
      for (const [table, text] of [
        ["articles", "body"],
        ["documents", "file_text"],
      ] as const) {
        const [toast] = await query(`select reltoastrelid::regclass::text as name from pg_class where relname = '${table}'`);
        const stored = await query(`select sum(length(chunk_data))::int as bytes from ${String(toast!.name)} group by chunk_id`);
        expect(stored, table).toEqual(await query(`select pg_column_size(${text}) as bytes from ${table}`));
      }
    }));
});
