import { gt, sql } from "drizzle-orm";
import { connectedRedis, REDIS_PREFIX } from "@/lib/redis.mjs";
import type { Database } from "./client";
import { articleViewMarks } from "./schema";

/** A visitor's repeat views of one article within this window count once. */
export const VIEW_WINDOW_MINUTES = 30;
const WINDOW_MS = VIEW_WINDOW_MINUTES * 60_000;
/** How long an article's published state and count, read once, are trusted. */
const SNAPSHOT_MS = 10_000;

/** What a view needs to know of its article: read once per SNAPSHOT_MS, not per view. */
export type ArticleRow = { published: boolean; viewCount: number } | null;
type Snapshot = { published: boolean; base: number; addedAtRead: number; readAt: number };

/**
 * Article views counted in memory and written in batches: at thousands of views a second,
 * a statement (let alone a transaction) per view makes every reader queue on the database.
 * Everything a view does happens here, in memory:
 * - the 30-minute rule: the visitor's mark per article (`claim`), loaded once from
 *   article_view_marks when the process starts counting, so a restart keeps it; with
 *   REDIS_URL also set in Redis (SET NX with the window as its expiry), so a visitor whose
 *   views reach several instances counts once;
 * - the counters, per article and per day (`add`);
 * - the count the reader is shown: the article's count as read at most SNAPSHOT_MS ago
 *   plus every view counted here since (`shown`), exact for this process.
 * A flush (every second by default) writes it all in ONE transaction: one statement per
 * table for everything since the last one (counters, daily totals, marks). A failed flush
 * puts its work back, so the next tick retries it; `flush()` on shutdown writes the rest.
 * A crash loses at most the last second: those views, and their marks with them (such a
 * visitor is counted again once).
 */
