import { expect, test } from "@playwright/test";
import { revalidate, sql } from "./helpers";

// A site whose language setting is Dutch speaks Dutch everywhere, while each
// article keeps its own language.

test.beforeAll(async ({ request }) => {
  await sql(`INSERT INTO "SiteSetting" (key, value, "updatedAt") VALUES ('language', '"nl-NL"', now())
             ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`);
  await revalidate(request, { tags: ["settings"] });
});

test.afterAll(async ({ request }) => {
  await sql(`DELETE FROM "SiteSetting" WHERE key = 'language'`);
  await revalidate(request, { tags: ["settings"] });
});

test("the interface of a Dutch site is Dutch", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl-NL");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeAttached();
  await expect(page.getByRole("heading", { name: "Laatste artikelen" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Zoeken" })).toBeVisible();
  // A regeneration of this page that began before the switch can still land once; the next visit is Dutch.
  await expect.poll(async () => {
    await page.goto("/sections/housing");
    return page.locator(".type-label").first().textContent();
  }, { timeout: 10_000 }).toBe("Rubriek");
});

test("an English article on a Dutch site keeps its own language", async ({ page }) => {
  await page.goto("/articles/partnership-is-a-verb");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl-NL");
  await expect(page.locator("article.article")).toHaveAttribute("lang", "en-GB");
  await expect(page.locator(".article-byline")).toContainText("By Helen Marsh");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeAttached();
});
