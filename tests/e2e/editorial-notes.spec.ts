import { randomBytes } from "node:crypto";
import { expect, signInAsStaff, test } from "./helpers";

// Notes on a draft between its writer and an editor, from the editor page,
// kept after they are resolved and listed in the revision history.

test("a writer and an editor discuss a draft in a note thread, resolve it, and find it in the history", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const marker = randomBytes(3).toString("hex");
  await signInAsStaff(page, "author@masthead.local");
  await page.goto("/admin/posts");
  await page.getByRole("button", { name: "New post" }).click();
  await page.waitForURL(/\/admin\/posts\/[^/]+$/);
  const postUrl = page.url();
  const notes = page.getByRole("region", { name: "Editorial notes" });
  await expect(notes).toContainText("No notes yet.");
  const add = notes.getByRole("button", { name: "Add note" });
  await expect(async () => {
    await notes.getByLabel("New note").fill(`Should we name the estate? ${marker}`);
    await expect(add).toBeEnabled({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await add.click();
  await expect(notes.getByText(`Should we name the estate? ${marker}`)).toBeVisible();
  await expect(notes.getByLabel("New note")).toHaveValue("");

  const editor = await (await browser.newContext()).newPage();
  await signInAsStaff(editor, "editor@masthead.local");
  await editor.goto(postUrl);
  const editorNotes = editor.getByRole("region", { name: "Editorial notes" });
  // Typing that lands before the page has hydrated is not in React's state yet: type again until the button takes it.
  const reply = editorNotes.getByRole("button", { name: "Reply" });
  await expect(async () => {
    await editorNotes.getByLabel(/^Reply to /).fill(`Yes, residents asked for it. ${marker}`);
    await expect(reply).toBeEnabled({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await reply.click();
  await expect(editorNotes.getByText(`Yes, residents asked for it. ${marker}`)).toBeVisible();
  await editorNotes.getByRole("button", { name: /^Resolve/ }).click();
  await expect(editorNotes).toContainText("Every note is resolved.");
  await editorNotes.getByRole("button", { name: "Show resolved notes (1)" }).click();
  await expect(editorNotes).toContainText("Resolved by Eddie Editor");

  await page.reload();
  await expect(notes).toContainText("Every note is resolved.");
  await page.goto(`${postUrl}/revisions`);
  const history = page.getByRole("region", { name: "Editorial notes" });
  await expect(history).toContainText(`Should we name the estate? ${marker}`);
  await expect(history).toContainText(`Yes, residents asked for it. ${marker}`);
});
