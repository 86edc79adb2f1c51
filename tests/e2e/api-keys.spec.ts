import { randomUUID } from "node:crypto";
import { newKeySecret } from "../../lib/content-api/key-secret";
import { report, seriousViolations } from "./axe";
import { expect, revalidate, signInAsStaff, sql, test } from "./helpers";

// The API keys page as an admin uses it, from the keyboard where it matters:
// a new key is shown once and copied, a revoked key stops working at once,
// and nobody but an admin reaches the page.

test("an admin creates a key that is shown once and copied, then revokes it, and the API follows", async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const name = `Partner ${Date.now()}`;
  await signInAsStaff(page, "admin@masthead.local");
  await page.goto("/admin/api-keys");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Name", { exact: true }).press("Enter");

  await expect(page.getByRole("heading", { name: `Your new key “${name}”` })).toBeFocused();
  const secret = await page.getByLabel("The new key").inputValue();
  expect(secret).toMatch(/^mhk_[\w-]{43}$/);
  await page.getByRole("button", { name: "Copy key" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Key copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  const violations = await seriousViolations(page);
  expect(violations, report(violations)).toEqual([]);

  const ask = () => request.get("/api/content/v1/posts?limit=1", { headers: { Authorization: `Bearer ${secret}` } });
  const answer = await ask();
  expect(answer.status()).toBe(200);
  expect(answer.headers()["etag"]).toMatch(/^"/);

  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`${secret.slice(0, 12)}…`);
  expect(await page.content()).not.toContain(secret);

  await row.getByRole("button", { name: `Revoke the key ${name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(row.getByRole("button", { name: "Revoke key" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(row).toContainText("Revoked");
  const refused = await ask();
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: "This Content API key has been revoked." });
});

test("an editor gets a 403 for the API keys page and no link to it", async ({ page }) => {
  await signInAsStaff(page, "editor@masthead.local");
  const response = await page.goto("/admin/api-keys");
  expect(response?.status()).toBe(403);
  await expect(page.getByText(/permission to manage Content API keys/).first()).toBeVisible();
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "API keys" })).toHaveCount(0);
});

test("the OpenAPI document is served to anyone, and the API to no one without a key", async ({ request }) => {
  const document = await request.get("/api/content/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect((await document.json()).openapi).toBe("3.1.0");
  const refused = await request.get("/api/content/v1/posts");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toBe('Bearer realm="content-api"');
});

test("the API's post answers are cached like the pages: a change reaches them when the post's tags are invalidated", async ({
  request,
}) => {
  const { secret, prefix, secretHash } = newKeySecret();
  await sql(`INSERT INTO "ContentApiKey" ("id", "name", "prefix", "secretHash") VALUES ($1, $2, $3, $4)`, [
    randomUUID(),
    `Cache check ${prefix}`,
    prefix,
    secretHash,
  ]);
  // The oldest article, and its word count, which no page shows: other tests never notice the change.
  const [post] = await sql(
    `SELECT p."id", p."slug", p."wordCount", s."slug" AS "section" FROM "Post" p JOIN "Section" s ON s."id" = p."sectionId"
     WHERE p."kind" = 'ARTICLE' AND p."status" = 'PUBLISHED' ORDER BY p."publishedAt" ASC LIMIT 1`,
  );
  const ask = async (path: string) => {
    const answer = await request.get(`/api/content/v1${path}`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(answer.status()).toBe(200);
    return answer.json();
  };
  const wordCounts = async () => {
    const single = (await ask(`/posts/${post.slug}`)).data.wordCount;
    const list = await ask(`/posts?section=${post.section}&limit=100`);
    return [single, list.data.find((p: { slug: string }) => p.slug === post.slug).wordCount];
  };
  expect(await wordCounts()).toEqual([post.wordCount, post.wordCount]);

  try {
    await sql(`UPDATE "Post" SET "wordCount" = $2 WHERE "id" = $1`, [post.id, post.wordCount + 1]);
    // Nothing told the site yet: the cached answers stand.
    expect(await wordCounts()).toEqual([post.wordCount, post.wordCount]);
    await revalidate(request, { postIds: [post.id] });
    expect(await wordCounts()).toEqual([post.wordCount + 1, post.wordCount + 1]);
  } finally {
    await sql(`UPDATE "Post" SET "wordCount" = $2 WHERE "id" = $1`, [post.id, post.wordCount]);
    await revalidate(request, { postIds: [post.id] });
  }
});
