import { loadContent } from "../../scripts/lib/content/load";
import { DRAFT_SLUG } from "../helpers/e2e-fixtures";
import { expect, test } from "./helpers";

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const DEMO_TITLE = new RegExp(
  `^(?:${loadContent()
    .posts.filter((p) => p.status === "PUBLISHED")
    .map((p) => escaped(p.title))
    .join("|")})$`,
);

test("the home page lists the demo articles, newest first", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const titles = page.locator(".post-card h2");
  expect(await titles.count()).toBeGreaterThanOrEqual(5);
  const dates = await page.locator(".post-card time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
  expect([...dates].sort().reverse()).toEqual(dates);
  await expect(page.getByText("Secret draft never to be seen")).toHaveCount(0);
});

test("an article opens from the home page with its title, byline and body", async ({ page }) => {
  await page.goto("/");
  // A demo article: other journeys publish short pieces of their own while this runs.
  const first = page.locator(".post-card h2 a").filter({ hasText: DEMO_TITLE }).first();
  const title = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator(".byline").first()).toContainText("By ");
  expect(await page.locator(".article-body p").count()).toBeGreaterThan(2);
});

test("a draft is not served: its URL gives a real 404 page", async ({ page }) => {
  const response = await page.goto(`/articles/${DRAFT_SLUG}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText("Secret draft never to be seen")).toHaveCount(0);
});

test("an unknown slug gives a 404 page", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
});
