import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getApprovedThread } from "../../lib/comments/reader/data/thread";
import { db } from "../../lib/db";
import { findLegacyAddress } from "../../lib/imports/data/legacy-addresses";
import { Forbidden } from "../../lib/errors";
import type { ImportReport } from "../../lib/imports/wordpress/report";
import { importWordPress } from "../../lib/imports/wordpress/import";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { getPublicPage } from "../../lib/pages/data/public-page";
import { GET as legacyRoute } from "../../app/api/legacy/wordpress/[kind]/[value]/route";
import { importCounts } from "../helpers/imports";
import { makeAccount, type TestAccount } from "../helpers/sign-in-as";

// The WordPress import end to end on a real database: the fixture export
// (tests/fixtures/wordpress/riverside.wxr.xml) holds every construct the
// importer maps; it is imported with a copy of the old uploads folder, then
// imported again, which must change nothing.

const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-wordpress-"));
process.env.MASTHEAD_DATA_DIR = dataDir;
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const EXPORT = path.resolve("tests/fixtures/wordpress/riverside.wxr.xml");
const uploads = path.join(dataDir, "wp-uploads");
const open = () => createReadStream(EXPORT);

let admin: TestAccount;
let first: ImportReport;

const post = (slug: string) =>
  db.post.findUniqueOrThrow({
    where: { slug },
    include: {
      section: true,
      tags: { include: { tag: true } },
      bylines: { include: { contributor: true } },
      revisions: true,
      media: true,
    },
  });

beforeAll(async () => {
  await mkdir(path.join(uploads, "2024/03"), { recursive: true });
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 60, g: 140, b: 60 } } })
    .jpeg()
    .toBuffer();
  await writeFile(path.join(uploads, "2024/03/boiler-garden.jpg"), jpeg);
  admin = await makeAccount("ADMIN");
  ({ result: first } = await importWordPress(admin.viewer, {
    open,
    uploadsDir: uploads,
    dryRun: false,
    staffAccounts: true,
  }));
});

