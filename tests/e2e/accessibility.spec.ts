import { type Locator, type Page } from "@playwright/test";
import { A11Y_BOOT_SCRIPT, A11Y_STORAGE_KEY } from "../../components/site/accessibility-prefs";
import { report, seriousViolations } from "./axe";
import { expect, test } from "./helpers";
import { EVERY_PUBLIC_PAGE } from "./public-pages";

// WCAG 2.2 AA on the public pages: axe on every kind of page, a keyboard-only
// walk through an article, the reader's display menu, and reflow at 320 px.

const ARTICLE = "/articles/partnership-is-a-verb";
/** React has attached its handlers to the element: a click now does something. */
async function hydrated(target: Locator): Promise<void> {
  await expect
    .poll(() => target.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps"))))
    .toBe(true);
}

interface Focused {
  description: string;
  inShare: boolean;
  inBody: boolean;
  outlineStyle: string;
  outlineWidth: number;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      description: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} “${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}”`,
      inShare: Boolean(el.closest(".share")),
      inBody: el.tagName === "A" && Boolean(el.closest(".article-body")),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
    };
  });
}

function expectVisibleFocus(f: Focused): void {
  expect(f.outlineStyle, `no focus outline on ${f.description}`).not.toBe("none");
  expect(f.outlineWidth, `zero-width focus outline on ${f.description}`).toBeGreaterThan(0);
}

/** Presses Tab until `target` has focus, checking each stop has a visible focus indicator. */
async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    expectVisibleFocus(await focused(page));
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target} in ${maxPresses} presses`);
}

const bodyTextSize = (page: Page) =>
  page
    .locator(".article-body p")
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
const paperColour = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--paper").trim());
const storedChoice = (page: Page) => page.evaluate((key) => localStorage.getItem(key), A11Y_STORAGE_KEY);

/** The panel the toggle controls, found through aria-controls (so it is found while hidden too). */
async function panelOf(toggle: Locator): Promise<Locator> {
  const id = await toggle.getAttribute("aria-controls");
  expect(id, "the toggle names its panel in aria-controls").toBeTruthy();
  return toggle.page().locator(`[id="${id}"]`);
}

function menu(page: Page) {
  return {
    toggle: page.getByRole("button", { name: "Accessibility", exact: true }),
    larger: page.getByRole("button", { name: "Larger", exact: true }),
    contrast: page.getByRole("switch", { name: "High contrast" }),
    reset: page.getByRole("button", { name: "Reset", exact: true }),
  };
}

/** Opens the accessibility menu with a click once it is interactive; returns its panel. */
async function openMenu(page: Page): Promise<Locator> {
  const { toggle } = menu(page);
  const panel = await panelOf(toggle);
  await hydrated(toggle);
  await toggle.click();
  await expect(panel).toBeVisible();
  return panel;
}

