import type { CacheKeys } from "./keys";
import type { RedisConnection } from "./redis-connection";

// Tag invalidations shared by every instance. Next keeps them in a map in each
// process (its "tags manifest") and checks every cached page and 'use cache'
// entry against it; this writes each invalidation to Redis as well, and before
// an entry is served reads the entry's tags back into the local map, so an
// invalidation on any instance reaches the next request on all of them.
//
// Each record carries the time it was made, and the newest wins, in Redis and
// in the local map alike. An invalidation made while Redis is away is applied
// locally and written once Redis is back, unless a newer one is there by then.

export interface TagState {
  stale?: number;
  expired?: number;
}

export type TagManifest = Map<string, TagState>;

/** How long a tag record outlives the newest entry it could make stale (entries live no longer, see ttl.ts). */
export const TAG_TTL_MS = 8 * 24 * 3600 * 1000;

// Writes a record unless the one stored is as new or newer: the record starts with its time.
const SET_IF_NEWER = `
local current = redis.call('GET', KEYS[1])
if current then
  local at = tonumber(string.match(current, '^%d+'))
  if at and at >= tonumber(ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1`;

const encode = (at: number, { stale, expired }: TagState) => `${at}:${stale ?? ""}:${expired ?? ""}`;

function decode(record: string): { at: number; state: TagState } | null {
  const [at, stale, expired] = record.split(":").map((part) => (part === "" ? undefined : Number(part)));
  if (at === undefined || !Number.isFinite(at)) return null;
  const state: TagState = {};
  if (stale !== undefined && Number.isFinite(stale)) state.stale = stale;
  if (expired !== undefined && Number.isFinite(expired)) state.expired = expired;
  return { at, state };
}

/** Next's rule: an entry is gone once a tag expired after the entry was made (and the expiry has come). */
export function tagsExpired(manifest: TagManifest, tags: readonly string[], timestamp: number, now = Date.now()) {
  return tags.some((tag) => {
    const expired = manifest.get(tag)?.expired;
    return expired !== undefined && expired <= now && expired > timestamp;
  });
}

/** Next's rule: an entry is served once more and refreshed when a tag went stale after it was made. */
export function tagsStale(manifest: TagManifest, tags: readonly string[], timestamp: number) {
  return tags.some((tag) => (manifest.get(tag)?.stale ?? 0) > timestamp);
}

export class TagStore {
  /** When the state this process holds for each tag was made, wherever that was. */
  private readonly madeAt = new Map<string, number>();
  /** Records made here that Redis has not confirmed yet. */
  private readonly unsent = new Map<string, { at: number; record: string }>();

  constructor(
    private readonly connection: RedisConnection,
    private readonly keys: CacheKeys,
    /** Next's own tags manifest in the server; a map of its own for each store in tests. */
    readonly manifest: TagManifest,
  ) {
    connection.onReconnect(() => void this.flush());
  }

  /** Next's revalidateTag semantics (see its default cache handler), applied here and sent to Redis. */
  async update(tags: string | readonly string[], durations?: { expire?: number }): Promise<void> {
    const now = Date.now();
    for (const tag of typeof tags === "string" ? [tags] : tags) {
      const state: TagState = { ...this.manifest.get(tag) };
      if (durations) {
        state.stale = now;
        if (durations.expire !== undefined) state.expired = now + durations.expire * 1000;
      } else {
        state.expired = now;
      }
      this.adopt(tag, now, state);
      this.unsent.set(tag, { at: now, record: encode(now, state) });
    }
    await this.flush();
  }

  /** Reads these tags' newest state from Redis into the local manifest (nothing happens while Redis is away). */
  async refresh(tags: readonly string[]): Promise<void> {
    if (tags.length === 0) return;
    const records = await this.connection.run((client) => client.mget(tags.map((tag) => this.keys.tag(tag))));
    records?.forEach((record, i) => {
      const parsed = record ? decode(record) : null;
      if (parsed) this.adopt(tags[i]!, parsed.at, parsed.state);
    });
  }

  /** Sends what Redis has not confirmed yet; kept for the next attempt if it cannot. */
  async flush(): Promise<void> {
    const pending = [...this.unsent];
    await Promise.all(
      pending.map(async ([tag, sent]) => {
        const written = await this.connection.run((client) =>
          client.eval(SET_IF_NEWER, 1, this.keys.tag(tag), sent.record, sent.at, TAG_TTL_MS),
        );
        if (written !== undefined && this.unsent.get(tag) === sent) this.unsent.delete(tag);
      }),
    );
  }

  private adopt(tag: string, at: number, state: TagState): void {
    if (at < (this.madeAt.get(tag) ?? 0)) return;
    this.madeAt.set(tag, at);
    this.manifest.set(tag, state);
  }
}
