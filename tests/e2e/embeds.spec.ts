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

// A social post is a card served by the site until the reader asks for it;
// then Bluesky's embed page (answered here, there is no network) loads in a
// sandboxed frame and may size it, by its own origin and a number only.

const POST_URL = "https://bsky.app/profile/wardens.ferrylane.example/post/3lfwy4kq2bs2c";
const POST_FRAME = "https://embed.bsky.app/embed/wardens.ferrylane.example/app.bsky.feed.post/3lfwy4kq2bs2c";
const CAPTION = "The wardens' update on the night of the flood";
const EMBED_PAGE = `<!doctype html><title>Post</title><p>A post from the wardens.</p>
<script>parent.postMessage({ height: "9999px" }, "*"); parent.postMessage({ height: 321, id: null }, "*");</script>`;

test("an editor embeds a Bluesky post; readers see the site's own card and load nothing from Bluesky until they ask for the post", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const marker = randomBytes(3).toString("hex");
  await signInAsStaff(page, "editor@masthead.local");
  await page.goto("/admin/posts");
  await page.getByRole("button", { name: "New post" }).click();
  await page.waitForURL(/\/admin\/posts\/[^/]+$/);
  // A choice made before the editor has hydrated leaves "Add writer" disabled: choose again until it is enabled.
  const addWriter = page.getByRole("button", { name: "Add writer" });
  await expect(async () => {
    await page.getByLabel("Add a writer").selectOption({ index: 1 });
    await expect(addWriter).toBeEnabled({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await addWriter.click();
  await page.getByLabel("Title", { exact: true }).fill(`The wardens on the night of the flood ${marker}`);
  await page
    .getByLabel("Body")
    .fill(`The wardens posted before our call centre opened.\n\n::embed[${CAPTION}]{url="${POST_URL}"}\n`);
  await expect(page.getByText(/^Saved at \d/)).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published.")).toBeVisible();
  const slug = await page.getByLabel("Address (slug)").inputValue();

  const context = await browser.newContext();
  const reader = await context.newPage();
  const requested: string[] = [];
  reader.on("request", (request) => requested.push(request.url()));
  await context.route(/^https:\/\/embed\.bsky\.app\//, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: EMBED_PAGE }),
  );
  await reader.goto(`/articles/${slug}`);

  const show = reader.getByRole("button", { name: "Show post (loads Bluesky)" });
  await expect(show).toBeVisible();
  await expect(show).toHaveAccessibleDescription(`Bluesky @wardens.ferrylane.example ${CAPTION}`);
  const violations = await seriousViolations(reader);
  expect(violations, report(violations)).toEqual([]);
  const elsewhere = (urls: string[]) =>
    urls.filter((url) => /^https?:/.test(url) && new URL(url).hostname !== "127.0.0.1");
  expect(elsewhere(requested)).toEqual([]);

  // By keyboard: the button takes focus and Enter shows the post, focused.
  const frameRequest = reader.waitForRequest(POST_FRAME);
  await show.focus();
  await reader.keyboard.press("Enter");
  const frame = reader.locator("figure.embed-post iframe");
  await expect(frame).toHaveAttribute("src", POST_FRAME);
  await expect(frame).toHaveAttribute("title", `Bluesky post by @wardens.ferrylane.example: ${CAPTION}`);
  await expect(frame).toHaveAttribute(
    "sandbox",
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox",
  );
  await expect(frame).toBeFocused();
  expect((await frameRequest).url()).toBe(POST_FRAME);
  // The embed page's resize message sets the height; the one with a non-number is ignored.
  await expect(frame).toHaveCSS("height", "321px");
  expect(elsewhere(requested)).toEqual([POST_FRAME]);
  await context.close();

  // Without JavaScript the card is a plain link to the post.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`/articles/${slug}`);
  await expect(plain.getByRole("link", { name: `Bluesky @wardens.ferrylane.example ${CAPTION}` })).toHaveAttribute(
    "href",
    POST_URL,
  );
  await noScript.close();
});
