import { relations, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { ROLES } from "../lib/auth/policy";
import { SITE_KINDS, SITE_STATES } from "../lib/site";
import type { MediaVariant } from "../lib/media-url";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

// ---------------------------------------------------------------- users

/** A person's role on one site (lib/auth/policy.ts says what each may do). */
export const userRole = pgEnum("user_role", ROLES);

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  // The province's IT centre: creates sites, appoints their admins, acts on every site.
  platformAdmin: boolean("platform_admin").notNull().default(false),
  disabled: boolean("disabled").notNull().default(false),
  // Bumped to revoke every session of the user (JWTs carry the version they were issued at).
  sessionVersion: integer("session_version").notNull().default(1),
  mustChangePassword: boolean("must_change_password").notNull().default(false),
  lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  ...timestamps,
});
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

// ---------------------------------------------------------------- sites

/**
 * The administrative level of a site (never hard-coded in UI text: lib/site.ts words it).
 * `huyen` survives only for the archived sites of the districts abolished on 1 July 2025.
 */
export const siteKind = pgEnum("site_kind", SITE_KINDS);
export const siteState = pgEnum("site_state", SITE_STATES);

export const sites = pgTable(
  "sites",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    kind: siteKind("kind").notNull(),
    /** The unit's own name without its level: "Hưng Hà", "Tân Hòa". */
    name: text("name").notNull(),
    // A commune's or agency's province (NĐ 224/2026 Điều 11: components of its portal).
    parentId: integer("parent_id").references((): AnyPgColumn => sites.id, { onDelete: "restrict" }),
    state: siteState("state").notNull().default("live"),
    position: integer("position").notNull().default(0),
    ...timestamps,
  },
  (t) => [index("sites_parent_idx").on(t.parentId)],
);
export type Site = typeof sites.$inferSelect;
export type NewSite = typeof sites.$inferInsert;

/** Host names a site answers to (besides `<slug>.localhost`); the first is its public origin. */
export const siteHosts = pgTable(
  "site_hosts",
  {
    host: text("host").primaryKey(),
    siteId: integer("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("site_hosts_site_idx").on(t.siteId, t.position)],
);

/** One account per person; a role per site they work on. */
export const siteMembers = pgTable(
  "site_members",
  {
    siteId: integer("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: userRole("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.userId] }), index("site_members_user_idx").on(t.userId)],
);

const siteRef = () =>
  integer("site_id")
    .notNull()
    .references(() => sites.id, { onDelete: "restrict" });

// ---------------------------------------------------------------- media

export type { MediaVariant };

export const media = pgTable("media", {
  id: serial("id").primaryKey(),
  siteId: siteRef(),
  // Folder under the uploads directory holding the original and its variants (random name).
  storageKey: text("storage_key").notNull().unique(),
  originalName: text("original_name").notNull(),
  mimeType: text("mime_type").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  bytes: integer("bytes").notNull(),
  alt: text("alt").notNull().default(""),
  caption: text("caption").notNull().default(""),
  variants: jsonb("variants").$type<MediaVariant[]>().notNull().default([]),
  uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
  ...timestamps,
});
export type Media = typeof media.$inferSelect;
export type NewMedia = typeof media.$inferInsert;

// ---------------------------------------------------------------- categories

export const categories = pgTable(
  "categories",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    // One level of nesting: menu groups.
    parentId: integer("parent_id"),
    position: integer("position").notNull().default(0),
    showOnHome: boolean("show_on_home").notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex("categories_site_slug_idx").on(t.siteId, t.slug), index("categories_parent_idx").on(t.parentId)],
);
export type Category = typeof categories.$inferSelect;

/** Every slug a category has had; old ones redirect permanently to the current one. */
export const categorySlugs = pgTable(
  "category_slugs",
  {
    siteId: siteRef(),
    slug: text("slug").notNull(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.slug] })],
);
export type NewCategory = typeof categories.$inferInsert;

// ---------------------------------------------------------------- articles

/** Full-text search lexemes; read only by db/search.ts, never selected into pages. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * Title (A) above summary (B) above body (C) above byline (D), or the given columns. `fold`
 * is f_unaccent (migration 0001) for accent-insensitive matching, or nothing to keep the
 * accents for the exact-accent bonus. The `simple` configuration: PostgreSQL has no Vietnamese stemmer, and
 * Vietnamese syllables need none. Tags in the stored HTML are skipped by the parser.
 */
