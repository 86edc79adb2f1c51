import { randomBytes } from "node:crypto";
import { type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { expect, signInAsStaff, sql, test } from "./helpers";

// The newsroom journeys from the issue, on the production server: an author
// drafts and submits, an editor schedules, the scheduler publishes with nobody
// present, the editor backdates it, and two editors saving the same post never
// lose a word.

async function newPost(page: Page): Promise<string> {
  await page.goto("/admin/posts");
  await page.getByRole("button", { name: "New post" }).click();
  await page.waitForURL(/\/admin\/posts\/[^/]+$/);
  return page.url().split("/").pop()!;
}

const savedAt = (page: Page) => page.getByText(/^Saved at \d/);

/** The wall-clock time `seconds` from now in the site's time zone, as a datetime-local value with seconds. */
function londonLocal(secondsAhead: number): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(Date.now() + secondsAhead * 1000));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}`;
}

async function pngFile(name: string) {
  const buffer = await sharp({
    create: { width: 1200, height: 700, channels: 3, background: { r: 40, g: 110, b: 90 } },
  })
    .png()
    .toBuffer();
  return { name, mimeType: "image/png", buffer };
}

test("an author drafts and submits, an editor schedules, it goes live on time and is then unpublished", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const marker = randomBytes(3).toString("hex");
  const title = `Journey ${marker}: what tenants told us about repairs`;
  const author = await (await browser.newContext()).newPage();

  await signInAsStaff(author, "author@masthead.local");
  const postId = await newPost(author);
  await author.getByLabel("Title", { exact: true }).fill(title);
  await author.getByLabel("Standfirst").fill("Three things we heard on the estate this autumn.");
  await author
    .getByLabel("Body")
    .fill(
      `We spent a month listening.\n\n:::shareline\nRepairs done right the first time keep homes warm (${marker}).\n:::\n\nHere is what we learned.`,
    );

  // A hero image uploaded through the library picker, with its alt text.
  await author.getByRole("button", { name: "Choose hero image" }).click();
  const picker = author.getByRole("dialog");
  await picker.locator('input[type="file"]').setInputFiles(await pngFile(`estate-${marker}.png`));
  await picker.getByRole("button", { name: new RegExp(`estate-${marker}`) }).click();
  await author.getByLabel("Alt text (required before publishing)").fill("A row of terraced homes with new windows");

  // An existing writer and a guest co-byline created on the spot.
  await author.getByLabel("Add a writer").selectOption({ index: 1 });
  await author.getByRole("button", { name: "Add writer" }).click();
  await author.getByRole("button", { name: "New guest writer" }).click();
  const guest = author.getByRole("group", { name: "New guest writer" });
  await guest.getByLabel("Name").fill(`Guest ${marker}`);
  await guest.getByLabel("Job title (optional)").fill("Tenant Panel Chair");
  await guest.getByLabel("Organisation (optional)").fill("Brookside Residents Association");
  await guest.getByRole("button", { name: "Create and add" }).click();
  await expect(author.getByRole("button", { name: `Remove Guest ${marker}` })).toBeVisible();

  // Autosave, visibly.
  await expect(savedAt(author)).toBeVisible({ timeout: 20_000 });
  await author.getByRole("button", { name: "Submit for review" }).click();
  await expect(author.getByText("Submitted for review.")).toBeVisible();
  await expect(author.getByRole("button", { name: "Publish now" })).toHaveCount(0);

  // The editor finds it in the review queue, edits and schedules it a few seconds ahead.
  const editor = await (await browser.newContext()).newPage();
  await signInAsStaff(editor, "editor@masthead.local");
  await editor.goto("/admin");
  await editor.getByRole("link", { name: title }).first().click();
  await editor.waitForURL(new RegExp(`/admin/posts/${postId}$`));
  await editor
    .getByLabel("Standfirst")
    .fill("Three things we heard on the estate this autumn, and what we will change.");
  await expect(savedAt(editor)).toBeVisible({ timeout: 20_000 });
  const slug = await editor.getByLabel("Address (slug)").inputValue();
  await editor.getByLabel(/Publish at/).fill(londonLocal(15));
  await editor.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(editor.getByText(/^Scheduled for /)).toBeVisible();
  expect((await editor.request.get(`/articles/${slug}`)).status()).toBe(404);

  // Nobody acts: the scheduler publishes it.
  await expect
    .poll(async () => (await editor.request.get(`/articles/${slug}`)).status(), { timeout: 90_000, intervals: [2_000] })
    .toBe(200);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/articles/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText(`Repairs done right the first time keep homes warm (${marker}).`)).toBeVisible();
  await expect(reader.locator(".article-byline")).toContainText(`Guest ${marker}`);
  await expect(reader.locator(".article-byline")).toContainText("Tenant Panel Chair");
  await expect(reader.getByRole("img", { name: "A row of terraced homes with new windows" })).toBeVisible();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();

  // The editor sees that the post went out in their name, and backdates it:
  // a date in the future is refused on the field, an earlier one is taken.
  await editor.reload();
  await expect(editor.getByText(/^Published .+ by Eddie Editor\.$/)).toBeVisible();
  const publicationDate = editor.getByLabel(/^Publication date/);
  const changeDate = editor.getByRole("button", { name: "Change publication date" });
  // Typing that lands before the reloaded page has hydrated leaves the button
  // disabled (React never saw the change): type again until it is enabled.
  await expect(async () => {
    await publicationDate.fill(londonLocal(3 * 24 * 60 * 60).slice(0, 16));
    await expect(changeDate).toBeEnabled({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await changeDate.click();
  await expect(editor.getByText("Choose a date and time in the past.", { exact: false })).toBeVisible();
  await expect(publicationDate).toHaveAttribute("aria-invalid", "true");
  await publicationDate.fill("2020-01-15T09:30");
  await changeDate.click();
  await expect(editor.getByText(/^Publication date changed to /)).toBeVisible();
  // Next applies an action's revalidateTag after answering when the action
  // renders no page, so the very next visit may still get the old page (one
  // full run in five): the reader looks again until the change shows, and a
  // page that stays stale still fails. README, "Caching".
  await expect(async () => {
    await reader.goto(`/articles/${slug}`);
    await expect(reader.locator(".article-header .meta time").first()).toHaveText("15 January 2020", {
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  // Edited only before it was published: backdating adds no "Updated" line.
  await expect(reader.locator(".article-header .meta")).not.toContainText("Updated");

  // The editor unpublishes it: gone from the article URL and the home page.
  await editor.reload();
  // A click that lands before the reloaded editor has hydrated does nothing:
  // click again while the button is still there, until the editor confirms.
  const unpublish = editor.getByRole("button", { name: "Unpublish" });
  const unpublished = editor.getByText("Unpublished: readers no longer see it.");
  await expect(async () => {
    if (await unpublish.isVisible()) await unpublish.click();
    await expect(unpublished).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  expect((await reader.request.get(`/articles/${slug}`)).status()).toBe(404);
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
});

async function editorPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsStaff(page, "editor@masthead.local");
  return page;
}

test("when two editors save the same post, the second is refused with both versions shown and nothing lost", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const first = await editorPage(browser);
  const postId = await newPost(first);
  await first.getByLabel("Title", { exact: true }).fill("Two hands on one draft");
  await expect(savedAt(first)).toBeVisible({ timeout: 20_000 });

  const second = await editorPage(browser);
  await second.goto(`/admin/posts/${postId}`);
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue("Two hands on one draft");

  await first.getByLabel("Body").fill("The first editor's paragraph.");
  await first.keyboard.press("Control+s");
  await expect(first.getByText(/^Saved at \d/)).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(async () => (await sql(`SELECT body FROM "Post" WHERE id = $1`, [postId]))[0].body)
    .toBe("The first editor's paragraph.");

  await second.getByLabel("Body").fill("The second editor's paragraph, typed without knowing.");
  await second.keyboard.press("Control+s");
  await expect(second.getByRole("heading", { name: "Someone else saved this post since you opened it" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(second.getByRole("region", { name: "Their version (saved)" })).toContainText(
    "The first editor's paragraph.",
  );
  await expect(second.getByRole("region", { name: "Your version (not saved)" })).toContainText(
    "The second editor's paragraph",
  );
  await expect(second.getByLabel("Body")).toHaveValue("The second editor's paragraph, typed without knowing.");

  // Nothing overwritten, and the refused text is kept as a revision.
  const [stored] = await sql(`SELECT body FROM "Post" WHERE id = $1`, [postId]);
  expect(stored.body).toBe("The first editor's paragraph.");
  const conflicts = await sql(`SELECT body FROM "Revision" WHERE "postId" = $1 AND kind = 'CONFLICT'`, [postId]);
  expect(conflicts.map((r) => r.body)).toContain("The second editor's paragraph, typed without knowing.");

  // Keeping mine then saves over theirs, deliberately.
  await second.getByRole("button", { name: "Keep mine (save over theirs)" }).click();
  await expect
    .poll(async () => (await sql(`SELECT body FROM "Post" WHERE id = $1`, [postId]))[0].body)
    .toBe("The second editor's paragraph, typed without knowing.");
});
