import { report, seriousViolations } from "./axe";
import { expect, signInAsStaff, sql, test } from "./helpers";

// WCAG 2.2 AA in the newsroom too: axe on every admin page and the sign-in
// pages, and the post editor reachable and operable from the keyboard.

const ADMIN_PAGES = [
  "/admin",
  "/admin/posts",
  "/admin/pages",
  "/admin/menus",
  "/admin/media",
  "/admin/comments",
  "/admin/sections",
  "/admin/tags",
  "/admin/series",
  "/admin/contributors",
  "/admin/users",
  "/admin/audit",
  "/admin/settings",
  "/admin/branding",
  "/admin/api-keys",
  "/admin/webhooks",
  "/admin/account/security",
];

for (const path of ["/login", "/forgot-password", "/signin"]) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    const violations = await seriousViolations(page);
    expect(violations, report(violations)).toEqual([]);
  });
}

// One test per page: each has the whole timeout to itself, whatever the machine's pace.
const draftId = async () =>
  (await sql(`SELECT id FROM "Post" WHERE slug = 'writing-for-the-small-screen'`))[0].id as string;
const PAGES_TO_CHECK: [string, () => Promise<string>][] = [
  ...ADMIN_PAGES.map((path): [string, () => Promise<string>] => [`the admin page ${path}`, async () => path]),
  ["the post editor", async () => `/admin/posts/${await draftId()}`],
  ["the post's revisions", async () => `/admin/posts/${await draftId()}/revisions`],
  [
    "the page editor",
    async () => `/admin/pages/${(await sql(`SELECT id FROM "Post" WHERE slug = 'privacy'`))[0].id as string}`,
  ],
];

for (const [name, pathOf] of PAGES_TO_CHECK) {
  test(`axe finds no serious or critical violation on ${name}`, async ({ page }) => {
    await signInAsStaff(page, "admin@masthead.local");
    const path = await pathOf();
    expect((await page.goto(path))?.status(), path).toBe(200);
    const violations = await seriousViolations(page);
    expect(violations, `${path}\n${report(violations)}`).toEqual([]);
  });
}

test("the editor's fields and workflow buttons are reached with the keyboard alone", async ({ page }) => {
  await signInAsStaff(page, "editor@masthead.local");
  const [draft] = await sql(`SELECT id FROM "Post" WHERE slug = 'writing-for-the-small-screen'`);
  await page.goto(`/admin/posts/${draft.id}`);
  await page.getByRole("link", { name: /skip to/i }).focus();
  await page.keyboard.press("Enter");
  const reached = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (label ?? el.textContent ?? "").trim();
    });
    reached.add(name);
  }
  for (const name of ["Title", "Standfirst", "Body", "Publish now"]) expect([...reached]).toContain(name);
});

test("the admin area answers a visitor without a session with a real redirect to sign in", async ({ request }) => {
  const response = await request.get("/admin/posts?status=DRAFT", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe("/login?callbackUrl=%2Fadmin%2Fposts%3Fstatus%3DDRAFT");
});
