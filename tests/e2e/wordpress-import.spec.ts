import path from "node:path";
import { report, seriousViolations } from "./axe";
import { expect, revalidate, signInAsStaff, sql, test } from "./helpers";

// An administrator moves a WordPress site, then a Blogger blog, in from the
// admin area: uploads the export, reads what it holds, confirms, and the old
// site's addresses then lead readers to the imported articles. The import itself runs as the
// import command in a process of its own; the page only watches it.

test.describe.configure({ mode: "serial" });

const EXPORT = path.resolve("tests/fixtures/wordpress/riverside.wxr.xml");
const BLOGGER_EXPORT = path.resolve("tests/fixtures/blogger/harbourside-classic.xml");

test.afterAll(async ({ request }) => {
  // Everything the import brought in goes again, so the other specs see the demo site only.
  const ledger = (kind: string) => `SELECT "targetId" FROM "ImportedItem" WHERE kind = '${kind}'`;
  await sql(`DELETE FROM "Post" WHERE id IN (${ledger("POST")}) OR id IN (${ledger("PAGE")})`);
  await sql(`DELETE FROM "Section" WHERE id IN (${ledger("SECTION")})`);
  await sql(`DELETE FROM "Tag" WHERE id IN (${ledger("TAG")})`);
  await sql(
    `DELETE FROM "User" WHERE id IN (SELECT "userId" FROM "Contributor" WHERE id IN (${ledger("CONTRIBUTOR")}))`,
  );
  await sql(`DELETE FROM "Contributor" WHERE id IN (${ledger("CONTRIBUTOR")})`);
  await sql(`DELETE FROM "ImportedItem"`);
  await revalidate(request, { tags: ["posts", "sections"] });
});

test("an administrator imports a WordPress export and its old addresses lead to the new articles", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await signInAsStaff(page, "admin@masthead.local");
  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import from WordPress" })).toBeVisible();

  await page.getByLabel("WordPress export file (Tools → Export → All content)").setInputFiles(EXPORT);
  await page.getByRole("button", { name: "Upload and check" }).click();
  const check = page.getByRole("region", { name: "What the export holds" });
  await expect(check).toBeVisible({ timeout: 90_000 });
  await expect(check.getByRole("row", { name: /^Posts 8 0 3 published, 1 scheduled, 4 drafts$/ })).toBeVisible();
  await expect(check.getByText("#106 “Committee only: budget notes”: was private: imported as a draft")).toBeVisible();
  expect(await sql(`SELECT count(*)::int AS n FROM "ImportedItem" WHERE kind = 'POST'`)).toEqual([{ n: 0 }]);
  const violations = await seriousViolations(page);
  expect(violations, report(violations)).toEqual([]);

  await page.getByRole("button", { name: "Import 9 posts and pages" }).click();
  const done = page.getByRole("region", { name: "What was imported" });
  await expect(done).toBeVisible({ timeout: 90_000 });
  await expect(done.getByRole("row", { name: /^Comments 6 0/ })).toBeVisible();

  // The old site's addresses, as readers' bookmarks and search engines have them.
  await page.goto("/2024/03/14/kestrel-lifts/");
  await expect(page).toHaveURL(/\/articles\/kestrel-lifts$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "The lifts at Kestrel House: what we were promised" }),
  ).toBeVisible();
  await page.goto("/?p=102");
  await expect(page).toHaveURL(/\/articles\/heating-back-on$/);
  await page.goto("/kestrel-lifts");
  await expect(page).toHaveURL(/\/articles\/kestrel-lifts$/);
  await page.goto("/category/estate-news/");
  await expect(page).toHaveURL(/\/sections\/estate-news$/);

  const moved = await request.get("/tag/kestrel-house/", { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  const feed = await request.get("/feed", { maxRedirects: 0 });
  expect([feed.status(), feed.headers().location]).toEqual([308, "/feed.xml"]);
  const unknown = await request.get("/2019/01/01/never-here/", { maxRedirects: 1 });
  expect(unknown.status()).toBe(404);
});

test("an administrator imports a Blogger blog and its old .html addresses lead to the new articles", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await signInAsStaff(page, "admin@masthead.local");
  await page.goto("/admin/import");
  await page.getByRole("group", { name: "Import from" }).getByLabel("Blogger").check();
  await page
    .getByLabel("Blogger export file (Settings → Back up content, or feed.atom from Google Takeout)")
    .setInputFiles(BLOGGER_EXPORT);
  await page.getByRole("button", { name: "Upload and check" }).click();
  const check = page.getByRole("region", { name: "What the export holds" });
  await expect(check).toBeVisible({ timeout: 90_000 });
  await expect(check.getByRole("row", { name: /^Posts 4 0 3 published/ })).toBeVisible();
  // Blogger exports carry no writers' addresses: there is no offer of staff accounts.
  await expect(page.getByLabel(/staff account/)).toHaveCount(0);
  const violations = await seriousViolations(page);
  expect(violations, report(violations)).toEqual([]);

  await page.getByRole("button", { name: "Import 5 posts and pages" }).click();
  const done = page.getByRole("region", { name: "What was imported" });
  await expect(done).toBeVisible({ timeout: 90_000 });
  await expect(done.getByRole("row", { name: /^Comments 4 0/ })).toBeVisible();

  await page.goto("/2024/03/boiler-replacement-day.html?m=1");
  await expect(page).toHaveURL(/\/articles\/boiler-replacement-day$/);
  await expect(page.getByRole("heading", { level: 1, name: "Boiler replacement day at Quayside Court" })).toBeVisible();
  const page2 = await request.get("/p/about-this-blog.html", { maxRedirects: 0 });
  expect([page2.status(), page2.headers().location]).toEqual([308, "/about-this-blog"]);
});
