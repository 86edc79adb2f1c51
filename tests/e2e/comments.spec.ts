import { randomBytes } from "node:crypto";
import { type Page } from "@playwright/test";
import { cacheTags } from "../../lib/cache-tags";
import { readOutbox } from "../../lib/mail/outbox-reader";
import { CONVERSATION } from "../helpers/e2e-fixtures";
import { expect, revalidate, signInAsStaff, sql, test } from "./helpers";

// The comments journey from the issue, on the production server: a reader
// signs in by the emailed link, comments and waits for moderation; a
// moderator approves it with the keyboard; the article shows it; the reader
// reports another comment, which reaches the Reported queue.

const ARTICLE = `/articles/${CONVERSATION.slug}`;

async function signInLinkFor(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const message = (await readOutbox(".data/outbox")).filter((m) => m.to.includes(email)).at(-1);
        link = message?.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/)?.[0];
        return link;
      },
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return link!;
}

const countHeading = (page: Page) => page.locator("#comments-title");

const readersSignedUp: string[] = [];

// The journey counts the article's comments, so it leaves the article as it found it: deleting
// the reader deletes their comment and report. Runs of it then follow each other on one server
// (`--repeat-each --workers=1`); two at once would still see each other's comments.
test.afterEach(async ({ request }) => {
  const emails = readersSignedUp.splice(0);
  if (emails.length === 0) return;
  await sql(`DELETE FROM "User" WHERE email = ANY($1)`, [emails]);
  const [post] = await sql(`SELECT id FROM "Post" WHERE slug = $1`, [CONVERSATION.slug]);
  await revalidate(request, { postIds: [post.id], tags: [cacheTags.comments(post.id)] });
});

test("a reader signs in by email link and comments; a moderator approves it with the keyboard; the reader reports another comment", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const marker = randomBytes(3).toString("hex");
  const email = `reader-${marker}@example.test`;
  readersSignedUp.push(email);
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
  // The site refuses comments posted within seconds of the page loading (a bot's pace) and keeps
  // the text, so a person posts again; the reader here does too, each time the server has answered.
  const pending = reader.getByRole("article", { name: "Awaiting moderation" });
  await expect(async () => {
    const answered = reader.waitForResponse(
      (r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined,
    );
    await reader.getByRole("button", { name: "Post comment" }).click();
    await answered;
    await expect(pending).toContainText(words, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(pending).toContainText(words);
  await expect(countHeading(reader)).toHaveText("1 comment");

  // The moderator approves it from the keyboard: focus moves with j, a approves.
  const moderator = await (await browser.newContext()).newPage();
  await signInAsStaff(moderator, "moderator@masthead.local");
  await moderator.goto("/admin/comments");
  const item = moderator.locator("article").filter({ hasText: words });
  await expect(item).toBeVisible();
  const items = moderator.locator("article.moderation-item");
  const position = await items.evaluateAll(
    (elements, text) => elements.findIndex((el) => el.textContent?.includes(text)),
    words,
  );
  // The server's HTML shows the queue before the board has hydrated, and a key pressed before
  // then does nothing: press j until the shortcuts answer (the first j focuses the first comment).
  await expect(async () => {
    await moderator.keyboard.press("j");
    await expect(items.first()).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  for (let i = 0; i < position; i++) await moderator.keyboard.press("j");
  await expect(item).toBeFocused();
  await moderator.keyboard.press("a");
  await expect(moderator.getByRole("status").filter({ hasText: /Approved 1 comment/ })).toBeVisible();
  expect((await sql(`SELECT status FROM "Comment" WHERE body = $1`, [words]))[0].status).toBe("APPROVED");

  // The public article shows it, and the count moved.
  await expect
    .poll(
      async () => {
        await reader.reload();
        return countHeading(reader).textContent();
      },
      { timeout: 20_000 },
    )
    .toBe("2 comments");
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
  await expect(
    moderator.locator("article.moderation-item").filter({ hasText: CONVERSATION.existingComment }),
  ).toBeVisible();
});
