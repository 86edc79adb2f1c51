import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { installPageCache } from "@/lib/page-cache/page-cache";
import { installedNextInternals } from "@/lib/page-cache/installed-next";
import { missingInternals, NEXT_CACHE_HANDLERS } from "@/lib/page-cache/next-internals";

const holder = globalThis as { [NEXT_CACHE_HANDLERS]?: Record<string, unknown> };

class FakeFileSystemCache {
  stored: string[] = [];
  flushToDisk = true;
  async get() {
    return null;
  }
  async set(key: string) {
    if (this.flushToDisk) this.stored.push(key);
  }
}

/** Reads the slot the way Next 16's IncrementalCache does. */
class FakeIncrementalCache {
  handler: unknown;
  constructor() {
    this.handler = (globalThis as Record<symbol, { FetchCache?: unknown } | undefined>)[
      Symbol.for("@next/cache-handlers")
    ]?.FetchCache;
  }
}

function install(internals: Parameters<typeof installPageCache>[0]) {
  const lines: string[] = [];
  const installed = installPageCache(internals, { noncePlaceholder: null, asciiHtml: true }, (line) =>
    lines.push(line),
  );
  return { installed, lines, handler: holder[NEXT_CACHE_HANDLERS]?.FetchCache };
}

afterEach(() => {
  delete holder[NEXT_CACHE_HANDLERS];
});

describe("the page cache's start-up self-check", () => {
  it("finds what it relies on in the installed Next", () => {
    expect(missingInternals(installedNextInternals)).toBeNull();
  });

  it("installs a subclass of Next's FileSystemCache in the global handler slot when the internals are there", () => {
    const { installed, lines, handler } = install({
      FileSystemCache: FakeFileSystemCache,
      IncrementalCache: FakeIncrementalCache,
    });
    expect(installed).toBe(true);
    expect(lines).toEqual([]);
    expect((handler as { prototype: unknown }).prototype).toBeInstanceOf(FakeFileSystemCache);
  });

  it("falls back to Next's default cache and says why when FileSystemCache has no get method", () => {
    class WithoutGet {}
    const { installed, lines, handler } = install({
      FileSystemCache: WithoutGet,
      IncrementalCache: FakeIncrementalCache,
    });
    expect(installed).toBe(false);
    expect(handler).toBeUndefined();
    expect(lines).toEqual([
      "Page cache: serving Next's default cache, which stores every 404 and no ASCII HTML: Next's FileSystemCache has no get method to override.",
    ]);
  });

  it("falls back when FileSystemCache.set no longer decides by this.flushToDisk whether to write to disk", () => {
    class AlwaysWrites {
      async get() {
        return null;
      }
      async set() {}
    }
    const { installed, lines } = install({ FileSystemCache: AlwaysWrites, IncrementalCache: FakeIncrementalCache });
    expect(installed).toBe(false);
    expect(lines[0]).toMatch(/no longer decides in set\(\) whether to write to disk/);
  });

  it("falls back when Next no longer exports the classes", () => {
    expect(install({ FileSystemCache: undefined, IncrementalCache: FakeIncrementalCache }).lines[0]).toMatch(
      /no longer exports its FileSystemCache class/,
    );
    expect(install({ FileSystemCache: FakeFileSystemCache, IncrementalCache: {} }).lines[0]).toMatch(
      /no longer exports its IncrementalCache class/,
    );
    expect(holder[NEXT_CACHE_HANDLERS]).toBeUndefined();
  });

  it("falls back when IncrementalCache no longer reads the global handler slot", () => {
    class IgnoresTheSlot {}
    const { installed, lines, handler } = install({
      FileSystemCache: FakeFileSystemCache,
      IncrementalCache: IgnoresTheSlot,
    });
    expect(installed).toBe(false);
    expect(handler).toBeUndefined();
    expect(lines[0]).toMatch(/no longer reads the global cache handler slot/);
  });
});

describe("the installed page cache", () => {
  it("stores rendered pages but never a 404, so made-up URLs cannot fill the disk", async () => {
    const { handler } = install({ FileSystemCache: FakeFileSystemCache, IncrementalCache: FakeIncrementalCache });
    const cache = new (handler as new () => FakeFileSystemCache)();
    const set = cache.set.bind(cache) as (key: string, value: unknown, ctx: unknown) => Promise<void>;
    await set("/articles/real", { kind: "APP_PAGE", status: 200, html: "<p>x</p>" }, {});
    await set("/articles/made-up", { kind: "APP_PAGE", status: 404, html: "<p>gone</p>" }, {});
    await set("/feed.xml", { kind: "APP_ROUTE", status: 200, body: "x" }, {});
    expect(cache.stored).toEqual(["/articles/real", "/feed.xml"]);
  });
});

describe("the installed page cache on Next's own FileSystemCache", () => {
  it("writes an article to disk but keeps a search's page in memory only, so made-up searches cannot fill the disk", async () => {
    const { handler } = install(installedNextInternals);
    const serverDistDir = mkdtempSync(path.join(tmpdir(), "masthead-page-cache-"));
    try {
      type Cache = {
        set(key: string, value: unknown, ctx: unknown): Promise<void>;
        get(key: string, ctx: unknown): Promise<{ value: { html: string } } | null>;
      };
      const Cache = handler as new (ctx: unknown) => Cache;
      const cache = new Cache({ fs: nodeFs, flushToDisk: true, serverDistDir, maxMemoryCacheSize: 1_000_000 });
      const page = (html: string) => ({
        kind: "APP_PAGE",
        status: 200,
        html,
        rscData: Buffer.from("rsc"),
        headers: {},
        postponed: undefined,
        segmentData: undefined,
      });
      const ctx = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false };
      await cache.set("/_/articles/real", page("<p>article</p>"), ctx);
      await cache.set("/_/search/cT1kYW1w", page("<p>damp</p>"), ctx);

      expect(existsSync(path.join(serverDistDir, "app/_/articles/real.html"))).toBe(true);
      expect(existsSync(path.join(serverDistDir, "app/_/search"))).toBe(false);
      const served = await cache.get("/_/search/cT1kYW1w", { kind: "APP_PAGE", isRoutePPREnabled: false });
      expect(served?.value.html).toBe("<p>damp</p>");
      // The flag is back: the next page goes to disk again.
      await cache.set("/_/articles/other", page("<p>other</p>"), ctx);
      expect(existsSync(path.join(serverDistDir, "app/_/articles/other.html"))).toBe(true);
    } finally {
      rmSync(serverDistDir, { recursive: true, force: true });
    }
  });
});

describe("the ASCII page cache's switch", () => {
  it("is on unless MASTHEAD_ASCII_PAGE_CACHE=false, and refuses anything but true or false", () => {
    expect(parseEnv({}).MASTHEAD_ASCII_PAGE_CACHE).toBe("true");
    expect(parseEnv({ MASTHEAD_ASCII_PAGE_CACHE: "false" }).MASTHEAD_ASCII_PAGE_CACHE).toBe("false");
    expect(() => parseEnv({ MASTHEAD_ASCII_PAGE_CACHE: "off" })).toThrow(
      /MASTHEAD_ASCII_PAGE_CACHE: .*example: MASTHEAD_ASCII_PAGE_CACHE=false/,
    );
  });
});
