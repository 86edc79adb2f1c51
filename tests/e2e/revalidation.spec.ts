import { type APIRequestContext } from "@playwright/test";
import { TO_PUBLISH } from "../helpers/e2e-fixtures";
import { expect, revalidate, sql, test } from "./helpers";

// Cached public pages follow the database: a post published or unpublished
// behind the site's back shows, or vanishes, as soon as the site is told,
// and pages that never showed it keep their cached copy.

test.describe.configure({ mode: "serial" });

async function cacheState(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  return { status: response.status(), cache: response.headers()["x-nextjs-cache"], body: await response.text() };
}

test("the revalidation endpoint refuses callers without the secret", async ({ request }) => {
  const anonymous = await request.post("/api/internal/revalidate", { data: { tags: ["posts"] } });
  expect(anonymous.status()).toBe(401);
  const wrong = await request.post("/api/internal/revalidate", {
    headers: { authorization: "Bearer not-the-secret" },
    data: { tags: ["posts"] },
  });
  expect(wrong.status()).toBe(401);
});

test("publishing shows a post everywhere it belongs; unpublishing removes it; other pages stay cached", async ({
  request,
}) => {
  const [{ id }] = await sql('SELECT id FROM "Post" WHERE slug = $1', [TO_PUBLISH.slug]);
  const article = `/articles/${TO_PUBLISH.slug}`;
  const section = `/sections/${TO_PUBLISH.section}`;
  const unrelated = "/sections/sustainability";
  // A search's page is cached too (lib/search/address.ts): it must follow as well.
  const search = "/search?q=published+while+the+site+runs";

  expect((await cacheState(request, article)).status).toBe(404);
  for (const path of ["/", section, "/feed.xml", "/sitemap.xml", search]) {
    expect((await cacheState(request, path)).body).not.toContain(TO_PUBLISH.slug);
  }
  expect((await cacheState(request, search)).cache).toBe("HIT");
  await cacheState(request, unrelated);
  expect((await cacheState(request, unrelated)).cache).toBe("HIT");

  await sql(`UPDATE "Post" SET status = 'PUBLISHED', "publishedAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
  await revalidate(request, { postIds: [id] });

  const published = await cacheState(request, article);
  expect(published.status).toBe(200);
  expect(published.body).toContain(TO_PUBLISH.title);
  for (const path of ["/", section, "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", search]) {
    expect((await cacheState(request, path)).body, path).toContain(TO_PUBLISH.slug);
  }
  // A section the post is not in was not re-rendered.
  expect((await cacheState(request, unrelated)).cache).toBe("HIT");

  await sql(`UPDATE "Post" SET status = 'ARCHIVED' WHERE id = $1`, [id]);
  await revalidate(request, { postIds: [id] });

  expect((await cacheState(request, article)).status).toBe(404);
  for (const path of ["/", section, "/feed.xml", "/sitemap.xml", search]) {
    expect((await cacheState(request, path)).body, path).not.toContain(TO_PUBLISH.slug);
  }
});
