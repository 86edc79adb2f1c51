import type FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache";
import { withBootstrapNonce } from "@/lib/http/bootstrap-nonce";
import { isCachedSearchPath } from "@/lib/search/address";
import { toAsciiHtml } from "./ascii-html";
import { renderedWithNonce } from "./rendered-with-nonce";
import { missingInternals, NEXT_CACHE_HANDLERS, type NextCacheInternals } from "./next-internals";

// Next's own page cache (memory in front of .next/server files), with three
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
// - Search pages (lib/search/address.ts) stay in memory and never reach the
//   disk: any reader can make up new searches, and the memory cache is
//   bounded (least recently used pages go first), the disk is not.
//
// Installed through the global slot Next's IncrementalCache checks when no
// `cacheHandler` is configured. The `cacheHandler` option itself would do, but
// Next then imports the handler's module again on every request, which costs
// more than the conversion saves.

type FileSystemCacheClass = typeof FileSystemCache;
type CacheEntry = Awaited<ReturnType<FileSystemCache["get"]>>;

export interface PageCacheOptions {
  /** Serve only pages whose scripts carry this nonce (null: any page). */
  noncePlaceholder: string | null;
  /** Convert pages to ASCII (MASTHEAD_ASCII_PAGE_CACHE). */
  asciiHtml: boolean;
}

/** Page values already converted and checked: memory-cached entries come back as the same object. */
const converted = new WeakSet<object>();

/** Built only once the self-check passed: extending a class Next no longer exports would throw. */
function pageCacheOn(Base: FileSystemCacheClass, { noncePlaceholder, asciiHtml }: PageCacheOptions) {
  return class PageCache extends Base {
    override async get(...args: Parameters<FileSystemCache["get"]>): Promise<CacheEntry> {
      const entry = await super.get(...args);
      const value = entry?.value;
      if (value?.kind === "APP_PAGE" && typeof value.html === "string" && !converted.has(value)) {
        if (noncePlaceholder && !renderedWithNonce(value.html, noncePlaceholder)) return null;
        converted.add(value);
        if (noncePlaceholder) value.html = withBootstrapNonce(value.html, noncePlaceholder);
        if (asciiHtml) value.html = toAsciiHtml(value.html) ?? value.html;
      }
      return entry;
    }

    override async set(...args: Parameters<FileSystemCache["set"]>): Promise<void> {
      const [key, value] = args;
      if (value?.kind === "APP_PAGE" && value.status === 404) return;
      if (!isCachedSearchPath(key)) return super.set(...args);
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
  log: (line: string) => void = console.warn,
): boolean {
  const problem = missingInternals(internals);
  if (problem) {
    log(`Page cache: serving Next's default cache, which stores every 404 and no ASCII HTML: ${problem}.`);
    return false;
  }
  const holder = globalThis as { [NEXT_CACHE_HANDLERS]?: Record<string, unknown> };
  const FetchCache = pageCacheOn(internals.FileSystemCache as FileSystemCacheClass, options);
  holder[NEXT_CACHE_HANDLERS] = { ...holder[NEXT_CACHE_HANDLERS], FetchCache };
  return true;
}
