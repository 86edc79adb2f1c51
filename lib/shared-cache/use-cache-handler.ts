import { deserialize, serialize } from "node:v8";
import type { CacheEntry, CacheHandler } from "next/dist/server/lib/cache-handlers/types";
import type { CacheKeys } from "./keys";
import type { RedisConnection } from "./redis-connection";
import { tagsExpired, tagsStale, type TagStore } from "./tag-store";
import { entryTtlMs } from "./ttl";

// The 'use cache' handler (Next's `default` and `remote` kinds) kept in Redis.
// Entries are read back only after their tags have been read from Redis into
// the local manifest, so an invalidation on another instance is seen. While
// Redis is away, reads and writes go to `whileAway`, an in-memory handler of
// this process (Next's own), which is emptied when Redis is back: what it held
// may have been invalidated elsewhere in the meantime.

type StoredEntry = Omit<CacheEntry, "value"> & { value: Buffer };

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return Buffer.concat(chunks);
}

const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

function decode(raw: Buffer): StoredEntry | null {
  try {
    const entry = deserialize(raw) as StoredEntry;
    return Buffer.isBuffer(entry?.value) && Array.isArray(entry.tags) ? entry : null;
  } catch {
    return null; // written by another Node version or damaged: a miss
  }
}

export function createUseCacheHandler(options: {
  connection: RedisConnection;
  keys: CacheKeys;
  tags: TagStore;
  /** A fresh in-process handler, for the time Redis is away. */
  inMemory: () => CacheHandler;
}): CacheHandler {
  const { connection, keys, tags } = options;
  let whileAway = options.inMemory();
  connection.onReconnect(() => (whileAway = options.inMemory()));
  // Next may ask for an entry while it is still being written; it must then wait for it.
  const pendingSets = new Map<string, Promise<void>>();

  return {
    async get(cacheKey, softTags) {
      await pendingSets.get(cacheKey);
      if (!connection.ready) return whileAway.get(cacheKey, softTags);
      const raw = await connection.run((client) => client.getBuffer(keys.data(cacheKey)));
      const entry = raw ? decode(raw) : null;
      if (!entry) return undefined;
      await tags.refresh(entry.tags);
      if (tagsExpired(tags.manifest, entry.tags, entry.timestamp)) return undefined;
      const revalidate = tagsStale(tags.manifest, entry.tags, entry.timestamp) ? -1 : entry.revalidate;
      return { ...entry, revalidate, value: streamOf(entry.value) };
    },

    async set(cacheKey, pendingEntry) {
      let settled = () => {};
      pendingSets.set(cacheKey, new Promise<void>((resolve) => (settled = resolve)));
      try {
        const entry = await pendingEntry;
        // Next regenerates an entry with no lifetime on every read: storing it would be a wasted write.
        if (entry.expire === 0) return;
        const value = await readAll(entry.value);
        if (!connection.ready)
          return await whileAway.set(cacheKey, Promise.resolve({ ...entry, value: streamOf(value) }));
        const stored: StoredEntry = { ...entry, value };
        await connection.run((client) =>
          client.set(keys.data(cacheKey), serialize(stored), "PX", entryTtlMs(entry.expire)),
        );
      } catch {
        // A render that failed half-way leaves no entry: the next read renders again.
      } finally {
        settled();
        pendingSets.delete(cacheKey);
      }
    },

    // Tags are read per entry (get) and per set of implicit tags (getExpiration), so nothing is left to do per request.
    async refreshTags() {},

    async getExpiration(softTags) {
      await tags.refresh(softTags);
      return Math.max(0, ...softTags.map((tag) => tags.manifest.get(tag)?.expired ?? 0));
    },

    async updateTags(tagNames, durations) {
      await tags.update(tagNames, durations);
    },
  };
}
