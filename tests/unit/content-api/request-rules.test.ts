import { describe, expect, it } from "vitest";
import { corsHeaders, preflightHeaders } from "../../../lib/content-api/cors";
import {
  decodePostCursor,
  decodeSlugCursor,
  encodePostCursor,
  encodeSlugCursor,
} from "../../../lib/content-api/cursor";
import { etagOf, matchesIfNoneMatch } from "../../../lib/content-api/etag";
import { hashKeySecret, looksLikeKeySecret, newKeySecret } from "../../../lib/content-api/key-secret";
import { ValidationError } from "../../../lib/errors";
import { siteSettingsSchema } from "../../../lib/settings/schema";

// The Content API's pure rules: key secrets, cursors, ETags and CORS.

describe("Content API key secrets", () => {
  it("are 256 random bits behind a marker, identified by their first twelve characters and stored as a SHA-256", () => {
    const a = newKeySecret();
    const b = newKeySecret();
    expect(a.secret).toMatch(/^mhk_[A-Za-z0-9_-]{43}$/);
    expect(a.secret).not.toBe(b.secret);
    expect(a.prefix).toBe(a.secret.slice(0, 12));
    expect(a.secretHash).toBe(hashKeySecret(a.secret));
    expect(a.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeKeySecret(a.secret)).toBe(true);
    for (const text of ["", "mhk_", `${a.secret}x`, a.secret.replace("mhk_", "abc_"), a.prefix]) {
      expect(looksLikeKeySecret(text), text).toBe(false);
    }
  });
});

describe("Content API cursors", () => {
  it("give back the position they were made from", () => {
    const position = { publishedAt: new Date("2026-02-03T04:05:06.789Z"), id: "clx123" };
    expect(decodePostCursor(encodePostCursor(position))).toEqual(position);
    expect(decodeSlugCursor(encodeSlugCursor("housing-news"))).toBe("housing-news");
  });

  it("refuse anything they did not make, a cursor of the other kind included", () => {
    const forged = Buffer.from(JSON.stringify(["p", "yesterday", "x"])).toString("base64url");
    for (const cursor of ["", "!!!", forged, encodeSlugCursor("a")]) {
      expect(() => decodePostCursor(cursor), cursor).toThrow(ValidationError);
    }
    expect(() => decodeSlugCursor(encodePostCursor({ publishedAt: new Date(), id: "a" }))).toThrow(ValidationError);
  });
});

describe("Content API ETags", () => {
  it("change with the body and match If-None-Match weakly, in lists and as *", () => {
    const tag = etagOf('{"data":[]}');
    expect(tag).toMatch(/^"[\w-]{27}"$/);
    expect(etagOf('{"data":[1]}')).not.toBe(tag);
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"a", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
    expect(matchesIfNoneMatch('"a"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});

describe("Content API CORS", () => {
  const allowed = ["https://partner.example.org"];

  it("echoes an allowed origin and says nothing to the others", () => {
    expect(corsHeaders("https://partner.example.org", allowed)["Access-Control-Allow-Origin"]).toBe(
      "https://partner.example.org",
    );
    expect(corsHeaders("https://evil.example.com", allowed)).toEqual({});
    expect(corsHeaders(null, ["*"])).toEqual({});
    expect(preflightHeaders("https://evil.example.com", allowed)).toEqual({});
    expect(preflightHeaders("https://anyone.example", ["*"])["Access-Control-Allow-Methods"]).toBe("GET, OPTIONS");
  });

  it("takes origins in the settings as scheme, host and port, or *", () => {
    const origins = siteSettingsSchema.shape.contentApiAllowedOrigins;
    expect(origins.parse(["https://Partner.example.org/", "http://localhost:8080", "*"])).toEqual([
      "https://partner.example.org",
      "http://localhost:8080",
      "*",
    ]);
    for (const bad of [
      "https://partner.example.org/news",
      "partner.example.org",
      "ftp://example.org",
      "https://a.org?x=1",
    ]) {
      expect(origins.safeParse([bad]).success, bad).toBe(false);
    }
  });
});
