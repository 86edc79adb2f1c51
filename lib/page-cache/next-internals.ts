// What the page cache (./install.ts) needs from Next's private
// modules, which no semver covers: `next` is pinned to an exact version in
// package.json, and this check runs at start-up so that a Next that moved
// them leaves the site on Next's own cache instead of breaking it.

export interface NextCacheInternals {
  /** The default export of next/dist/server/lib/incremental-cache/file-system-cache. */
  FileSystemCache: unknown;
  /** The IncrementalCache export of next/dist/server/lib/incremental-cache. */
  IncrementalCache: unknown;
}

/** The global slot IncrementalCache reads (its FetchCache) when no `cacheHandler` is configured. */
export const NEXT_CACHE_HANDLERS = Symbol.for("@next/cache-handlers");

/** Why Next's internals no longer look as the ASCII cache expects, or null when they do. */
export function missingInternals({ FileSystemCache, IncrementalCache }: NextCacheInternals): string | null {
  if (typeof FileSystemCache !== "function") return "Next no longer exports its FileSystemCache class";
  if (typeof FileSystemCache.prototype?.get !== "function")
    return "Next's FileSystemCache has no get method to override";
  if (typeof FileSystemCache.prototype.set !== "function")
    return "Next's FileSystemCache has no set method to override";
  // Search pages are kept off the disk by clearing this flag around set() (./page-cache.ts).
  if (!Function.prototype.toString.call(FileSystemCache.prototype.set).includes("this.flushToDisk"))
    return "Next's FileSystemCache no longer decides in set() whether to write to disk (this.flushToDisk)";
  if (typeof IncrementalCache !== "function") return "Next no longer exports its IncrementalCache class";
  // Next's dist is plain CommonJS: its source says whether the slot is still read.
  const source = Function.prototype.toString.call(IncrementalCache);
  if (!source.includes(NEXT_CACHE_HANDLERS.description!) || !source.includes("FetchCache")) {
    return 'Next\'s IncrementalCache no longer reads the global cache handler slot (Symbol.for("@next/cache-handlers").FetchCache)';
  }
  return null;
}