export class ViewBuffer {
  /** articleId → views not yet written. */
  private totals = new Map<number, number>();
  /** `${articleId}|${day}` → views not yet written to the daily table. */
  private daily = new Map<string, number>();
  /** Deltas of the flush under way: still "pending" to readers until it commits. */
  private inflight = new Map<number, number>();
  /** `${articleId} ${visitorHash}` → when that visitor's view of it last counted (ms). */
  private marks = new Map<string, number>();
  /** Marks not yet written. */
  private newMarks = new Map<string, { articleId: number; visitorHash: string; seenAt: number }>();
  private marksLoaded: Promise<void> | undefined;
  /** The latest time a view was claimed at: marks older than the window before it are dropped. */
  private latest = 0;
  private lastPrune = 0;
  /** articleId → every view counted by this process (never decreases). */
  private added = new Map<number, number>();
  private snapshots = new Map<number, Snapshot | null>();
  private reading = new Map<number, Promise<Snapshot | null>>();
  private running: Promise<void> | undefined;
  /** Bumped whenever a flush starts, so a reader can tell its count straddled one. */
  private generation = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly database: () => Promise<Database>) {}

  add(articleId: number, day: string, views = 1): void {
    this.totals.set(articleId, (this.totals.get(articleId) ?? 0) + views);
    this.added.set(articleId, (this.added.get(articleId) ?? 0) + views);
    const key = `${articleId}|${day}`;
    this.daily.set(key, (this.daily.get(key) ?? 0) + views);
  }

  /**
   * True when this visitor's view of the article counts (no view of theirs counted in the
   * window before `now`), and from then on blocks the next ones. The local mark is set
   * before Redis is asked, so concurrent calls of one visitor on one instance count once.
   */
  async claim(articleId: number, visitorHash: string, now: Date): Promise<boolean> {
    await (this.marksLoaded ??= this.loadMarks(now).catch((error) => {
      this.marksLoaded = undefined;
      throw error;
    }));
    const at = now.getTime();
    const key = `${articleId} ${visitorHash}`;
    const seen = this.marks.get(key);
    if (seen !== undefined && seen > at - WINDOW_MS) return false;
    this.marks.set(key, at);
    // Several instances: the mark that counts is Redis's, set once per window for all of them.
    const redis = await connectedRedis();
    if (redis) {
      try {
        if ((await redis.set(`${REDIS_PREFIX}view:${articleId}:${visitorHash}`, String(at), "PX", WINDOW_MS, "NX")) === null) return false;
      } catch {
        // Redis unreachable: this instance's own marks decide until it is back.
      }
    }
    this.newMarks.set(key, { articleId, visitorHash, seenAt: at });
    if (at > this.latest) this.latest = at;
    return true;
  }

  private async loadMarks(now: Date): Promise<void> {
    const db = await this.database();
    const rows = await db
      .select({ articleId: articleViewMarks.articleId, visitorHash: articleViewMarks.visitorHash, seenAt: articleViewMarks.seenAt })
      .from(articleViewMarks)
      .where(gt(articleViewMarks.seenAt, new Date(now.getTime() - WINDOW_MS)));
    for (const row of rows) {
      const key = `${row.articleId} ${row.visitorHash}`;
      const at = row.seenAt.getTime();
      if ((this.marks.get(key) ?? -Infinity) < at) this.marks.set(key, at);
    }
  }

  /**
   * The article as a view needs it (null: unknown or not published), read at most every
   * SNAPSHOT_MS. A flush that commits while it is read would count its deltas twice or not
   * at all, so such a read is simply done again.
   */
  async article(articleId: number, read: () => Promise<ArticleRow>): Promise<Snapshot | null> {
    const known = this.snapshots.get(articleId);
    if (known !== undefined && (known === null ? this.negativeFresh(articleId) : performance.now() - known.readAt < SNAPSHOT_MS)) return known;
    let loading = this.reading.get(articleId);
    if (!loading) {
      loading = this.readSnapshot(articleId, read).finally(() => this.reading.delete(articleId));
      this.reading.set(articleId, loading);
    }
    return loading;
  }

  private negativeAt = new Map<number, number>();
  private negativeFresh(articleId: number): boolean {
    return performance.now() - (this.negativeAt.get(articleId) ?? -Infinity) < SNAPSHOT_MS;
  }

  private async readSnapshot(articleId: number, read: () => Promise<ArticleRow>): Promise<Snapshot | null> {
    for (let attempt = 0; ; attempt++) {
      await this.running?.catch(() => {});
      const generation = this.generation;
      const pending = this.pending(articleId);
      const addedAtRead = this.added.get(articleId) ?? 0;
      const row = await read();
      if (this.generation !== generation && attempt < 3) continue;
      if (!row?.published) {
        if (this.snapshots.size > 100_000) this.snapshots.clear();
        this.snapshots.set(articleId, null);
        this.negativeAt.set(articleId, performance.now());
        return null;
      }
      const snapshot = { published: true, base: row.viewCount + pending, addedAtRead, readAt: performance.now() };
      this.snapshots.set(articleId, snapshot);
      return snapshot;
    }
  }

  /** The count a reader is shown: the snapshot's plus every view counted here since. */
  shown(snapshot: Snapshot, articleId: number): number {
    return snapshot.base + (this.added.get(articleId) ?? 0) - snapshot.addedAtRead;
  }

  /** Views of one article counted here but not yet committed to the database. */
  pending(articleId: number): number {
    return (this.totals.get(articleId) ?? 0) + (this.inflight.get(articleId) ?? 0);
  }

  /** True when nothing waits to be written. */
  get empty(): boolean {
    return this.totals.size === 0 && this.inflight.size === 0 && this.newMarks.size === 0;
  }

  /** Writes everything counted so far; a call during a flush waits for it, then writes what came since. */
  async flush(): Promise<void> {
    while (this.running) await this.running.catch(() => {});
    this.pruneMarks();
    if (this.totals.size === 0 && this.newMarks.size === 0) return;
    const totals = this.totals;
    const daily = this.daily;
    const marks = this.newMarks;
    this.totals = new Map();
    this.daily = new Map();
    this.newMarks = new Map();
    this.inflight = totals;
    this.generation++;
    const prune = this.latest - this.lastPrune > 5 * 60_000 ? this.latest - WINDOW_MS : undefined;
    this.running = this.write(totals, daily, marks, prune)
      .then(() => {
        if (prune !== undefined) this.lastPrune = this.latest;
      })
      .catch((error) => {
        // Put the work back so the next flush retries it (with whatever came since).
        this.inflight = new Map();
        for (const [id, views] of totals) this.totals.set(id, (this.totals.get(id) ?? 0) + views);
        for (const [key, views] of daily) this.daily.set(key, (this.daily.get(key) ?? 0) + views);
        for (const [key, mark] of marks) if (!this.newMarks.has(key)) this.newMarks.set(key, mark);
        throw error;
      })
      .finally(() => {
        this.inflight = new Map();
        this.running = undefined;
      });
    return this.running;
  }

  /** Marks that can no longer block a view leave memory (at most once a minute). */
  private lastMemoryPrune = 0;
  private pruneMarks(): void {
    if (this.latest - this.lastMemoryPrune < 60_000) return;
    this.lastMemoryPrune = this.latest;
    const before = this.latest - WINDOW_MS;
    for (const [key, at] of this.marks) if (at <= before) this.marks.delete(key);
  }

  private async write(totals: Map<number, number>, daily: Map<string, number>, marks: Map<string, { articleId: number; visitorHash: string; seenAt: number }>, pruneBefore?: number): Promise<void> {
    const db = await this.database();
    const days = [...daily].map(([key, views]) => {
      const [id, day] = key.split("|");
      return { id: Number(id), day: day!, views };
    });
    // Arrays travel as one text parameter each (`{1,2,3}`), so a batch of any size is one
    // statement with a fixed number of parameters, the same on postgres.js and PGlite.
    const ids = arrayLiteral([...totals.keys()]);
    const deltas = arrayLiteral([...totals.values()]);
    const marked = [...marks.values()];
    await db.transaction(async (tx) => {
      if (totals.size > 0) {
        // The joins skip articles deleted since the view, which would otherwise fail the
        // foreign key and block every later flush.
        await tx.execute(sql`
          insert into article_view_counts (article_id, views)
          select v.id, v.delta
          from unnest(${ids}::int[], ${deltas}::int[]) as v(id, delta)
          join articles on articles.id = v.id
          on conflict (article_id) do update set views = article_view_counts.views + excluded.views`);
        await tx.execute(sql`
          insert into article_views_daily (article_id, day, views)
          select v.id, v.day, v.views
          from unnest(${arrayLiteral(days.map((d) => d.id))}::int[], ${arrayLiteral(days.map((d) => d.day))}::date[], ${arrayLiteral(days.map((d) => d.views))}::int[]) as v(id, day, views)
          join articles on articles.id = v.id
          on conflict (article_id, day) do update set views = article_views_daily.views + excluded.views`);
      }
      if (marked.length > 0) {
        await tx.execute(sql`
          insert into article_view_marks (article_id, visitor_hash, seen_at)
          select v.id, v.visitor, v.seen
          from unnest(${arrayLiteral(marked.map((m) => m.articleId))}::int[], ${quotedArray(marked.map((m) => m.visitorHash))}::text[], ${quotedArray(marked.map((m) => new Date(m.seenAt).toISOString()))}::timestamptz[]) as v(id, visitor, seen)
          join articles on articles.id = v.id
          on conflict (article_id, visitor_hash) do update set seen_at = excluded.seen_at`);
      }
      if (pruneBefore !== undefined) await tx.execute(sql`delete from article_view_marks where seen_at < ${new Date(pruneBefore).toISOString()}::timestamptz`);
    });
  }

  /**
   * Flushes every `intervalMs` until `stop()`, telling `onTick` how each went (an error,
   * or undefined); the timer never keeps the process alive.
   */
  start(intervalMs = 1000, onTick: (error?: unknown) => void = () => {}): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush().then(() => onTick(), onTick), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

