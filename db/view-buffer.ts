import { sql } from "drizzle-orm";
import type { Database } from "./client";

/**
 * Article views counted in memory and written in batches: at a few hundred views a
 * second, one `update … + 1` per view makes every reader queue on the same hot rows.
 * Here a flush (every second by default) writes ONE statement per table for everything
 * counted since the last one, in one transaction. A failed flush puts its deltas back,
 * so the next tick retries them; `flush()` on shutdown writes the rest.
 *
 * What is buffered is only the counters: the per-visitor de-duplication (the view mark)
 * is written at once by db/views.ts, so it holds across instances and restarts.
 */
export class ViewBuffer {
  /** articleId → views not yet written. */
  private totals = new Map<number, number>();
  /** `${articleId}|${day}` → views not yet written to the daily table. */
  private daily = new Map<string, number>();
  /** Deltas of the flush under way: still "pending" to readers until it commits. */
  private inflight = new Map<number, number>();
  private running: Promise<void> | undefined;
  /** Bumped whenever a flush starts, so a reader can tell its count straddled one. */
  private generation = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly database: () => Promise<Database>) {}

  add(articleId: number, day: string, views = 1): void {
    this.totals.set(articleId, (this.totals.get(articleId) ?? 0) + views);
    const key = `${articleId}|${day}`;
    this.daily.set(key, (this.daily.get(key) ?? 0) + views);
  }

  /** Views of one article counted here but not yet committed to the database. */
  pending(articleId: number): number {
    return (this.totals.get(articleId) ?? 0) + (this.inflight.get(articleId) ?? 0);
  }

  /** True when nothing waits to be written. */
  get empty(): boolean {
    return this.totals.size === 0 && this.inflight.size === 0;
  }

  /**
   * The database count plus what waits here. A flush that commits while `readCount` runs
   * would count its deltas twice or not at all, so such a read is simply done again.
   */
  async countWith(articleId: number, readCount: () => Promise<number | null>): Promise<number | null> {
    for (let attempt = 0; ; attempt++) {
      await this.running?.catch(() => {});
      const generation = this.generation;
      const count = await readCount();
      const straddled = this.generation !== generation;
      if (count === null || !straddled || attempt >= 3) return count === null ? null : count + this.pending(articleId);
    }
  }

  /** Writes everything counted so far; a call during a flush waits for it, then writes what came since. */
  async flush(): Promise<void> {
    while (this.running) await this.running.catch(() => {});
    if (this.totals.size === 0) return;
    const totals = this.totals;
    const daily = this.daily;
    this.totals = new Map();
    this.daily = new Map();
    this.inflight = totals;
    this.generation++;
    this.running = this.write(totals, daily)
      .catch((error) => {
        // Put the deltas back so the next flush retries them (with whatever came since).
        this.inflight = new Map();
        for (const [id, views] of totals) this.totals.set(id, (this.totals.get(id) ?? 0) + views);
        for (const [key, views] of daily) this.daily.set(key, (this.daily.get(key) ?? 0) + views);
        throw error;
      })
      .finally(() => {
        this.inflight = new Map();
        this.running = undefined;
      });
    return this.running;
  }

  private async write(totals: Map<number, number>, daily: Map<string, number>): Promise<void> {
    const db = await this.database();
    const days = [...daily].map(([key, views]) => {
      const [id, day] = key.split("|");
      return { id: Number(id), day: day!, views };
    });
    // Arrays travel as one text parameter each (`{1,2,3}`), so a batch of any size is one
    // statement with a fixed number of parameters, the same on postgres.js and PGlite.
    const ids = arrayLiteral([...totals.keys()]);
    const deltas = arrayLiteral([...totals.values()]);
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        update articles set view_count = articles.view_count + v.delta
        from unnest(${ids}::int[], ${deltas}::int[]) as v(id, delta)
        where articles.id = v.id`);
      // The join skips articles deleted since the view, which would otherwise fail the
      // foreign key and block every later flush.
      await tx.execute(sql`
        insert into article_views_daily (article_id, day, views)
        select v.id, v.day, v.views
        from unnest(${arrayLiteral(days.map((d) => d.id))}::int[], ${arrayLiteral(days.map((d) => d.day))}::date[], ${arrayLiteral(days.map((d) => d.views))}::int[]) as v(id, day, views)
        join articles on articles.id = v.id
        on conflict (article_id, day) do update set views = article_views_daily.views + excluded.views`);
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
