import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@/db/pglite-extensions.mjs";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

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
  // The view count moved out of the row (0013) and kept its value.
  const [article] = await query("select a.slug, c.views from articles a left join article_view_counts c on c.article_id = a.id");
  expect(article).toEqual({ slug: "bai-mau", views: 833 });
  expect(await query("select count(*)::int as n from poll_votes")).toEqual([{ n: 1 }]);
  // A new site after the upgrade gets the next id.
  const [next] = await query("insert into sites (slug, kind, name) values ('tan-hoa', 'xa', 'Tân Hòa') returning id");
  expect(next!.id).toBe(2);
}

describe("upgrade from the single-site release", () => {
  let oldRelease: string;
  beforeAll(() => {
    oldRelease = previousRelease(4);
  });
  afterAll(() => rmSync(oldRelease, { recursive: true, force: true }));

  // Each project runs it on its own driver (TEST_DRIVER): PGlite, or PostgreSQL.
  it(`moves every row into site 1 (${process.env.TEST_DRIVER})`, async () => {
    if (process.env.TEST_DRIVER === "postgres") return upgradeOnPostgres(oldRelease);
    const client = await PGlite.create("memory://", { extensions: pgliteExtensions });
    try {
      await migratePglite(drizzlePglite({ client }), { migrationsFolder: oldRelease });
      await client.exec(OLD_DATA);
      await migratePglite(drizzlePglite({ client }), { migrationsFolder: migrations });
      await checkUpgraded(async (text) => (await client.query<Record<string, unknown>>(text)).rows);
    } finally {
      await client.close();
    }
  });

});

async function upgradeOnPostgres(oldRelease: string) {
  {
    const base = new URL(inject("databaseUrl"));
    const name = `portal_upgrade_${process.pid}_${Date.now()}`;
    const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    base.pathname = `/${name}`;
    const client = postgres(base.toString(), { max: 1, onnotice: () => {} });
    try {
      await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: oldRelease });
      await client.unsafe(OLD_DATA);
      await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: migrations });
      await checkUpgraded(async (text) => [...(await client.unsafe(text))] as Record<string, unknown>[]);
    } finally {
      await client.end();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  }
}
