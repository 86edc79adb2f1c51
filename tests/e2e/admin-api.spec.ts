import sharp from "sharp";
import { report, seriousViolations } from "./axe";
import { expect, signInAsStaff, sql, test } from "./helpers";

// The Admin API as an integration uses it: an admin makes a token on the API
// keys page (from the keyboard, axe clean), a program then drafts, uploads and
// publishes with it over HTTP, the audit log names the token, and revoking
// it stops it at once. The admin's own session cookie opens nothing there.

test("an admin creates an editor token, a program writes and publishes with it, and revoking it stops it", async ({
  page,
  request,
}) => {
  const name = `Zapier ${Date.now()}`;
  await signInAsStaff(page, "admin@masthead.local");
  await page.goto("/admin/api-keys");
  await page.getByLabel("Token name").fill(name);
  await page.getByLabel("Role").selectOption({ label: "Editor" });
  await page.getByLabel("Token name").press("Enter");

  await expect(page.getByRole("heading", { name: `Your new token “${name}”` })).toBeFocused();
  const secret = await page.getByLabel("The new token").inputValue();
  expect(secret).toMatch(/^mha_[\w-]{43}$/);
  const violations = await seriousViolations(page);
  expect(violations, report(violations)).toEqual([]);

  // The browser is signed in as the admin, but its cookie is no credential here.
  expect((await page.request.get("/api/admin/v1/posts")).status()).toBe(401);

  const auth = { Authorization: `Bearer ${secret}` };
  const [writer] = await sql(`SELECT id FROM "Contributor" WHERE slug = 'amira-hassan'`);
  const created = await request.post("/api/admin/v1/posts", {
    headers: auth,
    data: {
      fields: {
        title: `Sent by ${name}`,
        body: "Written elsewhere, published here.",
        bylines: [{ contributorId: writer.id }],
      },
    },
  });
  expect(created.status()).toBe(201);
  expect(created.headers()["content-type"]).toMatch(/^application\/json/);
  const post = (await created.json()).data;
  expect(post).toMatchObject({ status: "DRAFT", missingForPublish: [] });

  const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#1f6f8b" } })
    .png()
    .toBuffer();
  const uploaded = await request.post("/api/admin/v1/media", {
    headers: auth,
    multipart: { file: { name: "harbour.png", mimeType: "image/png", buffer: png }, alt: "The harbour at dawn" },
  });
  expect(uploaded.status()).toBe(201);
  expect((await uploaded.json()).data).toMatchObject({ kind: "image", alt: "The harbour at dawn" });

  const published = await request.post(`/api/admin/v1/posts/${post.id}/publish`, {
    headers: auth,
    data: { version: post.version },
  });
  expect(published.status()).toBe(200);
  const live = (await published.json()).data;
  expect(live.status).toBe("PUBLISHED");
  expect((await request.get(`/articles/${live.slug}`)).status()).toBe(200);

  await page.goto("/admin/audit");
  await expect(page.getByText(`via API token “${name}”`).first()).toBeVisible();

  await page.goto("/admin/api-keys");
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`${secret.slice(0, 12)}…`);
  await expect(row).not.toContainText("Never");
  expect(await page.content()).not.toContain(secret);
  await row.getByRole("button", { name: `Revoke the token ${name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(row.getByRole("button", { name: "Revoke token" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(row).toContainText("Revoked");
  const refused = await request.get("/api/admin/v1/posts", { headers: auth });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: "This Admin API token has been revoked." });
});

test("the Admin API's OpenAPI document is served to anyone, and the API to no one without a token", async ({
  request,
}) => {
  const document = await request.get("/api/admin/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect((await document.json()).info.title).toBe("Masthead Admin API");
  const refused = await request.post("/api/admin/v1/posts", { data: {} });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toBe('Bearer realm="admin-api"');
});
