import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { DEMO_ACCOUNTS, DemoAccountsRefused } from "../../scripts/lib/content/demo-accounts";
import { loadContent } from "../../scripts/lib/content/load";
import { seedDemo } from "../../scripts/lib/content/seed";

const options = { nodeEnv: "test", siteUrl: "http://localhost:3000", quiet: true };

async function snapshot() {
  const tables = ["user", "contributor", "section", "tag", "series", "post", "byline", "postTag"] as const;
  const counts = Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await (db[t] as { count: () => Promise<number> }).count()])),
  );
  const posts = await db.post.findMany({
    orderBy: { slug: "asc" },
    select: { slug: true, updatedAt: true, html: true, version: true },
  });
  const users = await db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, updatedAt: true } });
  return { counts, posts, users };
}

describe("seeding the demo", () => {
  it("refuses to create demo accounts in production and writes nothing", async () => {
    await expect(seedDemo(db, { ...options, nodeEnv: "production" })).rejects.toThrow(DemoAccountsRefused);
    expect(await db.user.count()).toBe(0);
    expect(await db.post.count()).toBe(0);
  });

  it("imports every content file and one account per staff role", async () => {
    const result = await seedDemo(db, options);
    const content = loadContent();
    expect(result.posts).toBe(content.posts.length);
    expect(result.pages).toBe(content.pages.length);
    expect(await db.post.count({ where: { kind: "ARTICLE" } })).toBe(content.posts.length);
    expect(await db.post.count({ where: { kind: "PAGE", status: "PUBLISHED" } })).toBe(content.pages.length);
    expect(await db.contributor.count()).toBe(content.contributors.length);

    const roles = (await db.user.findMany({ select: { role: true } })).map((u) => u.role).sort();
    expect(roles).toEqual(DEMO_ACCOUNTS.map((a) => a.role).sort());
    expect(new Set(roles)).toEqual(new Set(["ADMIN", "EDITOR", "AUTHOR", "MODERATOR", "READER"]));

    // Stored HTML comes from the Markdown pipeline at import time.
    const published = await db.post.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      select: { html: true, plainText: true },
    });
    expect(published.html).toMatch(/<p>/);
    expect(published.plainText.length).toBeGreaterThan(100);
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot();
    const result = await seedDemo(db, options);
    expect(Object.values(result).every((n) => n === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps guest writers' job title and organisation on their bylines", async () => {
    const guest = await db.byline.findFirstOrThrow({
      where: { contributor: { userId: null, organisation: { not: null } } },
      select: { jobTitle: true, organisation: true, contributor: { select: { jobTitle: true, organisation: true } } },
    });
    expect(guest.organisation).toBe(guest.contributor.organisation);
    expect(guest.jobTitle).toBe(guest.contributor.jobTitle);
  });

  it("never stores a password in clear and hides hashes from ordinary queries", async () => {
    const user = await db.user.findFirstOrThrow({ where: { role: "EDITOR" } });
    expect(user).not.toHaveProperty("passwordHash");
    const withHash = await db.user.findFirstOrThrow({ where: { role: "EDITOR" }, select: { passwordHash: true } });
    expect(withHash.passwordHash).toMatch(/^\$argon2id\$/);
  });
});
