import { initializeCacheHandlers } from "next/dist/server/use-cache/handlers";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { missingUseCacheSlot } from "@/lib/shared-cache/install";
import { cacheKeys, defaultKeyPrefix, placeholderKey } from "@/lib/shared-cache/keys";
import { redisAddress } from "@/lib/shared-cache/redis-connection";
import { entryTtlMs, MAX_ENTRY_TTL_SECONDS } from "@/lib/shared-cache/ttl";

describe("the shared cache's settings", () => {
  it("are off unless REDIS_URL is set, with a 500 ms command timeout", () => {
    const config = parseEnv({});
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.REDIS_KEY_PREFIX).toBeUndefined();
    expect(config.REDIS_COMMAND_TIMEOUT_MS).toBe(500);
  });

  it("refuse a URL that is not Redis's, naming the variable without its password", () => {
    expect(parseEnv({ REDIS_URL: "rediss://:pw@cache.internal:6380/1" }).REDIS_URL).toBe(
      "rediss://:pw@cache.internal:6380/1",
    );
    let message = "";
    try {
      parseEnv({ REDIS_URL: "http://:secret-pw@cache.internal:6379" });
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL .*example: REDIS_URL=redis:\/\//);
    expect(message).not.toContain("secret-pw");
  });

  it("refuse a key prefix with spaces and a timeout out of range", () => {
    expect(() => parseEnv({ REDIS_KEY_PREFIX: "my site" })).toThrow(/REDIS_KEY_PREFIX: must be 1–100 letters/);
    expect(() => parseEnv({ REDIS_COMMAND_TIMEOUT_MS: "5" })).toThrow(/REDIS_COMMAND_TIMEOUT_MS/);
  });

  it("log Redis's address without its password", () => {
    expect(redisAddress("redis://:secret@10.0.0.5:6380/0")).toBe("10.0.0.5:6380");
    expect(redisAddress("redis://cache.internal")).toBe("cache.internal:6379");
  });
});

describe("keys in Redis", () => {
  it("are a site's by default, and a build's and a placeholder's for entries, never showing the placeholder", () => {
    expect(defaultKeyPrefix("https://news.example.org")).toBe("masthead:news.example.org");
    expect(defaultKeyPrefix("http://localhost:3000")).toBe("masthead:localhost:3000");
    const keys = cacheKeys("masthead:a", "build-1", "placeholder0123456789abc");
    expect(keys.tag("post:1")).toBe("masthead:a:tag:post:1");
    expect(keys.route("/articles/x")).toMatch(/^masthead:a:build-1:[0-9a-f]{16}:route:\/articles\/x$/);
    expect(keys.data("k")).toMatch(/^masthead:a:build-1:[0-9a-f]{16}:data:k$/);
    expect(keys.route("/x")).not.toContain("placeholder0123456789abc");
    // Another build, placeholder or site never lands on the same entry; tags are shared across builds.
    const others = [
      cacheKeys("masthead:a", "build-2", "placeholder0123456789abc"),
      cacheKeys("masthead:a", "build-1", "placeholderXXXXXXXXXXXXX"),
      cacheKeys("masthead:b", "build-1", "placeholder0123456789abc"),
    ];
    for (const other of others) expect(other.route("/x")).not.toBe(keys.route("/x"));
    expect(others[0]!.tag("post:1")).toBe(keys.tag("post:1"));
    expect(placeholderKey("masthead:a", "build-1")).toBe("masthead:a:build-1:nonce-placeholder");
  });
});

describe("an entry's time in Redis", () => {
  it("is its expire time, capped at a week, and the cap when it has none", () => {
    expect(entryTtlMs(86_400)).toBe(86_400_000);
    expect(entryTtlMs(1.5)).toBe(1_500);
    expect(entryTtlMs(10 * MAX_ENTRY_TTL_SECONDS)).toBe(MAX_ENTRY_TTL_SECONDS * 1000);
    for (const none of [undefined, false as const, Infinity, 0, -1]) {
      expect(entryTtlMs(none)).toBe(MAX_ENTRY_TTL_SECONDS * 1000);
    }
  });
});

describe("the 'use cache' handler slot", () => {
  it("is still read by the installed Next, and a Next that stopped reading it is noticed", () => {
    expect(missingUseCacheSlot(initializeCacheHandlers)).toBeNull();
    expect(missingUseCacheSlot(undefined)).toMatch(/no longer exports initializeCacheHandlers/);
    expect(missingUseCacheSlot(function initializeCacheHandlers() {})).toMatch(
      /no longer read DefaultCache and RemoteCache/,
    );
  });
});
