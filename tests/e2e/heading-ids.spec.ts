import { expect, test } from "./helpers";

// Heading ids from Markdown all start with h-, so they cannot collide with the
// page's own ids; the table of contents still leads to them.

test("the table of contents links to the article's h- prefixed headings", async ({ page }) => {
  await page.goto("/articles/what-damp-and-mould-data-misses");
  const contents = page.getByRole("navigation", { name: "In this article" });
  const links = contents.getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(4);
  const last = links.last();
  const href = (await last.getAttribute("href"))!;
  expect(href).toMatch(/^#h-/);
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const target = page.locator(`[id="${href.slice(1)}"]`);
  await expect(target).toHaveCount(1);
  await expect(target).toBeInViewport();
  const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
});