function searchDocument(fold: (column: string) => string, columns = [["title", "A"], ["summary", "B"], ["body", "C"], ["byline", "D"]]) {
  const part = (column: string, weight: string) => `setweight(to_tsvector('simple'::regconfig, ${fold(`"${column}"`)}), '${weight}')`;
  return sql.raw(columns.map(([column, weight]) => part(column!, weight!)).join(" || "));
}

/**
 * The adjacent pairs of a search vector's words ("chinh trang", "trang do"), indexed only
 * (migration 0012): a phrase's candidates are the documents holding all its pairs, so the
 * phrase itself is checked on its matches rather than on every document holding its words.
 */
function searchPairs(vector: AnyPgColumn) {
  return sql`public.tsvector_pairs(${vector})`;
}

/**
 * The month (UTC) a row is dated, first column of the pairs index (migration 0014,
 * btree_gin): a phrase's candidates are then looked for window by window, newest first, as
 * words are (db/bounded-ranking.ts). A month, not the timestamp: a window of years is a few
 * dozen index entries where a range of timestamps is one per row.
 */
function searchMonth(column: AnyPgColumn) {
  return sql`public.search_month(${column})`;
}

/** Title (A) and summary (B) only: what matches are ranked by (small, stored inline, cheap to read). */
const RANKED_PARTS = [
  ["title", "A"],
  ["summary", "B"],
];

export const articleStatus = pgEnum("article_status", ["draft", "pending", "scheduled", "published", "archived"]);
export type ArticleStatus = (typeof articleStatus.enumValues)[number];

export const articles = pgTable(
  "articles",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    // Sanitized HTML (lib/sanitize.ts) — never stored raw.
    body: text("body").notNull().default(""),
    byline: text("byline").notNull().default(""),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    coverMediaId: integer("cover_media_id").references(() => media.id, { onDelete: "set null" }),
    coverCaption: text("cover_caption").notNull().default(""),
    featured: boolean("featured").notNull().default(false),
    status: articleStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    // Kept up to date by PostgreSQL itself whatever writes the row (admin, seed, SQL).
    searchVector: tsvector("search_vector").generatedAlwaysAs(searchDocument((c) => `public.f_unaccent(${c})`)),
    // Ranking reads these, never the whole document's vectors above (large, TOASTed).
    searchRank: tsvector("search_rank").generatedAlwaysAs(searchDocument((c) => `public.f_unaccent(${c})`, RANKED_PARTS)),
    searchRankExact: tsvector("search_rank_exact").generatedAlwaysAs(searchDocument((c) => c, RANKED_PARTS)),
    ...timestamps,
  },
  // Lists are ordered newest first with the id as tie-break, as `desc()` writes it (NULLS
  // FIRST): the indexes end with both, in that order, so a page of a list is an index walk,
  // not a sort of the whole site or category.
  (t) => [
    uniqueIndex("articles_site_slug_idx").on(t.siteId, t.slug),
    index("articles_public_idx").on(t.siteId, t.status, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("articles_search_idx").using("gin", t.searchVector),
    index("articles_search_pairs_idx").using("gin", searchMonth(t.publishedAt), searchPairs(t.searchVector)),
    index("articles_category_idx").on(t.categoryId, t.status, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("articles_featured_idx").on(t.siteId, t.featured, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

/** Every slug an article has had; old ones redirect permanently to the current one. */
export const articleSlugs = pgTable(
  "article_slugs",
  {
    siteId: siteRef(),
    slug: text("slug").notNull(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.slug] })],
);

export const syndicationStatus = pgEnum("syndication_status", ["pending", "approved", "rejected"]);
export type SyndicationStatus = (typeof syndicationStatus.enumValues)[number];

/**
 * A component site's article sent up to its province ("Tin từ xã, phường"): shown there
 * once a provincial editor approves it, always linking to (and canonical on) its own site.
 */
export const articleSyndications = pgTable(
  "article_syndications",
  {
    articleId: integer("article_id")
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    targetSiteId: integer("target_site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    status: syndicationStatus("status").notNull().default("pending"),
    requestedBy: integer("requested_by").references(() => users.id, { onDelete: "set null" }),
    decidedBy: integer("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index("article_syndications_target_idx").on(t.targetSiteId, t.status, t.decidedAt.desc())],
);

export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: serial("id").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    byline: text("byline").notNull(),
    categoryId: integer("category_id").notNull(),
    coverMediaId: integer("cover_media_id"),
    coverCaption: text("cover_caption").notNull().default(""),
    // A revision of a published article waits here for an editor's approval.
    pending: boolean("pending").notNull().default(false),
    note: text("note").notNull().default(""),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.createdAt.desc())],
);
export type ArticleRevision = typeof articleRevisions.$inferSelect;

/**
 * Each article's view count, kept apart from the article: the view buffer's flush rewrites
 * these rows every second, and a narrow row with one index is updated in place (a HOT
 * update), where the article's wide row was copied with its search vectors and entered
 * again into all five of its indexes on most flushes (BENCHMARKS.md). No row is no view.
 */
export const articleViewCounts = pgTable("article_view_counts", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  views: integer("views").notNull().default(0),
});

/** Views per article per calendar day (Asia/Ho_Chi_Minh), for the dashboard's charts. */
export const articleViewsDaily = pgTable(
  "article_views_daily",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index("article_views_daily_day_idx").on(t.day)],
);

