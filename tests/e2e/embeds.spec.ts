import { randomBytes } from "node:crypto";
import { minimalPdf } from "../helpers/documents";
import { report, seriousViolations } from "./axe";
import { expect, signInAsStaff, test } from "./helpers";

// An editor embeds a video and links a document from the media library; a
// reader's browser asks the video service for nothing until they press play.

const VIDEO_URL = "https://www.youtube.com/watch?v=M7lc1UVf-VE";
const PLAYER = /^https:\/\/www\.youtube-nocookie\.com\/embed\/M7lc1UVf-VE\?/;

test("an editor embeds a YouTube video and links a PDF; readers load nothing from YouTube until they press play", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const marker = randomBytes(3).toString("hex");
  await signInAsStaff(page, "editor@masthead.local");
  await page.goto("/admin/posts");
  await page.getByRole("button", { name: "New post" }).click();
  await page.waitForURL(/\/admin\/posts\/[^/]+$/);
  await page.getByLabel("Title", { exact: true }).fill(`Our repairs plan on video ${marker}`);
  const body = page.getByLabel("Body");
  await body.fill(`Our tenants' panel explains the plan.\n\n${VIDEO_URL}\n\nThe plan in full: `);
  await body.evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(box.value.length, box.value.length));

  // The PDF is uploaded in the body's picker and chosen: a link with its type and size goes in.
  await page.getByRole("button", { name: "Figure or document" }).click();
  const picker = page.getByRole("dialog", { name: "Choose an image or document" });
  await picker
    .locator('input[type="file"]')
    .setInputFiles({ name: `annual-report-${marker}.pdf`, mimeType: "application/pdf", buffer: minimalPdf() });
  await picker.getByRole("button", { name: new RegExp(`annual-report-${marker}\\.pdf`) }).click();
  await expect(body).toHaveValue(
    new RegExp(
      `The plan in full: \\[Annual report ${marker} \\(PDF, 1 KB\\)\\]\\(/media/[a-z0-9]+/annual-report-${marker}\\.pdf\\)$`,
    ),
  );

  await page.getByLabel("Add a writer").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Add writer" }).click();
  await expect(page.getByText(/^Saved at \d/)).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published.")).toBeVisible();
  const slug = await page.getByLabel("Address (slug)").inputValue();

  const context = await browser.newContext();
  const reader = await context.newPage();
  const requested: string[] = [];
  reader.on("request", (request) => requested.push(request.url()));
  // Offline, the player could not load anyway; answering for it keeps the test independent of the network.
  await context.route(/youtube-nocookie\.com/, (route) => route.abort());
  await reader.goto(`/articles/${slug}`);

  const play = reader.getByRole("button", { name: `Play video: ${VIDEO_URL} (loads YouTube)` });
  await expect(play).toBeVisible();
  const pdf = reader.getByRole("link", { name: `Annual report ${marker} (PDF, 1 KB)` });
  const pdfHref = await pdf.getAttribute("href");
  const served = await reader.request.get(pdfHref!);
  expect(served.headers()["content-type"]).toBe("application/pdf");
  expect(served.headers()["content-disposition"]).toBe(`inline; filename="annual-report-${marker}.pdf"`);
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");

  const violations = await seriousViolations(reader);
  expect(violations, report(violations)).toEqual([]);
  const elsewhere = (urls: string[]) =>
    urls.filter((url) => /^https?:/.test(url) && new URL(url).hostname !== "127.0.0.1");
  expect(elsewhere(requested)).toEqual([]);

  const playerRequest = reader.waitForRequest(PLAYER);
  await play.click();
  const frame = reader.locator("figure.embed iframe");
  await expect(frame).toHaveAttribute("src", PLAYER);
  await expect(frame).toHaveAttribute("title", `YouTube video: ${VIDEO_URL}`);
  await expect(frame).toHaveAttribute("allow", "autoplay; fullscreen; picture-in-picture");
  await expect(frame).toBeFocused();
  expect((await playerRequest).url()).toMatch(PLAYER);
  expect(elsewhere(requested).every((url) => PLAYER.test(url))).toBe(true);
  await context.close();

  // Without JavaScript the facade is a plain link to the video.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`/articles/${slug}`);
  await expect(plain.getByRole("link", { name: `YouTube ${VIDEO_URL}` })).toHaveAttribute("href", VIDEO_URL);
  await noScript.close();
});