// Values are integers and YYYY-MM-DD dates only: nothing that needs quoting.
const arrayLiteral = (values: Array<number | string>) => `{${values.join(",")}}`;
// Visitor hashes (base64url) and ISO times, quoted as array elements.
const quotedArray = (values: string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

const shared = globalThis as typeof globalThis & { __portalViewBuffer?: ViewBuffer };

/**
 * The server's one buffer, on globalThis like the database handle so every route bundle
 * adds to the same counts. Flushed every second; `lib/shutdown.ts` flushes it on exit.
 */
export function sharedViewBuffer(database: () => Promise<Database>): ViewBuffer {
  if (!shared.__portalViewBuffer) {
    const buffer = new ViewBuffer(database);
    let failing = false;
    buffer.start(1000, (error) => {
      // One line when flushing starts failing (e.g. the database is down) and one when it
      // recovers, not one a second.
      if (error && !failing) console.error("[views] flush failed, retrying every second:", error instanceof Error ? error.message : error);
      if (!error && failing) console.log("[views] flush recovered");
      failing = Boolean(error);
    });
    shared.__portalViewBuffer = buffer;
  }
  return shared.__portalViewBuffer;
}

/** The shared buffer if this process ever counted a view (for shutdown). */
export function existingViewBuffer(): ViewBuffer | undefined {
  return shared.__portalViewBuffer;
}
