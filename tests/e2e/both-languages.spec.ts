import { type Page } from "@playwright/test";
import { report, seriousViolations } from "./axe";
import { expect, revalidate, signInAsStaff, sql, test } from "./helpers";
import { DEMO_PAGES, PUBLIC_PAGE_TYPES } from "./public-pages";

// A site offering both languages: English at the bare addresses, the Dutch
// interface under /nl/, a language switch and hreflang alternates. It runs
// in its own project after the others (it changes a setting every page reads),
// in order in one worker: the first test switches it on, the end off again.

test.describe.configure({ mode: "serial" });

const ARTICLE = "/articles/partnership-is-a-verb";

/** Waits out a page regenerated before the switch, which may be served once more as it was. */
async function gotoWhen(page: Page, path: string, ready: () => Promise<boolean>) {
  await expect
    .poll(async () => {
      await page.goto(path);
      return ready();
    })
    .toBe(true);
}

test.afterAll(async ({ request }) => {
  await sql(`DELETE FROM "SiteSetting" WHERE key = 'bothLanguages'`);
  await revalidate(request, { tags: ["settings"] });
});

test("an admin offers the site in Dutch beside English", async ({ page, browser }) => {
  await signInAsStaff(page, "admin@masthead.local");
  await page.goto("/admin/settings");
  const box = page.getByRole("checkbox", { name: "Also offer the site in the other language" });
  await expect(async () => {
    await box.check();
    await expect(box).toBeChecked({ timeout: 2_000 });
  }).toPass();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();

  // An anonymous reader now finds the switch on the home page.
  const reader = await browser.newPage();
  await gotoWhen(reader, "/", () => reader.getByRole("link", { name: "Nederlands" }).isVisible());
  await expect(reader.getByRole("navigation", { name: "Language" })).toBeVisible();
  await reader.close();
});

test("a reader switches an article to the Dutch interface and back", async ({ page }) => {
  await gotoWhen(page, ARTICLE, () => page.getByRole("link", { name: "Nederlands" }).isVisible());
  await page.getByRole("link", { name: "Nederlands" }).click();
  await expect(page).toHaveURL(new RegExp(`/nl${ARTICLE}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "nl-NL");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Zoeken" })).toBeVisible();
  // The article itself stays in the language it was written in.
  await expect(page.locator("article.article")).toHaveAttribute("lang", "en-GB");
  // Its links keep the reader in Dutch.
  await expect(page.locator(".article-byline a").first()).toHaveAttribute("href", /^\/nl\/contributors\//);
  await expect(page.locator(".type-label a").first()).toHaveAttribute("href", /^\/nl\/sections\//);
  await expect(page.locator(".site-name a")).toHaveAttribute("href", "/nl");

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("each copy of a page names itself canonical and both languages as alternates", async ({ page, baseURL }) => {
  const response = await page.goto(`/nl${ARTICLE}`);
  expect(response?.status()).toBe(200);
  const href = (selector: string) => page.locator(`head link${selector}`).getAttribute("href");
  expect(await href('[rel="canonical"]')).toBe(`${baseURL}/nl${ARTICLE}`);
  expect(await href('[rel="alternate"][hreflang="nl-NL"]')).toBe(`${baseURL}/nl${ARTICLE}`);
  expect(await href('[rel="alternate"][hreflang="en-GB"]')).toBe(`${baseURL}${ARTICLE}`);
  expect(await href('[rel="alternate"][hreflang="x-default"]')).toBe(`${baseURL}${ARTICLE}`);

  await page.goto(ARTICLE);
  expect(await href('[rel="canonical"]')).toBe(`${baseURL}${ARTICLE}`);
  expect(await href('[rel="alternate"][hreflang="nl-NL"]')).toBe(`${baseURL}/nl${ARTICLE}`);
});

test("a search from the Dutch interface stays in it, without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/nl");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl-NL");
  await page.getByRole("searchbox").first().fill("damp");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/nl\/search\?q=damp$/);
  await expect(page.getByRole("heading", { level: 1, name: "Zoeken" })).toBeVisible();
  await expect(page.locator(".post-card-title a").first()).toHaveAttribute("href", /^\/nl\/articles\//);
  // The switch names the same search in English, words included (the cached search's route holds them).
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/search?q=damp");
  await context.close();
});

test("the menus and a listing's later pages keep the Dutch interface", async ({ page }) => {
  await page.goto("/nl");
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link");
  await expect(menu.first()).toBeVisible();
  for (const link of await menu.all()) expect(await link.getAttribute("href")).toMatch(/^\/nl(\/|$)/);

  // Page 2 exists once the other projects' posts push the demo's ten past one page.
  const [{ count }] = await sql(
    `SELECT count(*)::int AS count FROM "Post" WHERE status = 'PUBLISHED' AND kind = 'ARTICLE'`,
  );
  const response = await page.goto("/nl?page=2");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl-NL");
  if (count > 10) {
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "Nieuwere artikelen" })).toHaveAttribute("href", "/nl");
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/?page=2");
  } else {
    expect(response?.status()).toBe(404);
  }
});

test("a missing page in the Dutch interface says so in Dutch", async ({ page }) => {
  const response = await page.goto("/nl/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Naar de laatste artikelen" })).toHaveAttribute("href", "/nl");
});

test("the site's own language has no prefix of its own", async ({ page }) => {
  expect((await page.goto(`/en${ARTICLE}`))?.status()).toBe(404);
});

const DUTCH_PAGES = [
  ...PUBLIC_PAGE_TYPES.filter(({ path }) => !/^\/(login|forgot|reset|accept)/.test(path)),
  ...DEMO_PAGES,
]
  .map(({ path }) => `/nl${path === "/" ? "" : path}`)
  .concat(`/nl${ARTICLE}`);

for (const path of DUTCH_PAGES) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl-NL");
    const violations = await seriousViolations(page);
    expect(violations, report(violations)).toEqual([]);
  });
}

test("switched off again, the Dutch addresses are gone", async ({ page, request }) => {
  await sql(`DELETE FROM "SiteSetting" WHERE key = 'bothLanguages'`);
  await revalidate(request, { tags: ["settings"] });
  await expect.poll(async () => (await page.goto(`/nl${ARTICLE}`))?.status()).toBe(404);
  expect((await page.goto(ARTICLE))?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Nederlands" })).toHaveCount(0);
});
