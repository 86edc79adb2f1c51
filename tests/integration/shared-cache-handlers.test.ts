import type { CacheEntry, CacheHandler } from "next/dist/server/lib/cache-handlers/types";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cacheKeys } from "@/lib/shared-cache/keys";
import { connectRedis, type RedisConnection } from "@/lib/shared-cache/redis-connection";
import { TagStore, type TagManifest } from "@/lib/shared-cache/tag-store";
import { createUseCacheHandler } from "@/lib/shared-cache/use-cache-handler";
import { startTestRedis, type TestRedis } from "../helpers/redis-server";

// The 'use cache' handler and the tag store against a real redis-server. Each
// "instance" has its own connection and its own tags manifest, as two server
// processes would; they share nothing but Redis.

let redis: TestRedis;
let admin: Redis;
const opened: RedisConnection[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
  admin = new Redis(redis.url, { lazyConnect: true });
  admin.on("error", () => {}); // it sees the outages the tests cause
}, 30_000);

afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

afterAll(async () => {
  admin.disconnect();
  await redis?.dispose();
});

/** A handler that stores nothing, standing in for Next's in-memory one while Redis is away. */
function forgetfulHandler(): CacheHandler {
  return {
    get: async () => undefined,
    set: async () => {},
    refreshTags: async () => {},
    getExpiration: async () => 0,
    updateTags: async () => {},
  };
}

function instance(options: { prefix?: string; placeholder?: string; commandTimeoutMs?: number } = {}) {
  const log: string[] = [];
  const connection = connectRedis(redis.url, {
    commandTimeoutMs: options.commandTimeoutMs ?? 500,
    log: (line) => log.push(line),
  });
  opened.push(connection);
  const keys = cacheKeys(options.prefix ?? "masthead:test", "build-1", options.placeholder ?? "p".repeat(24));
  const manifest: TagManifest = new Map();
  const tags = new TagStore(connection, keys, manifest);
  const handler = createUseCacheHandler({ connection, keys, tags, inMemory: forgetfulHandler });
  return { connection, handler, tags, manifest, log };
}

async function ready(...instances: Array<{ connection: RedisConnection }>) {
  for (const { connection } of instances) expect(await connection.waitUntilReady(5_000)).toBe(true);
}

const text = (value: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(value));
      controller.close();
    },
  });

function entry(value: string, overrides: Partial<CacheEntry> = {}): CacheEntry {
  return {
    value: text(value),
    tags: ["post:1", "posts"],
    stale: 300,
    timestamp: Date.now(),
    expire: 86_400,
    revalidate: 3_600,
    ...overrides,
  };
}

async function read(found: CacheEntry | undefined): Promise<string | undefined> {
  return found ? new Response(found.value).text() : undefined;
}

/** Waits for a condition, polling: never a fixed sleep that decides the outcome. */
async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the 'use cache' handler in Redis", () => {
  it("serves an entry written by one instance to another, with its metadata and a fresh stream each time", async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    await a.handler.set("k-shared", Promise.resolve(entry("rendered by A")));
    const first = await b.handler.get("k-shared", []);
    expect(first).toMatchObject({ tags: ["post:1", "posts"], stale: 300, expire: 86_400, revalidate: 3_600 });
    expect(await read(first)).toBe("rendered by A");
    expect(await read(await b.handler.get("k-shared", []))).toBe("rendered by A");
    expect(await b.handler.get("k-never-set", [])).toBeUndefined();
  });

  it("waits for an entry still being written instead of answering a miss", async () => {
    const a = instance();
    await ready(a);
    let finish: (e: CacheEntry) => void = () => {};
    const writing = a.handler.set("k-pending", new Promise<CacheEntry>((resolve) => (finish = resolve)));
    const reading = a.handler.get("k-pending", []);
    finish(entry("late"));
    await writing;
    expect(await read(await reading)).toBe("late");
  });

  it("expires an entry on every instance when any instance invalidates one of its tags", async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    await a.handler.set("k-tagged", Promise.resolve(entry("before", { timestamp: Date.now() - 1_000 })));
    expect(await read(await b.handler.get("k-tagged", []))).toBe("before");

    await a.handler.updateTags(["post:1"], { expire: 0 });

    expect(await b.handler.get("k-tagged", [])).toBeUndefined();
    expect(b.manifest.get("post:1")?.expired).toBeGreaterThan(0);
    // Implicit (path) tags are answered through getExpiration.
    await b.handler.updateTags(["_N_T_/articles/x"]);
    expect(await a.handler.getExpiration(["_N_T_/articles/x", "unrelated"])).toBe(
      b.manifest.get("_N_T_/articles/x")!.expired,
    );
  });

  it("serves an entry whose tag went stale once more, marked for regeneration", async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    const tags = ["section:stale"];
    await a.handler.set("k-stale", Promise.resolve(entry("old", { tags, timestamp: Date.now() - 1_000 })));
    await a.handler.updateTags(tags, { expire: 3_600 });
    const found = await b.handler.get("k-stale", []);
    expect(found?.revalidate).toBe(-1);
    expect(await read(found)).toBe("old");
  });

  it("keeps an entry in Redis only as long as Next would serve it, and never one with no lifetime", async () => {
    const a = instance({ placeholder: "t".repeat(24) });
    await ready(a);
    await admin.connect().catch(() => {});
    await a.handler.set("k-ttl", Promise.resolve(entry("x", { expire: 120 })));
    await a.handler.set("k-dynamic", Promise.resolve(entry("y", { expire: 0 })));
    const keys = cacheKeys("masthead:test", "build-1", "t".repeat(24));
    const ttl = await admin.pttl(keys.data("k-ttl"));
    expect(ttl).toBeGreaterThan(110_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    expect(await admin.exists(keys.data("k-dynamic"))).toBe(0);
    // Tag records expire too.
    await a.handler.updateTags(["post:ttl"]);
    expect(await admin.pttl(keys.tag("post:ttl"))).toBeGreaterThan(0);
  });

  it("never serves another site's or another placeholder's entries", async () => {
    const a = instance({ prefix: "masthead:site-a" });
    const otherSite = instance({ prefix: "masthead:site-b" });
    const otherPlaceholder = instance({ prefix: "masthead:site-a", placeholder: "q".repeat(24) });
    await ready(a, otherSite, otherPlaceholder);
    await a.handler.set("k-private", Promise.resolve(entry("site A's")));
    expect(await otherSite.handler.get("k-private", [])).toBeUndefined();
    expect(await otherPlaceholder.handler.get("k-private", [])).toBeUndefined();
    // Another site's invalidations do not touch this one either.
    await otherSite.handler.updateTags(["post:1"]);
    expect(await read(await a.handler.get("k-private", []))).toBe("site A's");
  });
});