/**
 * Who saw which article when, by keyed visitor hash: a view counts once per visitor per
 * article per 30 minutes. Rows older than that are useless and are pruned.
 */
export const articleViewMarks = pgTable(
  "article_view_marks",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    visitorHash: text("visitor_hash").notNull(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.visitorHash] }), index("article_view_marks_seen_idx").on(t.seenAt)],
);

// ---------------------------------------------------------------- polls

export const polls = pgTable("polls", {
  id: serial("id").primaryKey(),
  siteId: siteRef(),
  question: text("question").notNull(),
  opensAt: timestamp("opens_at", { withTimezone: true }),
  closesAt: timestamp("closes_at", { withTimezone: true }),
  showOnHome: boolean("show_on_home").notNull().default(false),
  ...timestamps,
});
export type Poll = typeof polls.$inferSelect;

export const pollOptions = pgTable(
  "poll_options",
  {
    id: serial("id").primaryKey(),
    pollId: integer("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    position: integer("position").notNull().default(0),
    voteCount: integer("vote_count").notNull().default(0),
  },
  (t) => [index("poll_options_poll_idx").on(t.pollId, t.position)],
);
export type PollOption = typeof pollOptions.$inferSelect;

export const pollVotes = pgTable(
  "poll_votes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    pollId: integer("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    optionId: integer("option_id")
      .notNull()
      .references(() => pollOptions.id, { onDelete: "cascade" }),
    // Keyed hash of the visitor cookie: one vote per visitor per poll, enforced here.
    voterHash: text("voter_hash").notNull(),
    ipHash: text("ip_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("poll_votes_one_per_voter").on(t.pollId, t.voterHash),
    index("poll_votes_ip_idx").on(t.pollId, t.ipHash, t.createdAt),
  ],
);

// ---------------------------------------------------------------- albums

export const albums = pgTable(
  "albums",
  {
  id: serial("id").primaryKey(),
  siteId: siteRef(),
  slug: text("slug").notNull(),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  coverMediaId: integer("cover_media_id").references(() => media.id, { onDelete: "set null" }),
  published: boolean("published").notNull().default(false),
  position: integer("position").notNull().default(0),
  ...timestamps,
  },
  (t) => [uniqueIndex("albums_site_slug_idx").on(t.siteId, t.slug)],
);
export type Album = typeof albums.$inferSelect;

export const albumItems = pgTable(
  "album_items",
  {
    id: serial("id").primaryKey(),
    albumId: integer("album_id")
      .notNull()
      .references(() => albums.id, { onDelete: "cascade" }),
    mediaId: integer("media_id")
      .notNull()
      .references(() => media.id, { onDelete: "restrict" }),
    caption: text("caption").notNull().default(""),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("album_items_album_idx").on(t.albumId, t.position)],
);

// ---------------------------------------------------------------- settings and audit

/** Per site, key → JSON value; each key's shape is validated by its zod schema (lib/site-settings.ts). */
export const settings = pgTable(
  "settings",
  {
    siteId: siteRef(),
    key: text("key").notNull(),
    value: jsonb("value").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.key] })],
);

/** Platform-wide key → JSON value: generated secrets, the demo-content marker. */
export const platformSettings = pgTable("platform_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Append-only record of every change and sign-in. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    // The site the change was made on; null for platform-wide entries (sign-in, sites).
    siteId: integer("site_id").references(() => sites.id, { onDelete: "set null" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull().default(""),
    entityId: text("entity_id").notNull().default(""),
    summary: text("summary").notNull().default(""),
    ip: text("ip").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt.desc()),
    index("audit_log_user_idx").on(t.userId),
    index("audit_log_site_idx").on(t.siteId, t.createdAt.desc()),
  ],
);

