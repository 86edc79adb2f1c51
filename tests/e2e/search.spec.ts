import { expect, test } from "./helpers";

// Spelling suggestions on the search page, on the demo content (several
// published articles say "living").

test("a mistyped word shows results for the site's own word, says so in the status, and can be searched as typed", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("search").getByRole("searchbox").fill("Lviing");
  await page.getByRole("search").getByRole("button").click();
  await expect(page).toHaveURL(/\/search\?q=Lviing$/);
  const status = page.locator(".search-status");
  await expect(status).toHaveAttribute("role", "status");
  await expect(status).toContainText("Showing results for living. Search instead for Lviing");
  await expect(status).toContainText(/results? for “living”/);
  await expect(page.locator(".search-result:visible").first()).toBeVisible();

  await status.getByRole("link", { name: "Lviing" }).click();
  await expect(page).toHaveURL(/\/search\?q=Lviing&verbatim=1$/);
  await expect(page.locator(".search-status")).not.toContainText("Showing results for living");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("“Did you mean …?” is a link to the corrected words", async ({ page }) => {
    await page.goto("/search?q=living+or+rivr");
    const status = page.locator(".search-status");
    await expect(status).toContainText("Did you mean living or river?");
    await status.getByRole("link", { name: "living or river" }).click();
    await expect(page).toHaveURL(/\/search\?q=living\+or\+river$/);
    await expect(page.locator(".search-status")).not.toContainText("Did you mean");
    await expect(page.locator(".search-result").first()).toBeVisible();
  });
});