describe("importing a WordPress export", () => {
  it("reports what it brought over and what it left out", () => {
    expect(first.site).toEqual({
      title: "Riverside Residents' Voice",
      url: "https://voice.riverside.example",
      wxrVersion: "1.2",
    });
    expect(first.posts).toMatchObject({ created: 8, existing: 0, byStatus: { PUBLISHED: 3, SCHEDULED: 1, DRAFT: 4 } });
    expect(first.pages).toMatchObject({ created: 1, existing: 0 });
    expect(first.contributors).toMatchObject({ created: 2, staffAccounts: 1 });
    expect(first.sections.created).toBe(2);
    expect(first.tags.created).toBe(4);
    expect(first.comments).toMatchObject({ created: 6, skipped: 3 });
    expect(first.images).toMatchObject({ created: 1, missing: 1 });
    expect(first.images.missingExamples).toEqual([
      "https://voice.riverside.example/wp-content/uploads/2023/11/old-boiler.jpg",
    ]);
    expect(first.skipped).toEqual({ nav_menu_item: 1, "posts (trash)": 1 });
    expect(first.problems.count).toBe(0);
    expect(first.notes.examples.map((n) => `${n.id}: ${n.text}`).sort()).toEqual([
      "101: was sticky: tagged Featured",
      "106: was private: imported as a draft",
      "107: was password-protected: imported as a draft",
    ]);
  });

  it("keeps a post's title, slug, dates, standfirst, section, tags, byline and hero, and publishes it backdated", async () => {
    const lifts = await post("kestrel-lifts");
    expect(lifts).toMatchObject({
      kind: "ARTICLE",
      title: "The lifts at Kestrel House: what we were promised",
      standfirst: "Two lifts, nine floors and three weeks of waiting.",
      status: "PUBLISHED",
      publishedAt: new Date("2024-03-14T09:30:00Z"),
      contentUpdatedAt: new Date("2024-03-20T17:05:00Z"),
      commentsEnabled: true,
      language: "en-GB",
    });
    expect(lifts.section?.slug).toBe("estate-news");
    expect(lifts.section?.name).toBe("Estate news");
    expect(lifts.tags.map((t) => t.tag.slug).sort()).toEqual(["featured", "kestrel-house", "lifts"]);
    expect(lifts.tags.find((t) => t.tag.slug === "lifts")?.tag.name).toBe("Lifts & stairs");
    expect(lifts.bylines.map((b) => b.contributor.name)).toEqual(["Mira Holloway"]);
    expect(lifts.heroImageUrl).toMatch(/^\/media\//);
    expect(lifts.heroAlt).toBe("Raised beds of kale where the old boiler room stood");
    expect(lifts.heroCaption).toBe("Planted by the Tuesday group");
    expect(lifts.media.map((m) => m.mediaId)).toEqual([lifts.heroMediaId]);
    expect(lifts.revisions).toHaveLength(1);
    expect(lifts.revisions[0]).toMatchObject({ kind: "MANUAL", authorId: admin.viewer.id, title: lifts.title });

    const page = await getArticlePage("kestrel-lifts");
    expect(page?.post.publishedAt).toEqual(new Date("2024-03-14T09:30:00Z"));
  });

  it("turns block-editor markup into the site's Markdown and renders it through the sanitizing pipeline", async () => {
    const { body, html } = await post("kestrel-lifts");
    expect(body).toContain("Both lifts at Kestrel House stopped on **4 March**.");
    expect(body).toContain("[carrying shopping up nine flights](https://voice.riverside.example/2024/02/01/stairs/)");
    expect(body).toContain("## What the landlord said");
    expect(body).toContain("- A stair-climbing chair for *anyone* who asks");
    expect(body).toContain("> We know how hard this is and we are sorry.\n>\n> — Housing officer, letter of 6 March");
    expect(body).toMatch(
      /::figure\[Raised beds of kale where the old boiler room stood\]\{src="\/media\/[^"]+" caption="The old boiler room, now a garden\."\}/,
    );
    expect(body).toContain("| Day      | Lift A  | Lift B  |");
    expect(body).toContain(
      '::embed[The residents\' meeting of 10 March]{url="https://www.youtube.com/watch?v=M7lc1UVf-VE"}',
    );
    expect(body).toContain("<https://vimeo.com/76979871>");
    expect(body).toContain("Sign the petition at the community room.");
    expect(body).not.toMatch(/script|tracking|style=|color:red|<!--/);

    expect(html).toContain("<h2");
    expect(html).toContain("<table>");
    expect(html).toContain('<figure class="figure">');
    expect(html).toContain('class="embed"');
    expect(html).not.toMatch(/<script|<iframe|style=/);
  });

  it("reads classic-editor HTML with WordPress's paragraph rules, shortcodes and the more tag", async () => {
    const heating = await post("heating-back-on");
    expect(heating.title).toBe("Heating back on – mostly");
    // No excerpt: the text before <!--more--> is the standfirst.
    expect(heating.standfirst).toBe(
      "The heating came back on at six this evening for most of the estate. The three blocks on the river side are still cold.",
    );
    expect(heating.body).toContain("The heating came back on at six this evening\\\nfor most of the estate.");
    expect(heating.body).toMatch(
      /::figure\[Raised beds of kale[^\]]*\]\{src="\/media\/[^"]+" caption="The boiler room before the works\."\}/,
    );
    expect(heating.body).toContain("> If your radiators are cold, bleed them first.\n>\n> — The engineer");
    expect(heating.body).toContain("Call the repairs line on 0100 000 000.");
    expect(heating.body).toContain("<https://x.com/riversidevoice/status/1744800000000000000>");
    expect(heating.body).toContain("1. Bleed the radiators\n2. Check the pressure");
    expect(heating.body).toContain(
      "[Image: The old boiler](https://voice.riverside.example/wp-content/uploads/2023/11/old-boiler.jpg)",
    );
    expect(heating.html).toContain("embed-post");
    expect(heating.contentUpdatedAt).toBeNull();
    expect(heating.commentsEnabled).toBe(false);
    // "Uncategorized" makes no section; the next category does.
    expect(heating.section?.slug).toBe("lifts");
    expect(heating.tags.map((t) => t.tag.slug)).toEqual(["heating"]);
    expect(heating.bylines.map((b) => b.contributor.name)).toEqual(["Tobias Lindqvist"]);
  });

  it("maps each WordPress status, keeping drafts unpublished and the schedule's date", async () => {
    const bySource = async (id: string) => {
      const { targetId } = await db.importedItem.findFirstOrThrow({ where: { kind: "POST", sourceId: id } });
      return db.post.findUniqueOrThrow({ where: { id: targetId } });
    };
    expect(await bySource("103")).toMatchObject({ status: "DRAFT", publishedAt: null, slug: "draft-agm-agenda" });
    expect(await bySource("104")).toMatchObject({ status: "DRAFT", slug: "bin-store-rota" });
    expect(await bySource("105")).toMatchObject({ status: "SCHEDULED", scheduledAt: new Date("2099-07-20T11:00:00Z") });
    expect(await bySource("106")).toMatchObject({ status: "DRAFT", slug: "budget-notes" });
    expect(await bySource("107")).toMatchObject({ status: "DRAFT", slug: "door-codes" });
    expect(await bySource("109")).toMatchObject({ status: "PUBLISHED", slug: "ete-on-the-estate" });
    expect(await db.post.findUnique({ where: { slug: "thrown-away-trashed" } })).toBeNull();
  });

  it("makes WordPress pages Masthead pages", async () => {
    const page = await getPublicPage("about-us");
    expect(page).toMatchObject({ title: "About the association" });
    expect(page?.html).toContain("meeting monthly since 1987");
    const row = await post("about-us");
    expect(row).toMatchObject({ kind: "PAGE", commentsEnabled: false, sectionId: null });
    expect(row.bylines).toEqual([]);
    expect(await db.comment.count({ where: { postId: row.id } })).toBe(0);
  });

  it("makes writers contributors, and one with an address a staff account waiting for its invitation", async () => {
    const mira = await db.contributor.findUniqueOrThrow({
      where: { slug: "mira-holloway" },
      include: { user: { omit: { passwordHash: false } } },
    });
    expect(mira).toMatchObject({ name: "Mira Holloway", firstName: "Mira", bio: "" });
    expect(mira.user).toMatchObject({ email: "mira.holloway@riverside.example", role: "AUTHOR", passwordHash: null });
    expect(await db.userToken.count({ where: { userId: mira.userId!, purpose: "INVITATION" } })).toBe(1);
    const tobias = await db.contributor.findUniqueOrThrow({ where: { slug: "tobias-lindqvist" } });
    expect(tobias.userId).toBeNull();
    expect(await db.contributor.findUnique({ where: { slug: "never-wrote" } })).toBeNull();
  });

  it("keeps comments' writers, dates, states and threading, attaching deeper replies to their thread's first comment", async () => {
    const lifts = await post("kestrel-lifts");
    const rows = await db.comment.findMany({ where: { postId: lifts.id }, orderBy: { createdAt: "asc" } });
    const byName = (name: string) => rows.filter((r) => r.guestName === name);
    const [agnes, agnesAgain] = byName("Agnes from flat 41");
    const [mira] = byName("Mira Holloway");
    expect(agnes).toMatchObject({
      status: "APPROVED",
      parentId: null,
      authorId: null,
      guestEmail: "agnes41@mail.example",
    });
    expect(agnes!.createdAt).toEqual(new Date("2024-03-14T12:00:00Z"));
    expect(agnes!.body).toBe("Thank you for writing this up.\\\nMy mother has not been out for ten days.");
    expect(mira).toMatchObject({ status: "APPROVED", parentId: agnes!.id });
    expect(agnesAgain).toMatchObject({
      status: "APPROVED",
      parentId: agnes!.id,
      body: "That is *wonderful*, thank you.",
    });
    expect(byName("Bram")[0]).toMatchObject({ status: "PENDING", parentId: null });
    expect(byName("Cheap watches")[0]).toMatchObject({ status: "SPAM" });
    expect(byName("Chidi")[0]).toMatchObject({ status: "APPROVED", parentId: null, guestEmail: null });
    expect(rows.map((r) => r.guestName)).not.toContain("Deleted later");
    expect(rows.map((r) => r.guestName)).not.toContain("Another blog");

    const thread = await getApprovedThread(lifts.id);
    expect(thread.total).toBe(4);
    expect(thread.items.map((c) => [c.authorName, c.replies.map((r) => r.authorName)])).toEqual([
      ["Agnes from flat 41", ["Mira Holloway", "Agnes from flat 41"]],
      ["Chidi", []],
    ]);
    expect(JSON.stringify(thread)).not.toContain("@");
  });

  it("answers the old site's addresses with permanent redirects to where each thing lives now", async () => {
    // The path each old address is rewritten to (lib/site/legacy-rewrites.ts, unit-tested there).
    const answer = async (kind: string, value: string) => {
      const response = await legacyRoute(new Request(`http://site.test/api/legacy/wordpress/${kind}/${value}`), {
        params: Promise.resolve({ kind, value }),
      });
      return response.status === 308 ? response.headers.get("location") : response.status;
    };
    expect(await answer("slug", "kestrel-lifts")).toBe("/articles/kestrel-lifts");
    expect(await answer("slug", "%c3%a9t%c3%a9-on-the-estate")).toBe("/articles/ete-on-the-estate");
    expect(await answer("slug", "été-on-the-estate")).toBe("/articles/ete-on-the-estate");
    expect(await answer("id", "102")).toBe("/articles/heating-back-on");
    expect(await answer("id", "110")).toBe("/about-us");
    expect(await answer("category", "estate-news")).toBe("/sections/estate-news");
    expect(await answer("category", "lifts")).toBe("/sections/lifts");
    expect(await answer("tag", "kestrel-house")).toBe("/tags/kestrel-house");
    expect(await answer("author", "tobias")).toBe("/contributors/tobias-lindqvist");
    // A draft, a trashed post and an address nothing came from stay unknown.
    expect(await answer("id", "103")).toBe(404);
    expect(await answer("id", "108")).toBe(404);
    expect(await answer("slug", "never-existed")).toBe(404);
    expect(await answer("nonsense", "1")).toBe(404);
  });

  it("follows a post renamed after the import", async () => {
    const heating = await post("heating-back-on");
    await db.post.update({ where: { id: heating.id }, data: { slug: "heating-restored" } });
    expect(await findLegacyAddress({ kind: "slug", slug: "heating-back-on" })).toBe("/articles/heating-restored");
    await db.post.update({ where: { id: heating.id }, data: { slug: "heating-back-on" } });
  });

  it("changes nothing when the same export is imported again", async () => {
    const before = await importCounts();
    const { result: again, tags } = await importWordPress(admin.viewer, {
      open,
      uploadsDir: uploads,
      dryRun: false,
      staffAccounts: true,
    });
    expect(await importCounts()).toEqual(before);
    expect(tags).toEqual([]);
    expect(again.posts).toMatchObject({ created: 0, existing: 8 });
    expect(again.pages).toMatchObject({ created: 0, existing: 1 });
    expect(again.comments).toMatchObject({ created: 0, existing: 6 });
    // Images are looked up for the posts a run imports: none this time.
    expect(again.images).toMatchObject({ created: 0, missing: 0 });
    for (const tally of [again.contributors, again.sections, again.tags]) expect(tally.created).toBe(0);
  });

  it("writes nothing in a dry run but reports what a first import would bring", async () => {
    await db.importedItem.deleteMany({ where: { kind: "POST", sourceId: "102" } });
    const before = await importCounts();
    const { result } = await importWordPress(admin.viewer, {
      open,
      uploadsDir: uploads,
      dryRun: true,
      staffAccounts: false,
    });
    expect(await importCounts()).toEqual(before);
    expect(result).toMatchObject({ dryRun: true, posts: { created: 1, existing: 7 } });
  });

  it("gives posts that want the same slug different ones, also when they are prepared in different batches", async () => {
    const items = [1, 2, 3]
      .map(
        (n) => `<item><title>Open letter ${n}</title><dc:creator>mira</dc:creator>
          <content:encoded><![CDATA[<p>Letter ${n}.</p>]]></content:encoded>
          <wp:post_id>${n}</wp:post_id><wp:post_date_gmt>2024-05-0${n} 10:00:00</wp:post_date_gmt>
          <wp:post_name>open-letter</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`,
      )
      .join("");
    const letters = `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Letters</title><link>https://letters.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://letters.example</wp:base_site_url>${items}</channel></rss>`;
    const { result } = await importWordPress(admin.viewer, {
      open: () => Readable.from([letters]),
      uploadsDir: null,
      dryRun: false,
      staffAccounts: false,
      batchSize: 1,
    });
    expect(result.posts.created).toBe(3);
    const slugs = await db.post.findMany({
      where: { title: { startsWith: "Open letter" } },
      orderBy: { publishedAt: "asc" },
      select: { slug: true },
    });
    expect(slugs.map((p) => p.slug)).toEqual(["open-letter", "open-letter-2", "open-letter-3"]);
  });

  it("refuses anyone but an administrator, before reading the file", async () => {
    const editor = await makeAccount("EDITOR");
    await expect(
      importWordPress(editor.viewer, { open, uploadsDir: null, dryRun: true, staffAccounts: false }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});