/**
 * Failed password checks (sign-ins, and the current password when changing it), counted
 * by db/sign-in-limits.ts per account, per client network and per both. Kept
 * apart from the audit log (which records them too) so the limits can key on the
 * client's network and old rows can be pruned.
 */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    account: text("account").notNull(),
    client: text("client").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_failures_account_idx").on(t.account, t.createdAt),
    index("sign_in_failures_client_idx").on(t.client, t.createdAt),
    index("sign_in_failures_created_idx").on(t.createdAt),
  ],
);

/** Sessions ended by signing out, kept until their token would have expired anyway. */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: text("session_id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);

// ---------------------------------------------------------------- relations

export const categoriesRelations = relations(categories, ({ many }) => ({ articles: many(articles) }));

export const articlesRelations = relations(articles, ({ one, many }) => ({
  category: one(categories, { fields: [articles.categoryId], references: [categories.id] }),
  author: one(users, { fields: [articles.authorId], references: [users.id] }),
  cover: one(media, { fields: [articles.coverMediaId], references: [media.id] }),
  revisions: many(articleRevisions),
}));

export const pollsRelations = relations(polls, ({ many }) => ({ options: many(pollOptions) }));
export const pollOptionsRelations = relations(pollOptions, ({ one }) => ({
  poll: one(polls, { fields: [pollOptions.pollId], references: [polls.id] }),
}));

export const albumsRelations = relations(albums, ({ one, many }) => ({
  cover: one(media, { fields: [albums.coverMediaId], references: [media.id] }),
  items: many(albumItems),
}));
export const albumItemsRelations = relations(albumItems, ({ one }) => ({
  album: one(albums, { fields: [albumItems.albumId], references: [albums.id] }),
  media: one(media, { fields: [albumItems.mediaId], references: [media.id] }),
}));

// ---------------------------------------------------------------- the unit: leaders and organisation (issue 14)

/**
 * The unit's organisation (phòng, ban, cơ quan trực thuộc) as a tree per site, for
 * /gioi-thieu/co-cau-to-chuc, the org chart on /gioi-thieu, /danh-ba and /en. English
 * fields are optional: /en falls back to the Vietnamese text.
 */
export const orgUnits = pgTable(
  "org_units",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    parentId: integer("parent_id").references((): AnyPgColumn => orgUnits.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    nameEn: text("name_en").notNull().default(""),
    /** "phong" | "ban" | "truc-thuoc" | "khac" (lib/unit-info.ts UNIT_KINDS). */
    kind: text("kind").notNull().default("phong"),
    functions: text("functions").notNull().default(""),
    functionsEn: text("functions_en").notNull().default(""),
    headName: text("head_name").notNull().default(""),
    headTitle: text("head_title").notNull().default(""),
    address: text("address").notNull().default(""),
    phone: text("phone").notNull().default(""),
    email: text("email").notNull().default(""),
    position: integer("position").notNull().default(0),
    ...timestamps,
  },
  (t) => [index("org_units_site_idx").on(t.siteId, t.parentId, t.position)],
);
export type OrgUnit = typeof orgUnits.$inferSelect;
export type NewOrgUnit = typeof orgUnits.$inferInsert;

/** The unit's leaders (NĐ 224/2026 Điều 9 k1 c: short biography and duties); former ones stay as an archive. */
export const leaders = pgTable(
  "leaders",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    name: text("name").notNull(),
    title: text("title").notNull(),
    titleEn: text("title_en").notNull().default(""),
    /** "2021 – 2026" as the unit writes it. */
    term: text("term").notNull().default(""),
    photoMediaId: integer("photo_media_id").references(() => media.id, { onDelete: "set null" }),
    biography: text("biography").notNull().default(""),
    biographyEn: text("biography_en").notNull().default(""),
    duties: text("duties").notNull().default(""),
    dutiesEn: text("duties_en").notNull().default(""),
    phone: text("phone").notNull().default(""),
    email: text("email").notNull().default(""),
    unitId: integer("unit_id").references(() => orgUnits.id, { onDelete: "set null" }),
    /** False: a former leader, listed in the archive. */
    current: boolean("current").notNull().default(true),
    position: integer("position").notNull().default(0),
    ...timestamps,
  },
  (t) => [index("leaders_site_idx").on(t.siteId, t.current, t.position)],
);
export type Leader = typeof leaders.$inferSelect;
export type NewLeader = typeof leaders.$inferInsert;
// ---------------------------------------------------------------- documents register (văn bản)

