import { describe, expect, it } from "vitest";
import { OPTIONS as postsPreflight, GET as postsRoute } from "../../app/api/content/v1/posts/route";
import { GET as postRoute } from "../../app/api/content/v1/posts/[slug]/route";
import { GET as sectionsRoute } from "../../app/api/content/v1/sections/route";
import { GET as openApiRoute } from "../../app/api/content/v1/openapi.json/route";
import { revokeContentApiKey } from "../../lib/content-api/data/keys";
import { db } from "../../lib/db";
import { pickTargets } from "../../scripts/lib/bench/targets";
import { apiGet, makeApiKey } from "../helpers/content-api";
import { makePost, makeSection } from "../helpers/factories";
import { makeAccount } from "../helpers/sign-in-as";

// Who may read the Content API: a valid, unrevoked key, within its requests
// per minute; which browsers may (CORS); and answers a client already has (304).

async function setAllowedOrigins(origins: string[]) {
  await db.siteSetting.upsert({
    where: { key: "contentApiAllowedOrigins" },
    create: { key: "contentApiAllowedOrigins", value: origins },
    update: { value: origins },
  });
}

describe("Content API keys", () => {
  it("a request without a key is refused with 401, a JSON error and a Bearer challenge", async () => {
    const response = await apiGet(postsRoute, "/posts");
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="content-api"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: expect.stringMatching(/Send a Content API key/) });
  });

  it("an unknown key and text that is no key at all are refused with 401", async () => {
    const { secret } = await makeApiKey();
    const unknown = `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    for (const key of [unknown, "not-a-key", "mhk_short"]) {
      const response = await apiGet(postsRoute, "/posts", { key });
      expect(response.status, key).toBe(401);
      expect(await response.json()).toEqual({ error: "This Content API key is not recognised." });
    }
  });

  it("a key works from the Authorization header and from ?key=", async () => {
    const { secret } = await makeApiKey();
    expect((await apiGet(sectionsRoute, "/sections", { key: secret })).status).toBe(200);
    expect((await apiGet(sectionsRoute, `/sections?key=${secret}`)).status).toBe(200);
    expect((await apiGet(sectionsRoute, "/sections", { headers: { Authorization: `bearer ${secret}` } })).status).toBe(
      200,
    );
  });

  it("a revoked key is refused at once, saying so", async () => {
    const admin = await makeAccount("ADMIN");
    const key = await makeApiKey();
    expect((await apiGet(sectionsRoute, "/sections", { key: key.secret })).status).toBe(200);
    await revokeContentApiKey(admin.viewer, { keyId: key.id });
    const response = await apiGet(sectionsRoute, "/sections", { key: key.secret });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "This Content API key has been revoked." });
  });

  it("records when a key was last used at most once a minute, not on every request", async () => {
    const key = await makeApiKey();
    const lastUsed = async () => (await db.contentApiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await apiGet(sectionsRoute, "/sections", { key: key.secret });
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await apiGet(sectionsRoute, "/sections", { key: key.secret });
    await apiGet(sectionsRoute, "/sections", { key: key.secret });
    expect(await lastUsed()).toEqual(first);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db.contentApiKey.update({ where: { id: key.id }, data: { lastUsedAt: twoMinutesAgo } });
    await apiGet(sectionsRoute, "/sections", { key: key.secret });
    expect((await lastUsed())!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });
});

describe("Content API rate limits", () => {
  it("answers 429 with Retry-After once a key has made its requests for the minute, and other keys carry on", async () => {
    const limited = await makeApiKey({ requestsPerMinute: 3 });
    const other = await makeApiKey({ requestsPerMinute: 3 });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await apiGet(sectionsRoute, "/sections", { key: limited.secret });
      expect(response.status).toBe(200);
      remaining.push(response.headers.get("ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const refused = await apiGet(sectionsRoute, "/sections", { key: limited.secret });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/3 requests a minute/) });
    expect((await apiGet(sectionsRoute, "/sections", { key: other.secret })).status).toBe(200);
  });
});

describe("Content API conditional requests", () => {
  it("answers 304 with no body for a current ETag, and 200 with a new one once the content changed", async () => {
    const { secret } = await makeApiKey();
    const section = await db.section.create({ data: { slug: "etag-news", name: "News" } });
    const first = await apiGet(sectionsRoute, "/sections", { key: secret });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");

    const again = await apiGet(sectionsRoute, "/sections", { key: secret, headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const listed = await apiGet(sectionsRoute, "/sections", {
      key: secret,
      headers: { "If-None-Match": `"other", W/${etag}` },
    });
    expect(listed.status).toBe(304);

    await db.section.update({ where: { id: section.id }, data: { name: "Local news" } });
    const changed = await apiGet(sectionsRoute, "/sections", { key: secret, headers: { "If-None-Match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await changed.json()).data).toContainEqual(expect.objectContaining({ name: "Local news" }));
  });

  it("gives a post list a new ETag when a post is published", async () => {
    const { secret } = await makeApiKey();
    const before = (await apiGet(postsRoute, "/posts", { key: secret })).headers.get("etag")!;
    await makePost();
    const after = await apiGet(postsRoute, "/posts", { key: secret, headers: { "If-None-Match": before } });
    expect(after.status).toBe(200);
  });
});

describe("Content API CORS", () => {
  it("lets only the configured origins read answers, preflight included", async () => {
    const { secret } = await makeApiKey();
    await setAllowedOrigins(["https://partner.example.org"]);
    const allowed = await apiGet(sectionsRoute, "/sections", {
      key: secret,
      headers: { Origin: "https://partner.example.org" },
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://partner.example.org");
    expect(allowed.headers.get("access-control-expose-headers")).toContain("ETag");
    expect(allowed.headers.get("vary")).toContain("Origin");

    const stranger = await apiGet(sectionsRoute, "/sections", {
      key: secret,
      headers: { Origin: "https://elsewhere.example.com" },
    });
    expect(stranger.status).toBe(200);
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull();

    const preflight = (origin: string) =>
      postsPreflight(
        new Request("http://localhost:3000/api/content/v1/posts", {
          method: "OPTIONS",
          headers: { Origin: origin, "Access-Control-Request-Method": "GET" },
        }),
      );
    const ok = await preflight("https://partner.example.org");
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://partner.example.org");
    expect(ok.headers.get("access-control-allow-headers")).toBe("Authorization, If-None-Match");
    expect(ok.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    const refused = await preflight("https://elsewhere.example.com");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(refused.headers.get("access-control-allow-headers")).toBeNull();
  });

  it("sends CORS headers on refusals too, so a browser script can read why", async () => {
    await setAllowedOrigins(["https://partner.example.org"]);
    const response = await apiGet(postsRoute, "/posts", { headers: { Origin: "https://partner.example.org" } });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://partner.example.org");
  });

  it("lets every origin in with *, and none when the setting is empty", async () => {
    const { secret } = await makeApiKey();
    const origin = { Origin: "https://anyone.example.net" };
    await setAllowedOrigins(["*"]);
    expect(
      (await apiGet(sectionsRoute, "/sections", { key: secret, headers: origin })).headers.get(
        "access-control-allow-origin",
      ),
    ).toBe("https://anyone.example.net");
    await setAllowedOrigins([]);
    expect(
      (await apiGet(sectionsRoute, "/sections", { key: secret, headers: origin })).headers.get(
        "access-control-allow-origin",
      ),
    ).toBeNull();
  });
});

describe("the OpenAPI document", () => {
  it("is served without a key", async () => {
    const response = openApiRoute();
    expect(response.status).toBe(200);
    expect((await response.json()).openapi).toBe("3.1.0");
  });
});

describe("the bench's Content API targets", () => {
  it("carry a working key in a header, never in the reported path, and replace the previous run's key", async () => {
    await makeSection();
    const article = await makePost();
    const first = await pickTargets(db, ["api-list", "api-post"]);
    const targets = await pickTargets(db, ["api-list", "api-post"]);
    expect(await db.contentApiKey.count({ where: { name: "npm run bench" } })).toBe(1);
    const [list, single] = targets.slice(1);
    expect(list).toMatchObject({ page: "api-list", path: "/api/content/v1/posts" });
    expect(single).toMatchObject({ page: "api-post", path: `/api/content/v1/posts/${article.slug}` });
    const headers = single!.headers!;
    expect(first[1]!.headers).not.toEqual(headers);
    expect((await apiGet(postsRoute, "/posts", { headers })).status).toBe(200);
    expect((await apiGet(postRoute, `/posts/${article.slug}`, { headers, slug: article.slug })).status).toBe(200);
  });
});
