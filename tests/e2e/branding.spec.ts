import { expect, revalidate, signInAsStaff, sql, test } from "./helpers";

// An admin gives the site its own look: a logo in place of the site name
// (still its accessible name) and an accent colour that must pass AA contrast.
// Other specs share the site, so the defaults come back at the end.

test.describe.configure({ mode: "serial" });

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" viewBox="0 0 240 60">
<rect width="240" height="60" rx="8" fill="#1b1b1b"/><circle cx="30" cy="30" r="18" fill="#f5b400"/></svg>`;

test.afterAll(async ({ request }) => {
  await sql(`DELETE FROM "SiteSetting" WHERE key IN ('logo', 'accentColor')`);
  await revalidate(request, { tags: ["settings"] });
});

test("an admin uploads a logo and sets an accent colour that the public site then shows", async ({ page }) => {
  await signInAsStaff(page, "admin@masthead.local");
  await page.goto("/admin/branding");
  await expect(page.getByRole("heading", { level: 1, name: "Branding" })).toBeVisible();

  const logo = page.getByRole("region", { name: "Logo" });
  await logo
    .getByLabel("Image file")
    .setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(LOGO) });
  await logo.getByRole("button", { name: "Upload logo" }).click();
  await expect(logo.getByRole("status").filter({ hasText: "Logo saved." })).toBeVisible();
  await expect(logo.getByRole("img", { name: "Logo: Riverside Voices" })).toHaveAttribute(
    "src",
    /^\/media\/logo-[a-z0-9]+\/logo\.png$/,
  );

  const accent = page.getByRole("region", { name: "Accent colour" });
  const field = accent.getByLabel("Accent colour (hex)");
  await field.fill("#777777");
  await accent.getByRole("button", { name: "Save accent colour" }).click();
  await expect(accent.getByText("4.47:1 — needs at least 4.5:1 against white; try a darker shade.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await field.fill("#8a1538");
  await accent.getByRole("button", { name: "Save accent colour" }).click();
  await expect(accent.getByRole("status").filter({ hasText: "Accent colour saved." })).toBeVisible();

  await page.goto("/");
  const accentInUse = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue("--accent").trim(),
  );
  expect(accentInUse).toBe("#8a1538");
  const home = page.getByRole("banner").getByRole("link", { name: "Riverside Voices", exact: true });
  const image = home.getByRole("img", { name: "Riverside Voices" });
  await expect(image).toHaveAttribute("src", /^\/media\/logo-[a-z0-9]+\/logo\.png$/);
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(384);
  await expect(home).toHaveAttribute("href", "/");
});

test("an article with an SVG hero is shared with a PNG that answers image/png", async ({ page, request }) => {
  await page.goto("/articles/living-with-the-river-mell");
  const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(ogImage).toMatch(/\/share-images\/posts\/living-with-the-river-mell\.png$/);
  expect(await page.locator('meta[name="twitter:image"]').first().getAttribute("content")).toBe(ogImage);
  const response = await request.get(new URL(ogImage!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).subarray(1, 4).toString("latin1")).toBe("PNG");
});