/** Editable per-site lists: loại văn bản, cơ quan ban hành, lĩnh vực. */
function documentList(name: string) {
  return pgTable(
    name,
    {
      id: serial("id").primaryKey(),
      // Made with the site (db/sites.ts createSite): they go with it too.
      siteId: integer("site_id")
        .notNull()
        .references(() => sites.id, { onDelete: "cascade" }),
      name: text("name").notNull(),
      // Loại and lĩnh vực have their own feeds and filters: a stable URL part.
      slug: text("slug").notNull(),
      position: integer("position").notNull().default(0),
      createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [uniqueIndex(`${name}_site_slug_idx`).on(t.siteId, t.slug), uniqueIndex(`${name}_site_name_idx`).on(t.siteId, sql`lower(${t.name})`)],
  );
}
export const documentTypes = documentList("document_types");
export const documentIssuers = documentList("document_issuers");
export const documentFields = documentList("document_fields");

/**
 * Số/ký hiệu (A), trích yếu (A), the text of the attached files (C), người ký (D), folded
 * by f_unaccent; the number also split at its punctuation so "123" finds "123/QĐ-UBND".
 */
const documentSearch = sql.raw(
  [
    `setweight(to_tsvector('simple'::regconfig, public.f_unaccent("number" || ' ' || regexp_replace("number", '[^[:alnum:]]+', ' ', 'g'))), 'A')`,
    `setweight(to_tsvector('simple'::regconfig, public.f_unaccent("summary")), 'A')`,
    `setweight(to_tsvector('simple'::regconfig, public.f_unaccent("file_text")), 'C')`,
    `setweight(to_tsvector('simple'::regconfig, public.f_unaccent("signer")), 'D')`,
  ].join(" || "),
);

/** A legal or administrative document; its tình trạng is derived (lib/document-state.ts), never stored. */
export const documents = pgTable(
  "documents",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    slug: text("slug").notNull(),
    number: text("number").notNull(),
    typeId: integer("type_id")
      .notNull()
      .references(() => documentTypes.id, { onDelete: "restrict" }),
    issuerId: integer("issuer_id")
      .notNull()
      .references(() => documentIssuers.id, { onDelete: "restrict" }),
    signer: text("signer").notNull().default(""),
    signerTitle: text("signer_title").notNull().default(""),
    issuedOn: date("issued_on").notNull(),
    // Kept beside issued_on for the unique number per issuer and year (and the year facet).
    issuedYear: integer("issued_year").notNull(),
    effectiveOn: date("effective_on"),
    expiresOn: date("expires_on"),
    summary: text("summary").notNull(),
    sourceUrl: text("source_url").notNull().default(""),
    // The attached files' extracted text, joined; rewritten with the files.
    fileText: text("file_text").notNull().default(""),
    status: articleStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    searchVector: tsvector("search_vector").generatedAlwaysAs(documentSearch),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("documents_site_slug_idx").on(t.siteId, t.slug),
    uniqueIndex("documents_number_idx").on(t.siteId, t.issuerId, t.issuedYear, sql`lower(${t.number})`),
    index("documents_public_idx").on(t.siteId, t.status, t.issuedOn.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("documents_search_idx").using("gin", t.searchVector),
    index("documents_search_pairs_idx").using("gin", searchMonth(t.issuedOn), searchPairs(t.searchVector)),
  ],
);
export type DocumentRow = typeof documents.$inferSelect;

export const documentFieldLinks = pgTable(
  "document_field_links",
  {
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    fieldId: integer("field_id")
      .notNull()
      .references(() => documentFields.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.fieldId] }), index("document_field_links_field_idx").on(t.fieldId)],
);

/** Attached files, stored like media uploads: UPLOADS_DIR/<storage_key>/<file_name>, served at /media/…. */
export const documentFiles = pgTable(
  "document_files",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull().unique(),
    fileName: text("file_name").notNull(),
    originalName: text("original_name").notNull(),
    mimeType: text("mime_type").notNull(),
    bytes: integer("bytes").notNull(),
    text: text("text").notNull().default(""),
    position: integer("position").notNull().default(0),
    uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("document_files_document_idx").on(t.documentId, t.position)],
);

