import { randomBytes } from "node:crypto";
import { expect, signInAsStaff, test } from "./helpers";

// An editor chooses a post's "Read more" by title, with the keyboard, and
// readers see the choice first.

test("an editor chooses the Read more articles of a new piece and readers see them first, in that order", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const marker = randomBytes(3).toString("hex");
  await signInAsStaff(page, "editor@masthead.local");
  await page.goto("/admin/posts");
  await page.getByRole("button", { name: "New post" }).click();
  await page.waitForURL(/\/admin\/posts\/[^/]+$/);
  await page.getByLabel("Title", { exact: true }).fill(`Read more ${marker}`);
  await page.getByLabel("Body").fill("A short piece that points readers onwards.");
  await page.getByLabel("Add a writer").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Add writer" }).click();

  const readMore = page.getByRole("group", { name: "Read more (chosen by hand)" });
  const find = readMore.getByLabel("Find a published article by title");
  await find.fill("ab");
  await find.press("Enter");
  await expect(readMore.getByText("Type at least 3 letters of the title.")).toBeVisible();

  for (const [query, title] of [
    ["knock on doors", "Why we still knock on doors"],
    ["RESIDENTS' PANELS", "Residents' panels need teeth, not tea and biscuits"],
  ]) {
    await find.fill(query!);
    await find.press("Enter");
    await readMore.getByRole("button", { name: `Add ${title}` }).click();
  }
  // The second choice goes first.
  await readMore.getByRole("button", { name: "Move Residents' panels need teeth, not tea and biscuits up" }).click();
  await expect(page.getByText(/^Saved at \d/)).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published.")).toBeVisible();
  const slug = await page.getByLabel("Address (slug)").inputValue();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/articles/${slug}`);
  const related = reader.getByRole("region", { name: "Read more" }).getByRole("heading", { level: 3 });
  await expect(related.nth(0)).toHaveText(/Residents' panels need teeth/);
  await expect(related.nth(1)).toHaveText(/Why we still knock on doors/);
});
