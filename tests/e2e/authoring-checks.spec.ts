import { expect, signInAsStaff, test } from "./helpers";

// The editor's accessibility checks, as a writer meets them: flagged while
// typing, each one takes the writer to the spot, and fixing it clears it.

test("the editor flags accessibility problems as the writer types and shows each one in the text", async ({ page }) => {
  await signInAsStaff(page, "author@masthead.local");
  await page.goto("/admin/posts");
  await page.getByRole("button", { name: "New post" }).click();
  await page.waitForURL(/\/admin\/posts\/[^/]+$/);

  const body = page.getByLabel("Body");
  const image = "![](/media/boiler.jpg)";
  await body.fill(`We replaced the boilers.\n\n${image}\n\nFor the figures, [click here](/report).`);

  const report = page.getByRole("region", { name: "Accessibility checks" });
  const flags = report.getByRole("listitem");
  await expect(flags).toHaveCount(2);
  await expect(flags.nth(0)).toContainText("Image without a description, line 3");
  await expect(flags.nth(0)).toContainText("screen-reader users");
  await expect(flags.nth(1)).toContainText("Link text that says nothing on its own, line 5: “click here”");

  await flags.nth(0).getByRole("button", { name: "Show in the text, line 3" }).click();
  await expect(body).toBeFocused();
  const selected = await body.evaluate((box: HTMLTextAreaElement) =>
    box.value.slice(box.selectionStart, box.selectionEnd),
  );
  expect(selected).toBe(image);

  await body.fill(
    "We replaced the boilers.\n\n![A new boiler on a kitchen wall](/media/boiler.jpg)\n\nRead [the repairs figures](/report).",
  );
  await expect(flags).toHaveCount(0);
  await expect(report).toContainText("Nothing to look at");
});
