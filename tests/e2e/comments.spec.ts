import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { readOutbox } from "../../lib/mail/outbox-reader";
import { CONVERSATION } from "../helpers/e2e-fixtures";
import { signInAsStaff, sql } from "./helpers";

// The comments journey from the issue, on the production server: a reader
// signs in by the emailed link, comments and waits for moderation; a
// moderator approves it with the keyboard; the article shows it; the reader
// reports another comment, which reaches the Reported queue.

const ARTICLE = `/articles/${CONVERSATION.slug}`;

async function signInLinkFor(email: string): Promise<string> {
  let link: string | undefined;
  await expect.poll(async () => {
    const message = (await readOutbox(".data/outbox")).filter((m) => m.to.includes(email)).at(-1);
    link = message?.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/)?.[0];
    return link;
  }, { timeout: 20_000 }).toBeTruthy();
  return link!;
}


const countHeading = (page: Page) => page.locator("#comments-title");

test("a reader signs in by email link and comments; a moderator approves it with the keyboard; the reader reports another comment", async ({ browser }) => {
  test.setTimeout(120_000);
  const marker = randomBytes(3).toString("hex");
  const email = `reader-${marker}@example.test`;
  const words = `Our block got new boilers last winter and it made a real difference (${marker}).`;

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(ARTICLE);
  await expect(countHeading(reader)).toHaveText("1 comment");
  await reader.getByRole("link", { name: "Sign in to comment" }).click();
  await reader.getByLabel("Email address").fill(email);
  await reader.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(reader.getByRole("heading", { name: "Check your email" })).toBeVisible();

  // The link arrives in the outbox; the first sign-in asks for a display name.
  await reader.goto(await signInLinkFor(email));
  await reader.waitForURL(/\/welcome/);
  await reader.getByLabel("Display name").fill(`Reader ${marker}`);
  await reader.getByRole("button", { name: "Save and continue" }).click();
  await reader.waitForURL(new RegExp(CONVERSATION.slug));

  const form = reader.getByLabel("Your comment");
  await form.fill(words);
  // The site refuses comments posted within seconds of the page loading (a bot's pace); a person takes longer.
  await reader.waitForTimeout(3_500);
  await reader.getByRole("button", { name: "Post comment" }).click();
  const pending = reader.getByRole("article", { name: "Awaiting moderation" });
  await expect(pending).toContainText(words);
  await expect(countHeading(reader)).toHaveText("1 comment");

  // The moderator approves it from the keyboard: focus moves with j, a approves.
  const moderator = await (await browser.newContext()).newPage();
  await signInAsStaff(moderator, "moderator@masthead.local");
  await moderator.goto("/admin/comments");
  const item = moderator.locator("article").filter({ hasText: words });
  await expect(item).toBeVisible();
  const position = await moderator.locator("article.moderation-item").evaluateAll(
    (items, text) => items.findIndex((el) => el.textContent?.includes(text)), words,
  );
  for (let i = 0; i <= position; i++) await moderator.keyboard.press("j");
  await expect(item).toBeFocused();
  await moderator.keyboard.press("a");
  await expect(moderator.getByRole("status").filter({ hasText: /Approved 1 comment/ })).toBeVisible();
  expect((await sql(`SELECT status FROM "Comment" WHERE body = $1`, [words]))[0].status).toBe("APPROVED");

  // The public article shows it, and the count moved.
  await expect.poll(async () => {
    await reader.reload();
    return countHeading(reader).textContent();
  }, { timeout: 20_000 }).toBe("2 comments");
  await expect(reader.getByRole("article", { name: `Reader ${marker}` })).toContainText(words);

  // The reader reports the other comment; it lands in the Reported queue.
  const other = reader.getByRole("article", { name: "Existing Reader" });
  await other.getByRole("button", { name: "Report" }).click();
  const dialog = reader.getByRole("dialog", { name: "Report this comment" });
  await dialog.getByLabel("Spam or advertising").check();
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(other.getByText("Reported. Thank you: a moderator will look at it.")).toBeVisible();

  // Signing out from under the thread ends the reader's session.
  await expect(reader.getByText(`Signed in as Reader ${marker}.`)).toBeVisible();
  await reader.getByRole("button", { name: "Sign out" }).click();
  await expect(reader.getByText("You must be signed in to comment.")).toBeVisible();

  await moderator.goto("/admin/comments?queue=reported");
  await expect(moderator.locator("article.moderation-item").filter({ hasText: CONVERSATION.existingComment })).toBeVisible();
});
