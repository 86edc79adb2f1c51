import type FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache";
import { withBootstrapNonce } from "@/lib/http/bootstrap-nonce";
import { log } from "@/lib/log";
import { isCachedSearchPath } from "@/lib/search/address";
import { toAsciiHtml } from "./ascii-html";
import { renderedWithNonce } from "./rendered-with-nonce";
import type { SharedRouteStore } from "@/lib/shared-cache/route-store";
import { missingInternals, NEXT_CACHE_HANDLERS, type NextCacheInternals } from "./next-internals";

// Next's own page cache (memory in front of .next/server files), with these
// changes:
// - Missing pages are never stored. Every distinct unknown slug or page
//   number would otherwise leave its rendered 404 (about 49 KB) in memory and
//   on disk, never evicted, so anyone could fill the disk by asking for
//   made-up URLs. A 404 is rendered again on each visit from cached reads.
// - With a placeholder nonce (lib/http/script-nonce.ts) it serves only pages
//   rendered with it: a page prerendered by the build, by a previous server
//   process or in the background without a request has scripts no response
//   nonce can vouch for, so it counts as missing and is rendered again, once
//   (./rendered-with-nonce.ts, docs/security-headers.md).
// - Optionally (MASTHEAD_ASCII_PAGE_CACHE), cached pages come out as one-byte
//   ASCII HTML (see ./ascii-html.ts): serving the cached article took 15–23 %
//   less server CPU per request.
// - With REDIS_URL, Redis stands behind it (lib/shared-cache): a page in
//   memory is served while its tags, read from Redis, say no instance has
//   invalidated it since; otherwise the copy in Redis is taken, through the
//   same nonce check, and kept in memory. Renders are written to both.
// - Search pages (lib/search/address.ts) stay in memory and never reach the
//   disk, nor Redis: any reader can make up new searches, and the memory cache is
//   bounded (least recently used pages go first), the disk is not.
//
// Installed through the global slot Next's IncrementalCache checks when no
// `cacheHandler` is configured. The `cacheHandler` option itself would do, but
// Next then imports the handler's module again on every request, which costs
// more than the conversion saves.

type FileSystemCacheClass = typeof FileSystemCache;
type CacheEntry = Awaited<ReturnType<FileSystemCache["get"]>>;
type CacheValue = NonNullable<Parameters<FileSystemCache["set"]>[1]>;
type MemoryCache = { set(key: string, entry: NonNullable<CacheEntry>): void };

export interface PageCacheOptions {
  /** Serve only pages whose scripts carry this nonce (null: any page). */
  noncePlaceholder: string | null;
  /** Convert pages to ASCII (MASTHEAD_ASCII_PAGE_CACHE). */
  asciiHtml: boolean;
  /** Redis behind this process's cache (REDIS_URL, lib/shared-cache), or null. */
  shared?: SharedRouteStore | null;
  /** Told of every rendered page looked up: found (and servable) or not (/metrics). */
  onPageLookup?: (hit: boolean) => void;
}

/** Page values already converted and checked: memory-cached entries come back as the same object. */
const converted = new WeakSet<object>();

/** Built only once the self-check passed: extending a class Next no longer exports would throw. */
function pageCacheOn(Base: FileSystemCacheClass, options: PageCacheOptions) {
  const { onPageLookup } = options;
  if (!onPageLookup) return pageCacheClass(Base, options);
  return class CountedPageCache extends pageCacheClass(Base, options) {
    override async get(...args: Parameters<FileSystemCache["get"]>): Promise<CacheEntry> {
      const entry = await super.get(...args);
      if (args[1]?.kind === "APP_PAGE") onPageLookup(entry?.value?.kind === "APP_PAGE");
      return entry;
    }
  };
}

function pageCacheClass(Base: FileSystemCacheClass, { noncePlaceholder, asciiHtml, shared }: PageCacheOptions) {
  /** The entry as it may be served, or null when its scripts lack this process's placeholder. */
  const servable = (entry: CacheEntry): CacheEntry => {
    const value = entry?.value;
    if (value?.kind === "APP_PAGE" && typeof value.html === "string" && !converted.has(value)) {
      if (noncePlaceholder && !renderedWithNonce(value.html, noncePlaceholder)) return null;
      converted.add(value);
      if (noncePlaceholder) value.html = withBootstrapNonce(value.html, noncePlaceholder);
      if (asciiHtml) value.html = toAsciiHtml(value.html) ?? value.html;
    }
    return entry;
  };
  // Only what every instance could serve goes to Redis: a page a background
  // regeneration left without the placeholder would only be refused there.
  const sharable = (value: CacheValue) =>
    !(noncePlaceholder && value.kind === "APP_PAGE" && !renderedWithNonce(value.html, noncePlaceholder));
  const memory = () => (Base as unknown as { memoryCache?: MemoryCache }).memoryCache;

  return class PageCache extends Base {
    override async get(...args: Parameters<FileSystemCache["get"]>): Promise<CacheEntry> {
      const local = servable(await super.get(...args));
      if (!shared?.ready) return local;
      const [key, ctx] = args;
      if (local && (await shared.current(local, ctx))) return local;
      const remote = servable(await shared.read(key, ctx));
      // Kept with the time it was rendered, so this process judges its tags as the renderer would.
      if (remote) memory()?.set(key, remote);
      return remote;
    }

    override async set(...args: Parameters<FileSystemCache["set"]>): Promise<void> {
      const [key, value, ctx] = args;
      if (value?.kind === "APP_PAGE" && value.status === 404) return;
      if (isCachedSearchPath(key)) {
        // FileSystemCache reads this flag before its first await, so clearing it
        // for the synchronous part of the call affects this call alone.
        const cache = this as unknown as { flushToDisk?: boolean };
        const flushToDisk = cache.flushToDisk;
        cache.flushToDisk = false;
        try {
          return super.set(...args);
        } finally {
          cache.flushToDisk = flushToDisk;
        }
      }
      // Serialised before Next's own cache holds the value, where a read may convert it.
      const sharing =
        shared?.ready && value && sharable(value)
          ? shared.write(key, value, ctx.fetchCache ? undefined : ctx.cacheControl)
          : undefined;
      await Promise.all([super.set(...args), sharing]);
    }

    override async revalidateTag(...args: Parameters<FileSystemCache["revalidateTag"]>): Promise<void> {
      // The tag store writes Next's own manifest as Next would, and Redis too.
      if (shared) return shared.tags.update(...args);
      return super.revalidateTag(...args);
    }
  };
}

/**
 * Makes every IncrementalCache the server creates from now on use this cache,
 * when Next's internals are still what it relies on; otherwise leaves Next's
 * default cache in place, says why in one line, and returns false.
 */
export function installPageCache(
  internals: NextCacheInternals,
  options: PageCacheOptions,
  warn: (line: string) => void = (line) => log.warn(line),
): boolean {
  const problem = missingInternals(internals);
  if (problem) {
    warn(`Page cache: serving Next's default cache, which stores every 404 and no ASCII HTML: ${problem}.`);
    return false;
  }
  const holder = globalThis as { [NEXT_CACHE_HANDLERS]?: Record<string, unknown> };
  const FetchCache = pageCacheOn(internals.FileSystemCache as FileSystemCacheClass, options);
  holder[NEXT_CACHE_HANDLERS] = { ...holder[NEXT_CACHE_HANDLERS], FetchCache };
  return true;
}
