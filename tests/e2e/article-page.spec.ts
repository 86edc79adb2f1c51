import { HOSTILE_SLUG } from "../helpers/e2e-fixtures";
import { expect, test } from "./helpers";

test("an opinion piece shows guest bylines, figure credits, a shareline, share links and related articles", async ({
  page,
}) => {
  await page.goto("/articles/partnership-is-a-verb");
  await expect(page.locator(".type-label").first()).toContainText("Opinion");
  const byline = page.locator(".article-byline");
  await expect(byline).toContainText("Helen Marsh, Chief Executive, Mellside Community Trust");
  await expect(byline.getByRole("link", { name: "Helen Marsh" })).toHaveAttribute("href", "/contributors/helen-marsh");
  await expect(page.locator(".standfirst")).not.toBeEmpty();
  await expect(page.locator("figure.hero figcaption")).toContainText("Picture: Priya Lindqvist");
  await expect(page.locator("figure.hero img")).toHaveAttribute("alt", /hands/);
  await expect(page.locator(".article-body figure .credit").first()).toContainText("Picture:");

  const shareline = page.locator(".shareline").first();
  await expect(shareline).toBeVisible();
  const x = new URL((await shareline.getByRole("link", { name: /X/ }).getAttribute("href"))!);
  expect(x.hostname).toBe("x.com");
  expect(x.searchParams.get("text")).toMatch(/#UKhousing/);
  expect(x.searchParams.get("url") ?? x.searchParams.get("text")).toContain("/articles/partnership-is-a-verb");

  const share = page.getByRole("navigation", { name: "Share this article" }).first();
  for (const network of ["LinkedIn", "X", "Facebook"])
    await expect(share.getByRole("link", { name: `Share on ${network}` })).toBeVisible();
  await expect(share.getByRole("link", { name: "Share by email" })).toHaveAttribute("href", /^mailto:/);

  await expect(page.getByRole("navigation", { name: "In this article" })).toBeVisible();
  await expect(page.locator(".sign-off")).toContainText("Helen Marsh");
  const related = page.locator(".related .post-card");
  expect(await related.count()).toBeGreaterThan(0);
  await expect(page.locator(".related")).not.toContainText("Partnership is a verb");
  // No third-party scripts: every script the page loads is our own.
  const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  for (const src of scripts) expect(new URL(src).host).toBe(new URL(page.url()).host);
});

test("a series part shows its place in the series and links to the parts around it", async ({ page }) => {
  await page.goto("/articles/retrofit-diary-living-with-the-works");
  // Next keeps pages navigated away from in the DOM, hidden, for going back.
  const box = page.locator(".series-box:visible");
  await expect(box).toContainText("Part 2 of 3");
  await expect(box).toContainText("Forthcoming");
  // The scheduled third part is announced without its title.
  await expect(page.locator("body")).not.toContainText("the first winter");
  await box.getByRole("link", { name: /Previous part/ }).click();
  await expect(page).toHaveURL(/retrofit-diary-before-the-scaffolding/);
  await expect(box).toContainText("Part 1 of 3");
  await box.getByRole("link", { name: /Next part/ }).click();
  await expect(page).toHaveURL(/retrofit-diary-living-with-the-works/);
  await box.getByRole("link", { name: /All parts of/ }).click();
  await expect(page.locator("h1:visible")).toContainText("Retrofit diary");
});

test("a Dutch article is marked up and labelled in Dutch on the English site", async ({ page }) => {
  await page.goto("/articles/huurders-zijn-geen-klanten");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.locator("article.article")).toHaveAttribute("lang", "nl-NL");
  await expect(page.locator(".type-label").first()).toContainText("Opinie");
  await expect(page.locator(".article-byline")).toContainText("Door");
  await expect(page.locator(".article-header .meta")).toContainText(/Gepubliceerd \d+ \w+ 2026/);
});

test("a cached article is sent as ASCII-only HTML and still reads with its accents", async ({ page, request }) => {
  const path = "/articles/koffie-aan-de-keukentafel";
  await request.get(path); // a first visit may render it rather than read the cache
  const body = await (await request.get(path)).body();
  expect(body.findIndex((byte) => byte > 0x7f)).toBe(-1);
  expect(body.toString()).toContain("v&#xF3;&#xF3;r");

  await page.goto(path);
  await expect(page.locator(".article-body")).toContainText("nog vóór de renovatie begint");
  await expect(page.locator(".article-body")).toContainText("met één zin");
});

test("a contributor page shows the profile, contact card and their articles", async ({ page }) => {
  await page.goto("/contributors/amira-hassan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amira Hassan");
  await expect(page.locator(".contributor-role")).toContainText("Head of Communications");
  await expect(page.locator(".contact-card")).toContainText("Want to know more?");
  await expect(page.locator(".contact-card a[href^='mailto:']")).toBeVisible();
  expect(await page.locator(".post-card").count()).toBeGreaterThan(0);
});

test("listing pages paginate with stable ?page= URLs and a page past the end is a 404", async ({ page, request }) => {
  await page.goto("/tags/tenant-voice");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/tenant voice/i);
  expect(await page.locator(".post-card").count()).toBeGreaterThan(1);
  expect((await request.get("/tags/tenant-voice?page=50")).status()).toBe(404);
  expect((await request.get("/sections/no-such-section")).status()).toBe(404);
});

test("the hostile corpus renders as inert text: no dialog, no script element, no event handler", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await page.goto(`/articles/${HOSTILE_SLUG}`);
  const body = page.locator(".article-body");
  await expect(body).toBeVisible();
  // Hover and click through every link and image to give any handler a chance to fire.
  const found = await body.evaluate((root) => {
    const all = [root, ...root.querySelectorAll("*")];
    return {
      scripts: root.querySelectorAll("script, iframe, object, embed, svg, math, form, style, base, meta, link").length,
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      ),
      styles: all.filter((el) => el.hasAttribute("style")).length,
      badUrls: [...root.querySelectorAll("[href], [src]")]
        .map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? "")
        .filter((url) => /^\s*(javascript|vbscript|data):/i.test(url)),
    };
  });
  expect(found).toEqual({ scripts: 0, handlers: [], styles: 0, badUrls: [] });
  await page.mouse.wheel(0, 100_000);
  // Scroll handlers have run once the page has moved and painted a frame after it.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(dialogs).toBe(0);
  // The guest's hostile name is shown as text.
  await expect(page.locator(".article-byline")).toContainText("Guest <script>alert(1)</script> Writer");
});
