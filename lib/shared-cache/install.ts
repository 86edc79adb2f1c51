import { readFileSync } from "node:fs";
import path from "node:path";
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import { initializeCacheHandlers } from "next/dist/server/use-cache/handlers";
import type { ServerEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { cacheKeys, defaultKeyPrefix, placeholderKey } from "./keys";
import { connectRedis, redisAddress, type RedisConnection } from "./redis-connection";
import { SharedRouteStore } from "./route-store";
import { TagStore } from "./tag-store";
import { createUseCacheHandler } from "./use-cache-handler";

// Starts the shared cache when REDIS_URL is set (production server only,
// from instrumentation.ts): the 'use cache' handlers go into the global slot
// Next reads when it sets up its handlers on the first request, and the route
// store is handed to the page cache (lib/page-cache). Redis being unreachable
// at start does not stop the server: it runs on its own caches and joins the
// others when Redis answers.

/** The global slot Next's use-cache handlers module reads its `default` and `remote` handlers from. */
const NEXT_CACHE_HANDLERS = Symbol.for("@next/cache-handlers");
/** Next's own in-memory 'use cache' size, for the time Redis is away. */
const IN_MEMORY_BYTES = 50 * 1024 * 1024;
/** How long the start waits for Redis before serving without it. */
const STARTUP_WAIT_MS = 3_000;
const PLACEHOLDER_TTL_MS = 30 * 24 * 3600 * 1000;
/** The shape of lib/http/secure-responses.ts newNonce(): the stamper relies on its length. */
const PLACEHOLDER_SHAPE = /^[A-Za-z0-9+/]{24}$/;

// Hands out the placeholder already agreed on for this build, or makes this one it.
const AGREE_ON_PLACEHOLDER = `
local agreed = redis.call('GET', KEYS[1])
if agreed then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return agreed
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return ARGV[1]`;

export interface SharedCache {
  /** The script-nonce placeholder every instance of this build renders with (or this process's own, Redis being away). */
  noncePlaceholder: string;
  routes: SharedRouteStore;
}

/** Why Next's use-cache handlers would not read the slot, or null when they do. */
export function missingUseCacheSlot(initialize: unknown): string | null {
  if (typeof initialize !== "function") return "Next no longer exports initializeCacheHandlers";
  // Next's dist is plain CommonJS: the function's source says whether it still reads the slot's handlers.
  const source = Function.prototype.toString.call(initialize);
  if (!source.includes(".DefaultCache") || !source.includes(".RemoteCache"))
    return "Next's use-cache handlers no longer read DefaultCache and RemoteCache from the global cache handler slot";
  return null;
}

function buildId(): string | null {
  try {
    const dir = process.env.MASTHEAD_DIST_DIR || ".next";
    return readFileSync(path.resolve(dir, "BUILD_ID"), "utf8").trim() || null;
  } catch {
    return null;
  }
}

async function agreeOnPlaceholder(connection: RedisConnection, key: string, candidate: string): Promise<string> {
  const agreed = await connection.run((client) =>
    client.eval(AGREE_ON_PLACEHOLDER, 1, key, candidate, PLACEHOLDER_TTL_MS),
  );
  return typeof agreed === "string" && PLACEHOLDER_SHAPE.test(agreed) ? agreed : candidate;
}

export async function startSharedCache(
  config: ServerEnv,
  options: { noncePlaceholder: string; log?: (line: string) => void },
): Promise<SharedCache | null> {
  const warn = options.log ?? ((line: string) => log.warn(line));
  if (!config.REDIS_URL) return null;
  const build = buildId();
  if (!build) {
    warn("REDIS_URL is set, but this build's BUILD_ID could not be read: each process keeps its own cache.");
    return null;
  }
  const prefix = config.REDIS_KEY_PREFIX ?? defaultKeyPrefix(config.SITE_URL);
  const connection = connectRedis(config.REDIS_URL, { commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS, log: warn });
  await connection.waitUntilReady(STARTUP_WAIT_MS);
  const sharedPlaceholder = placeholderKey(prefix, build);
  const noncePlaceholder = await agreeOnPlaceholder(connection, sharedPlaceholder, options.noncePlaceholder);
  // After a Redis restart that lost its data, the instances put their placeholder back for those that start later.
  connection.onReconnect(() => void agreeOnPlaceholder(connection, sharedPlaceholder, noncePlaceholder));

  const keys = cacheKeys(prefix, build, noncePlaceholder);
  const tags = new TagStore(connection, keys, tagsManifest);
  const slotProblem = missingUseCacheSlot(initializeCacheHandlers);
  if (slotProblem) {
    warn(`'use cache' entries stay in each process (${slotProblem}); pages and tag invalidations are shared.`);
  } else {
    const handler = createUseCacheHandler({
      connection,
      keys,
      tags,
      inMemory: () => createDefaultCacheHandler(IN_MEMORY_BYTES),
    });
    const holder = globalThis as { [NEXT_CACHE_HANDLERS]?: Record<string, unknown> };
    holder[NEXT_CACHE_HANDLERS] = { ...holder[NEXT_CACHE_HANDLERS], DefaultCache: handler, RemoteCache: handler };
  }
  if (connection.ready) log.info(`Sharing the cache through Redis at ${redisAddress(config.REDIS_URL)} (${prefix}).`);
  return { noncePlaceholder, routes: new SharedRouteStore(connection, keys, tags) };
}
