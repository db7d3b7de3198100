// The reader cache's store shared by every instance (issue "Scale-out"), behind the same
// interface as the in-memory one (lib/page-store.mjs), used when REDIS_URL is set.
//
// - Entries are hashes with a time to live, so Redis's own LRU eviction (maxmemory-policy
//   allkeys-lru or volatile-lru) bounds them; nothing indexes tags to keys.
// - An invalidation writes the tag's time; a lookup reads the entry and the times of its
//   tags in one round trip (a Lua script), so an edit made on any instance is seen by the
//   very next request on every instance.
// - Each instance keeps the entries it read or wrote in its in-memory store: decoded once
//   (a lookup whose entry has not changed sends no bytes) and served while Redis is
//   unreachable, so pages keep serving. Those copies are dropped when Redis comes back,
//   since invalidations made meanwhile by other instances were missed; this instance's own
//   are replayed then.
import v8 from "node:v8";
import { createMemoryStore, pagePathOf } from "./page-store.mjs";
import { getRedis, REDIS_PREFIX } from "./redis.mjs";

const DAY = 86_400;
/** A tag's time outlives every entry that carries it. */
const TAG_SECONDS = 2 * DAY;
const MAX_ENTRY_SECONDS = DAY;

// KEYS[1]: the entry (or, with ARGV[3] = "page", the page index naming it); ARGV[1]: tag
// prefix; ARGV[2]: the lastModified the caller already holds ("" for none); ARGV[4]: "1" when
// the caller also holds the encoded page. Returns the entry's key, meta, value ("" when the
// caller's copy is current), page ("" when the caller has it or there is none yet) and the
// times of its tags. The value and page (100 kB or more) are read only when they are sent:
// copying them into Lua on every hit would cost Redis more than the whole request.
const LOOKUP = `
local key = KEYS[1]
if ARGV[3] == 'page' then
  key = redis.call('GET', KEYS[1])
  if not key then return false end
end
local f = redis.call('HMGET', key, 'at', 'tags', 'meta')
if not f[1] then return false end
local reply = {key, f[3], '', ''}
if f[1] ~= ARGV[2] then
  local v = redis.call('HMGET', key, 'value', 'page')
  reply[3] = v[1]
  reply[4] = v[2] or ''
elseif ARGV[4] ~= '1' then
  reply[4] = redis.call('HGET', key, 'page') or ''
end
for _, tag in ipairs(cjson.decode(f[2])) do
  reply[#reply + 1] = redis.call('GET', ARGV[1] .. tag) or ''
end
return reply
`;

// A tag's time only moves forward (two instances may invalidate it at once).
const INVALIDATE = `
for i, tag in ipairs(KEYS) do
  local at = tonumber(ARGV[i])
  local old = tonumber(redis.call('GET', tag) or '0')
  if at > old then redis.call('SET', tag, ARGV[i], 'EX', ARGV[#ARGV]) else redis.call('EXPIRE', tag, ARGV[#ARGV]) end
end
return #KEYS
`;

// The encoded page is added when its compression finishes, unless a newer render replaced the entry.
const ADD_PAGE = `
if redis.call('HGET', KEYS[1], 'at') == ARGV[1] then redis.call('HSET', KEYS[1], 'page', ARGV[2]) return 1 end
return 0
`;

function secondsToKeep(cacheControl) {
  const limits = [cacheControl?.expire, cacheControl?.revalidate].filter((v) => typeof v === "number" && v > 0);
  return Math.max(60, Math.min(MAX_ENTRY_SECONDS, ...(limits.length ? [Math.max(...limits) * 2] : [MAX_ENTRY_SECONDS])));
}

function decodePage(buffer) {
  if (!buffer?.length) return undefined;
  const { status, bodies, etags } = v8.deserialize(buffer);
  const bytes = bodies.br.length + bodies.gzip.length;
  return { status, bodies, etags, complete: true, headers: undefined, ready: Promise.resolve(bytes) };
}

