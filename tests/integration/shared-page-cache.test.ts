import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { installPageCache } from "@/lib/page-cache/page-cache";
import { NEXT_CACHE_HANDLERS } from "@/lib/page-cache/next-internals";
import { cacheKeys } from "@/lib/shared-cache/keys";
import { connectRedis, type RedisConnection } from "@/lib/shared-cache/redis-connection";
import { SharedRouteStore } from "@/lib/shared-cache/route-store";
import { TagStore, tagsExpired, type TagManifest } from "@/lib/shared-cache/tag-store";
import { startTestRedis, type TestRedis } from "../helpers/redis-server";

// The page cache (lib/page-cache) with Redis behind it, against a real
// redis-server. Each instance is the page cache built on a stand-in for Next's
// FileSystemCache with a memory of its own (and Next's rule of dropping an
// entry whose tags expired), so two instances share nothing but Redis.

const P = "placeholderAAAAAAAAAAAAA";
const OTHER = "placeholderBBBBBBBBBBBBB";
const holder = globalThis as { [NEXT_CACHE_HANDLERS]?: Record<string, unknown> };

let redis: TestRedis;
let admin: Redis;
const opened: RedisConnection[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
  admin = new Redis(redis.url);
  admin.on("error", () => {});
}, 30_000);

afterEach(async () => {
  delete holder[NEXT_CACHE_HANDLERS];
  while (opened.length) await opened.pop()!.close();
});

afterAll(async () => {
  admin.disconnect();
  await redis?.dispose();
});

type Entry = { lastModified: number; value: Record<string, unknown> | null };
type Ctx = { kind: string; isFallback?: boolean; cacheControl?: { revalidate: number; expire: number } };
interface PageCacheInstance {
  get(key: string, ctx: Ctx): Promise<Entry | null>;
  set(key: string, value: Record<string, unknown> | null, ctx: Ctx): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}

/** One server process: its own memory, its own tags manifest, its own connection. */
function instance(placeholder = P) {
  const manifest: TagManifest = new Map();
  class NextFileSystemCache {
    static memoryCache = new Map<string, Entry>();
    async get(key: string): Promise<Entry | null> {
      const entry = NextFileSystemCache.memoryCache.get(key) ?? null;
      const tags = String((entry?.value?.headers as Record<string, string> | undefined)?.["x-next-cache-tags"] ?? "");
      return entry && tagsExpired(manifest, tags.split(","), entry.lastModified) ? null : entry;
    }
    flushToDisk = false;
    async set(key: string, value: Record<string, unknown> | null) {
      // Memory only, as Next's cache with this.flushToDisk off (the self-check looks for that flag).
      if (this.flushToDisk) throw new Error("this stand-in never writes to disk");
      NextFileSystemCache.memoryCache.set(key, { lastModified: Date.now(), value });
    }
    async revalidateTag() {
      throw new Error("with Redis, tags go through the tag store");
    }
  }
  /** Reads the slot the way Next 16's IncrementalCache does (the self-check reads this source). */
  class NextIncrementalCache {
    handler = (globalThis as Record<symbol, { FetchCache?: unknown } | undefined>)[Symbol.for("@next/cache-handlers")]
      ?.FetchCache;
  }

  const connection = connectRedis(redis.url, { commandTimeoutMs: 500, log: () => {} });
  opened.push(connection);
  const keys = cacheKeys("masthead:pages", "build-1", placeholder);
  const tags = new TagStore(connection, keys, manifest);
  const shared = new SharedRouteStore(connection, keys, tags);
  const installed = installPageCache(
    { FileSystemCache: NextFileSystemCache, IncrementalCache: NextIncrementalCache },
    { noncePlaceholder: placeholder, asciiHtml: true, shared },
  );
  expect(installed).toBe(true);
  const PageCache = holder[NEXT_CACHE_HANDLERS]!.FetchCache as new () => PageCacheInstance;
  return { cache: new PageCache(), memory: NextFileSystemCache.memoryCache, connection, keys };
}

const page = (body: string, { nonce = P, tags = "post:1,_N_T_/articles/a", status = 200 } = {}) => ({
  kind: "APP_PAGE",
  html: `<html><body><p>${body}</p><script nonce="${nonce}">boot()</script></body></html>`,
  rscData: Buffer.from(`rsc:${body}`),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": tags },
  postponed: undefined,
  status,
});
const PAGE: Ctx = { kind: "APP_PAGE", isFallback: false };
const RENDERED: Ctx = { kind: "APP_PAGE", cacheControl: { revalidate: 3600, expire: 86_400 } };