export const DOCUMENT_RELATION_KINDS = ["replaces", "amends", "supplements", "guides"] as const;
export const documentRelationKind = pgEnum("document_relation_kind", DOCUMENT_RELATION_KINDS);
export type DocumentRelationKind = (typeof DOCUMENT_RELATION_KINDS)[number];

/** `fromId` (the newer document) replaces / amends / supplements / guides `toId`. */
export const documentRelations = pgTable(
  "document_relations",
  {
    siteId: siteRef(),
    fromId: integer("from_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    toId: integer("to_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    kind: documentRelationKind("kind").notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId, t.kind] }), index("document_relations_to_idx").on(t.toId)],
);

/** Every save keeps the document's fields as they were (restore makes them the newest again). */
export const documentRevisions = pgTable(
  "document_revisions",
  {
    id: serial("id").primaryKey(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    note: text("note").notNull().default(""),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("document_revisions_document_idx").on(t.documentId, t.createdAt.desc())],
);

// ---------------------------------------------------------------- schedule, procedures, disclosures
// Lịch công tác, Thủ tục hành chính, Công khai ngân sách (issue 14). Per site; readers see
// them through db/reader-data.ts, editors through db/schedule.ts, db/procedures.ts and
// db/disclosures.ts.

/** One item of the leaders' weekly schedule. Cancelled entries stay, marked, with the reason. */
export const scheduleEntries = pgTable(
  "schedule_entries",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    /** The Việt Nam calendar day, and wall-clock times "HH:mm" on it. */
    day: date("day", { mode: "string" }).notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time"),
    content: text("content").notNull(),
    place: text("place").notNull().default(""),
    chair: text("chair").notNull().default(""),
    participants: text("participants").notNull().default(""),
    preparingUnit: text("preparing_unit").notNull().default(""),
    note: text("note").notNull().default(""),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelReason: text("cancel_reason").notNull().default(""),
    /** iCalendar SEQUENCE: bumped on every change readers' calendars must pick up. */
    sequence: integer("sequence").notNull().default(0),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [index("schedule_entries_site_day_idx").on(t.siteId, t.day, t.startTime)],
);

/**
 * The leaders an entry is for, by name (and position) as typed. When the leaders register
 * (Giới thiệu / Lãnh đạo) lands, a nullable leader_id column here links a row to it; the
 * name stays as the entry's record of who it was for.
 */
export const scheduleEntryLeaders = pgTable(
  "schedule_entry_leaders",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    entryId: integer("entry_id")
      .notNull()
      .references(() => scheduleEntries.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: text("position").notNull().default(""),
    /** The name without diacritics: the filter's and the per-leader feed's key. */
    slug: text("slug").notNull(),
    ordinal: integer("ordinal").notNull().default(0),
  },
  (t) => [index("schedule_entry_leaders_entry_idx").on(t.entryId), index("schedule_entry_leaders_site_slug_idx").on(t.siteId, t.slug)],
);

/** What changed in an entry after it was first published, shown to readers ("đã thay đổi: …"). */
export const scheduleEntryChanges = pgTable(
  "schedule_entry_changes",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    entryId: integer("entry_id")
      .notNull()
      .references(() => scheduleEntries.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["change", "cancel"] }).notNull(),
    summary: text("summary").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("schedule_entry_changes_entry_idx").on(t.entryId, t.createdAt)],
);

/** An administrative procedure the unit handles, linked to the national public-service portal by its code. */
export const procedures = pgTable(
  "procedures",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    /** Mã TTHC as the national database gives it: "1.001234", "2.000123". */
    code: text("code").notNull(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    field: text("field").notNull(),
    fieldSlug: text("field_slug").notNull(),
    /** "Toàn trình" or "Một phần" (online public service), or "Trực tiếp". */
    level: text("level").notNull(),
    processingTime: text("processing_time").notNull().default(""),
    fee: text("fee").notNull().default(""),
    agency: text("agency").notNull().default(""),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("procedures_site_code_idx").on(t.siteId, t.code),
    uniqueIndex("procedures_site_slug_idx").on(t.siteId, t.slug),
    index("procedures_site_field_idx").on(t.siteId, t.fieldSlug),
  ],
);
export type Procedure = typeof procedures.$inferSelect;

/**
 * Disclosures: a budget report of a year and stage (the grid's cells), a project or a
 * procurement notice. One list, told apart by kind, with the fields each kind uses.
 */