export function redisStore({ redis = getRedis(), prefix = `${REDIS_PREFIX}cache:`, local = createMemoryStore() } = {}) {
  if (!redis) throw new Error("redisStore needs REDIS_URL");
  if (!redis.portalCacheLookup) {
    redis.defineCommand("portalCacheLookup", { numberOfKeys: 1, lua: LOOKUP });
    redis.defineCommand("portalCacheAddPage", { numberOfKeys: 1, lua: ADD_PAGE });
  }
  const entryKey = (key) => `${prefix}e:${key}`;
  const pageKey = (path) => `${prefix}p:${path}`;
  const tagKey = (tag) => `${prefix}t:${tag}`;
  /** The latest time of an entry's own tags, as read with it. */
  const tagTimes = new WeakMap();
  /** Invalidations Redis did not take (outage): replayed when it is back. */
  const pending = new Map();
  let connected = redis.status === "ready";

  async function writeInvalidations(list) {
    const tags = [...list.keys()];
    if (!tags.length) return;
    await redis.eval(INVALIDATE, tags.length, ...tags.map(tagKey), ...tags.map((t) => String(list.get(t))), String(TAG_SECONDS));
  }

  redis.on("ready", () => {
    const wasDown = !connected;
    connected = true;
    if (!wasDown) return;
    // Others' invalidations were missed while away: nothing local can be trusted.
    local.clear();
    const replay = new Map(pending);
    pending.clear();
    writeInvalidations(replay).catch(() => {
      for (const [tag, at] of replay) pending.set(tag, Math.max(at, pending.get(tag) ?? 0));
    });
  });
  redis.on("close", () => {
    connected = false;
  });

  async function lookup(redisKey, mode, known) {
    const current = known ? String(known.lastModified) : "";
    const holdsPage = known?.page?.complete ? "1" : "0";
    const reply = await redis.portalCacheLookupBuffer(redisKey, `${prefix}t:`, current, mode, holdsPage);
    if (!reply) return undefined;
    const [keyBuf, metaBuf, valueBuf, pageBuf, ...times] = reply;
    const key = keyBuf.toString().slice(`${prefix}e:`.length);
    let entry = known;
    if (valueBuf.length) {
      const meta = JSON.parse(metaBuf.toString());
      const page = decodePage(pageBuf);
      // The same render whose compression this process is still doing: keep its own copy.
      if (!(known && known.lastModified === meta.lastModified && !page && known.page)) {
        entry = { value: v8.deserialize(valueBuf), lastModified: meta.lastModified, cacheControl: meta.cacheControl, tags: meta.tags, size: meta.size, page };
        local.set(key, entry);
      }
    } else if (pageBuf.length && known && !known.page) {
      // Rendered elsewhere and read here before its compression was done: the page came since.
      entry = { ...known, page: decodePage(pageBuf) };
      local.set(key, entry);
    }
    let latest = -Infinity;
    for (const t of times) if (t.length) latest = Math.max(latest, Number(t.toString()));
    tagTimes.set(entry, latest);
    return entry;
  }

  async function tagTimesOf(tags) {
    const values = await redis.mget(...tags.map(tagKey));
    return values.reduce((max, v) => (v === null ? max : Math.max(max, Number(v))), -Infinity);
  }

  return {
    async get(key) {
      try {
        const entry = await lookup(entryKey(key), "entry", local.get(key));
        if (!entry) local.delete(key);
        return entry;
      } catch {
        return local.get(key);
      }
    },

    async set(key, entry) {
      local.set(key, entry);
      const seconds = secondsToKeep(entry.cacheControl);
      const at = String(entry.lastModified);
      const meta = JSON.stringify({ lastModified: entry.lastModified, cacheControl: entry.cacheControl, size: entry.size, tags: entry.tags });
      const path = pagePathOf(key);
      const tx = redis
        .multi()
        .del(entryKey(key))
        .hset(entryKey(key), "at", at, "tags", JSON.stringify(entry.tags), "meta", meta, "value", v8.serialize(entry.value))
        .expire(entryKey(key), seconds);
      if (path) tx.set(pageKey(path), entryKey(key), "EX", seconds);
      try {
        await tx.exec();
      } catch {
        return; // kept locally; the next render after Redis is back stores it again
      }
      entry.page?.ready.then(() => {
        if (!entry.page.complete) return;
        const { status, bodies, etags } = entry.page;
        redis.portalCacheAddPage(entryKey(key), at, v8.serialize({ status, bodies, etags })).catch(() => {});
      });
    },

    async delete(key) {
      local.delete(key);
      await redis.del(entryKey(key)).catch(() => {});
    },

    async invalidate(tags, at) {
      local.invalidate(tags, at);
      const list = new Map(tags.map((t) => [t, at]));
      try {
        await writeInvalidations(list);
      } catch (error) {
        for (const [tag, time] of list) pending.set(tag, Math.max(time, pending.get(tag) ?? 0));
        console.error("[cache] invalidation kept until Redis is back:", error instanceof Error ? error.message : error);
      }
    },

    /** `entry` is the one just looked up: its own tags were read with it. */
    async isInvalidated(tags, lastModified, entry) {
      if (local.isInvalidated(tags, lastModified)) return true;
      const latest = entry ? tagTimes.get(entry) : undefined;
      if (latest !== undefined && latest >= lastModified) return true;
      const unread = latest === undefined ? tags : tags.filter((t) => !entry.tags.includes(t));
      if (!unread.length) return false;
      try {
        return (await tagTimesOf(unread)) >= lastModified;
      } catch {
        return false; // Redis unreachable: the local copy's own invalidations were checked above
      }
    },

    markMissed: (key, at) => local.markMissed(key, at),
    takeMissed: (key) => local.takeMissed(key),

    async pageAt(path) {
      try {
        const known = local.pageAt(path);
        return await lookup(pageKey(path), "page", known);
      } catch {
        return local.pageAt(path);
      }
    },

    /** For tests: this instance's copies. */
    local,
  };
}
