import { randomBytes } from "node:crypto";
import { expect, revalidate, signInAsStaff, sql, test } from "./helpers";

// Issue 16's journey on the production server: an admin writes a standalone
// page in the post editor, publishes it, puts it in the footer at
// /admin/menus (reordering with the keyboard), and a reader finds it there.

test.afterEach(async ({ request }) => {
  // Other specs share this site: put the footer back to its default.
  await sql(`DELETE FROM "Menu" WHERE name = 'FOOTER'`);
  await revalidate(request, { tags: ["menus"] });
});

test("an admin publishes a page, puts it first in the footer by keyboard, and a reader follows it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const marker = randomBytes(3).toString("hex");
  const title = `About the newsroom ${marker}`;
  const admin = await (await browser.newContext()).newPage();
  await signInAsStaff(admin, "admin@masthead.local");

  await admin.goto("/admin/pages");
  await admin.getByRole("button", { name: "New page" }).click();
  await admin.waitForURL(/\/admin\/pages\/[^/]+$/);
  // A page has no byline, section or comments to set.
  await expect(admin.getByLabel("Section")).toHaveCount(0);
  await expect(admin.getByText("Add a writer")).toHaveCount(0);
  await admin.getByLabel("Title", { exact: true }).fill(title);
  await admin
    .getByLabel("Body")
    .fill(`We are the communications team (${marker}).\n\n## How to reach us\n\nWrite to us.`);
  await expect(admin.getByText(/^Saved at \d/)).toBeVisible({ timeout: 20_000 });
  await expect(admin.getByText("It will live at /", { exact: false })).toBeVisible();
  const slug = await admin.getByLabel("Address (slug)").inputValue();
  expect(slug).toBe(`about-the-newsroom-${marker}`);
  await admin.getByRole("button", { name: "Publish now" }).click();
  await expect(admin.getByText("Published.")).toBeVisible();

  await admin.goto("/admin/menus");
  const footer = admin.getByRole("region", { name: "Footer links" });
  await footer.getByRole("button", { name: "Add a link" }).click();
  const first = footer.getByRole("group", { name: "Link 1 of 1" });
  await first.getByLabel("Points to").selectOption("LINK");
  await first.getByLabel("Address").fill("https://example.org/tenants-union");
  await first.getByLabel("Label").fill("Tenants' union");
  await footer.getByRole("button", { name: "Add a link" }).click();
  const second = footer.getByRole("group", { name: "Link 2 of 2" });
  await second.getByLabel("Page", { exact: true }).selectOption({ label: title });
  await expect(second.getByLabel("Label")).toHaveValue(title);

  // Up by keyboard: focus stays on the moved link's buttons, and the move is announced.
  await footer.getByRole("button", { name: `Move ${title} up` }).focus();
  await admin.keyboard.press("Enter");
  await expect(footer.getByRole("status").filter({ hasText: "moved to position 1 of 2" })).toHaveCount(1);
  await expect(footer.getByRole("button", { name: `Move ${title} down` })).toBeFocused();
  const preview = footer.getByRole("region", { name: "Preview of the footer" });
  await expect(preview.getByRole("listitem")).toHaveText([title, "Tenants' union ↗"]);
  await footer.getByRole("button", { name: "Save footer" }).click();
  await expect(footer.getByText("Saved. The site shows the new menu now.")).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  const links = reader.getByRole("navigation", { name: "Site information" }).getByRole("link");
  await expect(links).toHaveText([title, /Tenants' union/]);
  await links.first().click();
  await reader.waitForURL(new RegExp(`/${slug}$`));
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText(`We are the communications team (${marker}).`)).toBeVisible();
  // No byline and no date: a page speaks for the site. (Next keeps the home page hidden for going back.)
  await expect(reader.locator("main time:visible")).toHaveCount(0);
  // A fresh load for the head: the page as a crawler gets it.
  expect((await reader.reload())?.status()).toBe(200);
  const canonical = await reader.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(new RegExp(`/${slug}$`));
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "WebPage", name: title });
  expect((await reader.request.get(`/articles/${slug}`)).status()).toBe(404);
});

test("the demo's About, Privacy and Accessibility pages are served, with their contact block", async ({ page }) => {
  for (const [path, heading] of [
    ["/about", "About Riverside Voices"],
    ["/privacy", "Privacy notice"],
    ["/accessibility", "Accessibility statement"],
  ] as const) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Contact" })).toContainText("Amira Hassan");
  }
  expect((await page.goto("/no-such-page-here"))?.status()).toBe(404);
});