export const disclosures = pgTable(
  "disclosures",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    kind: text("kind", { enum: ["budget", "project", "procurement"] }).notNull(),
    title: text("title").notNull(),
    /** Budget: the year and stage of the grid cell. */
    year: integer("year"),
    stage: text("stage"),
    /** Projects and procurement. */
    investor: text("investor").notNull().default(""),
    valueVnd: bigint("value_vnd", { mode: "number" }),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    status: text("status").notNull().default(""),
    link: text("link").notNull().default(""),
    publishedOn: date("published_on", { mode: "string" }).notNull(),
    ...timestamps,
  },
  (t) => [
    index("disclosures_site_kind_idx").on(t.siteId, t.kind, t.publishedOn),
    uniqueIndex("disclosures_site_budget_cell_idx").on(t.siteId, t.year, t.stage).where(sql`kind = 'budget'`),
  ],
);

/** Files of a disclosure, in the upload store (lib/attachments.ts). */
export const disclosureFiles = pgTable(
  "disclosure_files",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    disclosureId: integer("disclosure_id")
      .notNull()
      .references(() => disclosures.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    storedName: text("stored_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("disclosure_files_disclosure_idx").on(t.disclosureId)],
);

// ---------------------------------------------------------------- citizens' voice (issue 15)

/**
 * "Thông tin này có hữu ích với bạn không?" (NĐ 224/2026 Điều 10 k3 b): one rating per
 * visitor per page, enforced by the unique index. Nothing identifying: the voter hash is
 * keyed per page (the same visitor's ratings of two pages cannot be linked), no IP.
 */
export const pageRatings = pgTable(
  "page_ratings",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    siteId: integer("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    /** The page's path on its site ("/bai-viet/<slug>", "/hoi-dap"). */
    path: text("path").notNull(),
    /** What the dashboard groups by: the article's category, or the fixed section's label. */
    section: text("section").notNull(),
    title: text("title").notNull(),
    /** 1 (không hữu ích) … 5 (rất hữu ích). */
    score: integer("score").notNull(),
    comment: text("comment").notNull().default(""),
    voterHash: text("voter_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("page_ratings_one_per_voter").on(t.siteId, t.path, t.voterHash), index("page_ratings_site_idx").on(t.siteId, t.createdAt)],
);

export const QUESTION_STATES = ["moi", "da_phan_cong", "dang_xu_ly", "cho_duyet", "da_tra_loi", "tu_choi"] as const;
export const questionState = pgEnum("question_state", QUESTION_STATES);

/**
 * Hỏi đáp. The asker's name and contacts are encrypted at rest (AES-256-GCM, db/contact-vault.ts);
 * the hashes let an admin find one person's questions by email or phone (export, erase)
 * without decrypting every row. Readers see only `askerInitials`.
 */
export const questions = pgTable(
  "questions",
  {
    id: serial("id").primaryKey(),
    siteId: integer("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    /** What the asker follows the question with, without an account (unguessable). */
    trackingCode: text("tracking_code").notNull().unique(),
    /** Set when the answer is published. */
    slug: text("slug"),
    field: text("field").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    askerInitials: text("asker_initials").notNull(),
    /** Encrypted JSON {name, email, phone, address}; "" once erased. */
    contactSealed: text("contact_sealed").notNull(),
    emailHash: text("email_hash"),
    phoneHash: text("phone_hash"),
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    state: questionState("state").notNull().default("moi"),
    rejectReason: text("reject_reason").notNull().default(""),
    /** Free text until the units register lands (then a units.id beside it). */
    unitName: text("unit_name").notNull().default(""),
    assignedAt: timestamp("assigned_at", { withTimezone: true }),
    /** Calendar day (Việt Nam) the answer is due: working days from the day it was received. */
    dueOn: date("due_on", { mode: "string" }).notNull(),
    /** Plain text paragraphs (lib/questions.ts toPlainParagraphs), rendered escaped. */
    answer: text("answer").notNull().default(""),
    answeredBy: integer("answered_by").references(() => users.id, { onDelete: "set null" }),
    answerSubmittedAt: timestamp("answer_submitted_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: integer("published_by").references(() => users.id, { onDelete: "set null" }),
    spam: boolean("spam").notNull().default(false),
    /** When the contact was erased (by the retention job or on request). */
    contactErasedAt: timestamp("contact_erased_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("questions_site_slug").on(t.siteId, t.slug),
    index("questions_site_state_idx").on(t.siteId, t.state, t.dueOn),
    index("questions_email_hash_idx").on(t.emailHash),
    index("questions_phone_hash_idx").on(t.phoneHash),
  ],
);

/** Files attached to an answer (from the site's media library), published with it. */
export const questionAttachments = pgTable(
  "question_attachments",
  {
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    mediaId: integer("media_id")
      .notNull()
      .references(() => media.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.mediaId] })],
);

// ---------------------------------------------------------------- drafts for public comment (issue 15)

/**
 * A draft document put out for public comment (Luật Tiếp cận thông tin Điều 17; the law
 * on legal documents). Its state (chưa mở, đang lấy ý kiến, đã kết thúc) follows from
 * `opensAt` and `closesAt` (lib/drafts.ts draftState), never stored. The two handled
 * marks are the scheduler's: the open and close moments whose pages were expired
 * (db/drafts.ts claimDraftTransitions), so each moment is handled once by one instance.
 */
export const drafts = pgTable(
  "drafts",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    /** Cơ quan chủ trì soạn thảo. */
    draftingUnit: text("drafting_unit").notNull(),
    field: text("field").notNull(),
    /** Plain text paragraphs (lib/questions.ts toPlainParagraphs), rendered escaped. */
    summary: text("summary").notNull(),
    /** Cách thức góp ý: on the portal, by mail, by email… (plain text). */
    waysToRespond: text("ways_to_respond").notNull().default(""),
    contactPerson: text("contact_person").notNull().default(""),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    /** Comments wait for staff approval before they show (false: shown at once). */
    moderated: boolean("moderated").notNull().default(true),
    /** Báo cáo tiếp thu, giải trình: sanitized HTML (lib/sanitize.ts), published after closing. */
    report: text("report").notNull().default(""),
    reportPublishedAt: timestamp("report_published_at", { withTimezone: true }),
    openHandledAt: timestamp("open_handled_at", { withTimezone: true }),
    closeHandledAt: timestamp("close_handled_at", { withTimezone: true }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [uniqueIndex("drafts_site_slug_idx").on(t.siteId, t.slug), index("drafts_site_closes_idx").on(t.siteId, t.closesAt)],
);
export type DraftRow = typeof drafts.$inferSelect;

/** The draft's own files and the report's, in the upload store (lib/attachments.ts). */
export const draftFiles = pgTable(
  "draft_files",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    draftId: integer("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["draft", "report"] }).notNull(),
    /** `<24 hex>/<file name>` under /media/. */
    path: text("path").notNull().unique(),
    originalName: text("original_name").notNull(),
    mimeType: text("mime_type").notNull(),
    bytes: integer("bytes").notNull(),
    position: integer("position").notNull().default(0),
    uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("draft_files_draft_idx").on(t.draftId, t.kind, t.position)],
);

export const DRAFT_COMMENT_STATES = ["cho_duyet", "da_duyet", "tu_choi", "rac"] as const;
export const draftCommentState = pgEnum("draft_comment_state", DRAFT_COMMENT_STATES);

/**
 * A citizen's comment on a draft. The optional contact is sealed like the askers' of
 * Hỏi đáp (db/contact-vault.ts), found for export and erasure by its keyed hashes, and
 * erased CONTACT_RETENTION_DAYS after the draft closes. Readers see the name or
 * pseudonym the person chose, never the contact.
 */
export const draftComments = pgTable(
  "draft_comments",
  {
    id: serial("id").primaryKey(),
    siteId: siteRef(),
    draftId: integer("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    authorName: text("author_name").notNull(),
    /** Điều, khoản concerned (optional, plain text). */
    clause: text("clause").notNull().default(""),
    body: text("body").notNull(),
    state: draftCommentState("state").notNull().default("cho_duyet"),
    /** Encrypted JSON {name, email, phone, address}; "" when none was given or once erased. */
    contactSealed: text("contact_sealed").notNull().default(""),
    emailHash: text("email_hash"),
    phoneHash: text("phone_hash"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    moderatedAt: timestamp("moderated_at", { withTimezone: true }),
    moderatedBy: integer("moderated_by").references(() => users.id, { onDelete: "set null" }),
    contactErasedAt: timestamp("contact_erased_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("draft_comments_draft_idx").on(t.draftId, t.state, t.createdAt),
    index("draft_comments_site_state_idx").on(t.siteId, t.state, t.createdAt),
    index("draft_comments_email_hash_idx").on(t.emailHash),
    index("draft_comments_phone_hash_idx").on(t.phoneHash),
  ],
);