for (const { path, status } of EVERY_PUBLIC_PAGE) {
  test(`axe finds no serious or critical WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    const violations = await seriousViolations(page);
    expect(violations, report(violations)).toEqual([]);
  });
}

test("axe finds no serious or critical violation with the menu open in high contrast and larger text", async ({
  page,
}) => {
  await page.addInitScript(
    (key) => localStorage.setItem(key, JSON.stringify({ size: "larger", contrast: "high" })),
    A11Y_STORAGE_KEY,
  );
  await page.goto(ARTICLE);
  await openMenu(page);
  const violations = await seriousViolations(page);
  expect(violations, report(violations)).toEqual([]);
});

test("a keyboard user skips to the article and reaches the share and body links with a visible focus", async ({
  page,
}) => {
  await page.goto(ARTICLE);

  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expectVisibleFocus(await focused(page));

  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  const stops: Focused[] = [];
  while (stops.length < 80 && !(stops.some((s) => s.inShare) && stops.some((s) => s.inBody))) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    expectVisibleFocus(f);
    stops.push(f);
  }
  const visited = stops.map((s) => s.description).join("\n");
  expect(
    stops.some((s) => s.inShare),
    `no share link among:\n${visited}`,
  ).toBe(true);
  expect(
    stops.some((s) => s.inBody),
    `no article body link among:\n${visited}`,
  ).toBe(true);
});

test("the accessibility menu works from the keyboard and its choice survives a reload", async ({ page, context }) => {
  await page.goto(ARTICLE);
  const { toggle, larger, contrast, reset } = menu(page);
  const panel = await panelOf(toggle);
  await hydrated(toggle);
  const cookiesBefore = await context.cookies();
  const sizeBefore = await bodyTextSize(page);
  const paperBefore = await paperColour(page);

  await tabTo(page, toggle);
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAccessibleName("Accessibility");

  await tabTo(page, larger, 5);
  await page.keyboard.press("Enter");
  await expect(larger).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  await expect.poll(() => bodyTextSize(page)).toBeGreaterThan(sizeBefore);

  await tabTo(page, contrast, 5);
  await expect(contrast).toHaveAttribute("aria-checked", "false");
  await page.keyboard.press("Space");
  await expect(contrast).toHaveAttribute("aria-checked", "true");
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
  await expect.poll(() => paperColour(page)).not.toBe(paperBefore);

  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");

  // Stored in this browser only: no cookie was set for it.
  expect(JSON.parse((await storedChoice(page)) ?? "null")).toEqual({ size: "larger", contrast: "high" });
  expect(await context.cookies()).toEqual(cookiesBefore);

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
  expect(await bodyTextSize(page)).toBeGreaterThan(sizeBefore);
  expect(await paperColour(page)).not.toBe(paperBefore);

  // The menu reads the choice back, and Reset returns to the defaults.
  await hydrated(toggle);
  await tabTo(page, toggle);
  await page.keyboard.press("Enter");
  await expect(larger).toHaveAttribute("aria-pressed", "true");
  await expect(contrast).toHaveAttribute("aria-checked", "true");
  await tabTo(page, reset, 8);
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).not.toHaveAttribute("data-text-size");
  await expect(page.locator("html")).not.toHaveAttribute("data-contrast");
  await expect.poll(() => bodyTextSize(page)).toBe(sizeBefore);
  expect(await paperColour(page)).toBe(paperBefore);
  expect(await storedChoice(page)).toBeNull();
});

test("the boot script is a small constant in <head> that applies the stored choice before any bundle runs", async ({
  page,
}) => {
  expect(Buffer.byteLength(A11Y_BOOT_SCRIPT, "utf8")).toBeLessThanOrEqual(400);

  await page.addInitScript(
    (key) => localStorage.setItem(key, JSON.stringify({ size: "large", contrast: "high" })),
    A11Y_STORAGE_KEY,
  );
  // With every JavaScript bundle blocked, only the inline script can set the attributes.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  const response = await page.goto(ARTICLE);
  const html = await response!.text();
  expect(html.match(/<head[^>]*>[\s\S]*?<\/head>/)?.[0] ?? "").toContain(A11Y_BOOT_SCRIPT);
  // The cached HTML itself is the same for every reader.
  expect(html.match(/<html[^>]*>/)?.[0]).not.toMatch(/data-(text-size|contrast)/);

  await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("18px");
});

test("a tampered or broken stored value is ignored without an error", async ({ page }) => {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  for (const stored of ['{"size":"\\"><img src=x onerror=alert(1)>","contrast":"yes"}', "{not json", "[1,2]"]) {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [A11Y_STORAGE_KEY, stored] as const);
    await page.goto(ARTICLE);
    await expect(page.locator("html")).not.toHaveAttribute("data-text-size");
    await expect(page.locator("html")).not.toHaveAttribute("data-contrast");
  }
  expect(errors).toEqual([]);
});

test.describe("at 320 CSS px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  test("the article page has no horizontal scrolling", async ({ page }) => {
    await page.goto(ARTICLE);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
  });

  test("the article page still fits with the larger text and the menu open", async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ size: "larger" })), A11Y_STORAGE_KEY);
    await page.goto(ARTICLE);
    const panel = await openMenu(page);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
  });
});