describe("when Redis goes away", () => {
  it("misses at once, stores nothing and throws nothing, logs the outage once, and shares again when it is back", async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    await a.handler.set("k-outage", Promise.resolve(entry("cached", { timestamp: Date.now() - 1_000 })));

    await redis.stop();
    await until(() => !a.connection.ready && !b.connection.ready);
    const startedAt = performance.now();
    expect(await a.handler.get("k-outage", [])).toBeUndefined();
    await a.handler.set("k-during", Promise.resolve(entry("during")));
    // An invalidation made during the outage applies here at once and is sent when Redis is back.
    await a.handler.updateTags(["post:1"]);
    expect(await a.handler.getExpiration(["post:1"])).toBeGreaterThan(0);
    expect(performance.now() - startedAt).toBeLessThan(100);
    // Reconnection attempts keep failing meanwhile; the log says so once.
    await until(() => a.log.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(a.log).toEqual([expect.stringMatching(/^Redis at 127\.0\.0\.1:\d+ went away \(.+\): serving from this/)]);

    await redis.start();
    await until(() => a.connection.ready && b.connection.ready);
    expect(a.log.at(-1)).toMatch(/is back: the cache is shared again/);
    // The Redis came back empty; the invalidation A made meanwhile reaches B all the same.
    await until(async () => (await b.handler.getExpiration(["post:1"])) > 0);
    await a.handler.set("k-after", Promise.resolve(entry("after")));
    expect(await read(await b.handler.get("k-after", []))).toBe("after");
  }, 30_000);

  it("treats a Redis that stops answering like one that went away, after one command timeout", async () => {
    const a = instance({ commandTimeoutMs: 100 });
    await ready(a);
    await a.handler.set("k-slow", Promise.resolve(entry("x", { tags: ["tag:slow"] })));
    redis.freeze();
    try {
      const startedAt = performance.now();
      expect(await a.handler.get("k-slow", [])).toBeUndefined();
      expect(performance.now() - startedAt).toBeLessThan(400);
      expect(a.connection.ready).toBe(false);
      expect(a.log).toEqual([expect.stringMatching(/went away \(no reply within 100 ms\)/)]);
    } finally {
      redis.thaw();
    }
    await until(() => a.connection.ready);
    expect(await read(await a.handler.get("k-slow", []))).toBe("x");
  }, 20_000);

  it("starts without Redis, says so once, and joins when it appears", async () => {
    await redis.stop();
    const late = instance();
    expect(await late.connection.waitUntilReady(300)).toBe(false);
    expect(await late.handler.get("anything", [])).toBeUndefined();
    await redis.start();
    await until(() => late.connection.ready);
    expect(late.log[0]).toMatch(/is unreachable \(.+\): serving from this process's own cache/);
    expect(late.log).toHaveLength(2);
  }, 20_000);
});

describe("the tag store", () => {
  it("keeps the newest invalidation of a tag, whichever instance's record arrives last", async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    const now = Date.now();
    try {
      vi.useFakeTimers({ toFake: ["Date"], now: now + 10_000 });
      await a.tags.update(["post:order"]);
      // B's record was made earlier (its clock, or an outage, held it back) and arrives later.
      vi.setSystemTime(now);
      await b.tags.update(["post:order"]);
    } finally {
      vi.useRealTimers();
    }
    await b.tags.refresh(["post:order"]);
    expect(b.manifest.get("post:order")?.expired).toBe(now + 10_000);
    const c = instance();
    await ready(c);
    await c.tags.refresh(["post:order"]);
    expect(c.manifest.get("post:order")?.expired).toBe(now + 10_000);
  });
});