async function ready(...instances: Array<{ connection: RedisConnection }>) {
  for (const { connection } of instances) expect(await connection.waitUntilReady(5_000)).toBe(true);
}

describe("pages shared through Redis", () => {
  it("serves a page rendered by one instance from another, as ASCII HTML with every byte of its payloads", async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    await a.cache.set("/articles/a", page("Café – “quoted”"), RENDERED);

    const served = await b.cache.get("/articles/a", PAGE);
    expect(served?.value?.html).toBe(
      `<html><body><p>Caf&#xE9; &#x2013; &#x201C;quoted&#x201D;</p><script nonce="${P}">boot()</script></body></html>`,
    );
    expect(String(served?.value?.rscData)).toBe("rsc:Café – “quoted”");
    expect(String((served?.value?.segmentData as Map<string, Buffer>).get("/_tree"))).toBe("tree");
    expect(served).toMatchObject({ cacheControl: { revalidate: 3600, expire: 86_400 } });
    // Kept in B's memory with the time A rendered it.
    expect(b.memory.get("/articles/a")?.lastModified).toBe(served!.lastModified);
    expect(await admin.pttl(a.keys.route("/articles/a"))).toBeGreaterThan(86_000_000);
  });

  it("serves the new page on every instance once any instance invalidates one of its tags", async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    await a.cache.set("/articles/b", page("first", { tags: "post:2" }), RENDERED);
    expect((await b.cache.get("/articles/b", PAGE))?.value?.html).toContain("first");

    await a.cache.revalidateTag(["post:2"], { expire: 0 });
    // Neither the copy in B's memory nor the one in Redis is served any longer.
    expect(await b.cache.get("/articles/b", PAGE)).toBeNull();
    // A renders again; B takes that copy rather than its own stale one.
    await a.cache.set("/articles/b", page("second", { tags: "post:2" }), RENDERED);
    expect((await b.cache.get("/articles/b", PAGE))?.value?.html).toContain("second");
  });

  it("never shares a page whose scripts lack the placeholder, nor a 404", async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    await a.cache.set("/articles/unstamped", page("bare", { nonce: "" }), RENDERED);
    await a.cache.set("/articles/made-up", page("gone", { status: 404 }), RENDERED);
    expect(await admin.exists(a.keys.route("/articles/unstamped"), a.keys.route("/articles/made-up"))).toBe(0);
    expect(await b.cache.get("/articles/unstamped", PAGE)).toBeNull();
    expect(await b.cache.get("/articles/made-up", PAGE)).toBeNull();
    expect(a.memory.has("/articles/made-up")).toBe(false);
  });

  it("never serves a page rendered under another placeholder, even put in its place in Redis", async () => {
    const a = instance(OTHER);
    const b = instance(P);
    await ready(a, b);
    await a.cache.set("/articles/c", page("other build", { nonce: OTHER }), RENDERED);
    expect(await b.cache.get("/articles/c", PAGE)).toBeNull();
    // Even copied under B's key, the nonce check refuses it.
    await admin.copy(a.keys.route("/articles/c"), b.keys.route("/articles/c"));
    expect(await b.cache.get("/articles/c", PAGE)).toBeNull();
  });

  it("serves from its own memory while Redis is away, and again from Redis once it is back", async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    await a.cache.set("/articles/d", page("kept", { tags: "post:4" }), RENDERED);
    expect((await b.cache.get("/articles/d", PAGE))?.value?.html).toContain("kept");

    await redis.stop();
    try {
      expect((await b.cache.get("/articles/d", PAGE))?.value?.html).toContain("kept");
      expect(await b.cache.get("/articles/never-rendered", PAGE)).toBeNull();
      await a.cache.set("/articles/e", page("during", { tags: "post:5" }), RENDERED);
      await a.cache.revalidateTag("post:4", { expire: 0 });
      expect(await a.cache.get("/articles/d", PAGE)).toBeNull();
    } finally {
      await redis.start();
    }
    await ready(a, b);
    const deadline = Date.now() + 10_000;
    while ((await b.cache.get("/articles/d", PAGE)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    // The invalidation A made during the outage reached B once Redis was back.
    expect(await b.cache.get("/articles/d", PAGE)).toBeNull();
  }, 30_000);
});
