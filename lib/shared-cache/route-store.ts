import { deserialize, serialize } from "node:v8";
import type { CacheHandlerValue } from "next/dist/server/lib/incremental-cache";
import type { CacheKeys } from "./keys";
import type { RedisConnection } from "./redis-connection";
import { tagsExpired, type TagStore } from "./tag-store";
import { entryTtlMs } from "./ttl";

// Next's incremental cache (rendered pages, route handlers' responses) in
// Redis, behind each process's own memory: lib/page-cache serves from memory
// while the entry's tags, read from Redis, say it is still current, and
// otherwise asks here for the copy another instance may have rendered since.

type Value = NonNullable<CacheHandlerValue["value"]>;
type LookupContext = { kind: string; tags?: string[]; softTags?: string[] };

const TAGS_HEADER = "x-next-cache-tags";

/** The tags an entry was rendered with (a page's travel in its headers, a fetch's in the lookup). */
export function entryTags(entry: CacheHandlerValue, ctx: LookupContext): string[] {
  const value = entry.value;
  if (value && (value.kind === "APP_PAGE" || value.kind === "APP_ROUTE" || value.kind === "PAGES")) {
    const header = value.headers?.[TAGS_HEADER];
    return typeof header === "string" && header ? header.split(",") : [];
  }
  return ctx.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
}

// HTML as UTF-8 bytes: V8 would store a page with one curly quote in it as two bytes per character.
function encode(entry: CacheHandlerValue): Buffer {
  const value = entry.value;
  const html = value && (value.kind === "APP_PAGE" || value.kind === "PAGES") ? value.html : undefined;
  return serialize(
    typeof html === "string" ? { ...entry, value: { ...value, html: Buffer.from(html) }, utf8Html: true } : entry,
  );
}

function decode(raw: Buffer): CacheHandlerValue | null {
  try {
    const stored = deserialize(raw) as CacheHandlerValue & { utf8Html?: boolean };
    if (typeof stored?.lastModified !== "number" || !stored.value) return null;
    const { utf8Html, ...entry } = stored;
    if (utf8Html && (entry.value?.kind === "APP_PAGE" || entry.value?.kind === "PAGES"))
      entry.value = { ...entry.value, html: String(entry.value.html) };
    return entry;
  } catch {
    return null; // written by another Node version or damaged: a miss
  }
}

export class SharedRouteStore {
  constructor(
    private readonly connection: RedisConnection,
    private readonly keys: CacheKeys,
    readonly tags: TagStore,
  ) {}

  /** False while Redis is away: the process's own cache then answers alone. */
  get ready(): boolean {
    return this.connection.ready;
  }

  /** Whether no tag of the entry was invalidated (anywhere) after it was rendered. */
  async current(entry: CacheHandlerValue, ctx: LookupContext): Promise<boolean> {
    const tags = entryTags(entry, ctx);
    await this.tags.refresh(tags);
    return !tagsExpired(this.tags.manifest, tags, entry.lastModified);
  }

  /** The copy in Redis, if there is one and it is still current. */
  async read(key: string, ctx: LookupContext): Promise<CacheHandlerValue | null> {
    const raw = await this.connection.run((client) => client.getBuffer(this.keys.route(key)));
    const entry = raw ? decode(raw) : null;
    return entry && (await this.current(entry, ctx)) ? entry : null;
  }

  async write(key: string, value: Value, cacheControl: CacheHandlerValue["cacheControl"]): Promise<void> {
    const entry: CacheHandlerValue = { lastModified: Date.now(), value, cacheControl };
    const bytes = encode(entry);
    await this.connection.run((client) =>
      client.set(this.keys.route(key), bytes, "PX", entryTtlMs(cacheControl?.expire)),
    );
  }
}
