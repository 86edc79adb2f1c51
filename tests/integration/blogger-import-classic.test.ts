import { createReadStream } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as bloggerLegacyRoute } from "../../app/api/legacy/blogger/[kind]/[...path]/route";
import { getApprovedThread } from "../../lib/comments/reader/data/thread";
import { db } from "../../lib/db";
import { Forbidden } from "../../lib/errors";
import { importBlogger } from "../../lib/imports/blogger/import";
import type { ImportReport } from "../../lib/imports/wordpress/report";
import { getPublicPage } from "../../lib/pages/data/public-page";
import { makeAccount, type TestAccount } from "../helpers/sign-in-as";
import { importCounts, legacyAnswer } from "../helpers/imports";

// The Blogger import end to end on a real database, for the classic export
// (tests/fixtures/blogger/harbourside-classic.xml): imported, checked, then
// imported again, which must change nothing. The Google Takeout format has
// a file of its own (blogger-import-takeout.test.ts).

const EXPORT = path.resolve("tests/fixtures/blogger/harbourside-classic.xml");
const open = () => createReadStream(EXPORT);

let admin: TestAccount;
let first: ImportReport;

const post = (slug: string) =>
  db.post.findUniqueOrThrow({
    where: { slug },
    include: { tags: { include: { tag: true } }, bylines: { include: { contributor: true } }, revisions: true },
  });

beforeAll(async () => {
  admin = await makeAccount("ADMIN");
  ({ result: first } = await importBlogger(admin.viewer, { open, dryRun: false }));
});

describe("importing a classic Blogger export", () => {
  it("reports what it brought over, what it left out and why", () => {
    expect(first.site).toEqual({
      title: "Harbourside Homes: from the office",
      url: "https://harbourside-office.blogspot.com",
      wxrVersion: "",
      format: "Blogger export",
    });
    expect(first.posts).toMatchObject({ created: 4, existing: 0, byStatus: { PUBLISHED: 3, SCHEDULED: 0, DRAFT: 1 } });
    expect(first.pages).toMatchObject({ created: 1, existing: 0 });
    expect(first.contributors.created).toBe(2);
    expect(first.tags.created).toBe(4);
    expect(first.comments).toMatchObject({ created: 4, existing: 0, skipped: 2 });
    expect(first.images.missingExamples).toEqual([
      "https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh-quayside/s320/boiler-van.jpg",
      "https://1.bp.blogspot.com/-open-day/s400/open-day.png",
    ]);
    expect(first.problems.count).toBe(0);
    expect(first.leftOut.examples.map((n) => `${n.id} ${n.title}: ${n.text}`)).toEqual([
      "9004 Comment by Someone who thought better of it: was removed by its writer",
      "9006 Comment by Dev: is on a page: pages here take no comments",
    ]);
    expect(first.notes.examples.map((n) => `${n.title}: ${n.text}`).sort()).toEqual([
      "Boiler replacement day at Quayside Court: 1 image(s) left as links to where they were: nothing is downloaded",
      "Meet our two new tenancy officers: 1 image(s) left as links to where they were: nothing is downloaded",
    ]);
  });

  it("keeps a post's title, labels as tags, author and dates, published backdated", async () => {
    const boiler = await post("boiler-replacement-day");
    expect(boiler).toMatchObject({
      kind: "ARTICLE",
      title: "Boiler replacement day at Quayside Court",
      status: "PUBLISHED",
      publishedAt: new Date("2024-03-05T09:15:00Z"),
      contentUpdatedAt: new Date("2024-03-07T16:20:00Z"),
      createdAt: new Date("2024-03-05T09:15:00Z"),
      commentsEnabled: true,
    });
    // The text before the jump break is the standfirst.
    expect(boiler.standfirst).toBe(
      "Forty-two flats at Quayside Court got new combination boilers on Tuesday. The engineers started at eight. Thank you to everyone who cleared a cupboard for them.",
    );
    expect(boiler.tags.map((t) => [t.tag.slug, t.tag.name]).sort()).toEqual([
      ["quayside-court", "Quayside Court"],
      ["repairs-and-maintenance", "Repairs & maintenance"],
    ]);
    expect(boiler.bylines.map((b) => b.contributor.name)).toEqual(["Nadia Okafor"]);
    expect(boiler.revisions).toHaveLength(1);
  });

  it("turns Blogger's HTML into the site's Markdown through the same sanitizing pipeline, images left as links", async () => {
    const { body, html } = await post("boiler-replacement-day");
    expect(body).toContain(
      "[Image: The heating contractor's van outside Quayside Court](https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh-quayside/s320/boiler-van.jpg)",
    );
    expect(body).toContain(
      "got **new combination boilers** on Tuesday.\\\nThe engineers started at eight.\n\nThank you",
    );
    expect(body).toContain("### What changes for you");
    expect(body).toContain("- The old tank cupboard is *yours* again");
    expect(body).toContain("> It took two hours and the flat was warm by lunch.");
    expect(body).toContain("[repairs line](https://harbourside-office.blogspot.com/p/about-this-blog.html)");
    expect(body).not.toMatch(/trackVisit|script|style=|color/);
    expect(html).toContain("<h3");
    expect(html).not.toMatch(/<script|style=/);

    const officers = await post("meet-our-tenancy-officers");
    expect(officers.body).toContain("[Image: open-day.png](https://1.bp.blogspot.com/-open-day/s400/open-day.png)");
    expect(officers.body).toContain("https://www.youtube.com/watch?v=aqz-KE-bpKQ");
    expect(officers.body).not.toContain("<iframe");
  });

  it("keeps a draft a draft, and gives a second post with the same file name a free slug", async () => {
    const draft = await post("summer-estate-walkabouts-dates-to-confirm");
    expect(draft).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(draft.tags.map((t) => t.tag.name)).toEqual(["Estate walkabouts"]);
    const older = await post("boiler-replacement-day-2");
    expect(older).toMatchObject({
      title: "The first boiler replacement day",
      publishedAt: new Date("2023-11-20T11:45:00Z"),
    });
    expect(older.contentUpdatedAt).toBeNull();
  });

  it("makes a Blogger page a Masthead page", async () => {
    const page = await getPublicPage("about-this-blog");
    expect(page).toMatchObject({ title: "About this blog" });
    expect(page?.html).toContain("Repairs line: 0100 000 111.");
    const row = await post("about-this-blog");
    expect(row).toMatchObject({ kind: "PAGE", commentsEnabled: false });
    expect(await db.comment.count({ where: { postId: row.id } })).toBe(0);
  });

  it("keeps comments' writers and dates, hanging a reply three deep from its thread's first comment", async () => {
    const boiler = await post("boiler-replacement-day");
    const rows = await db.comment.findMany({ where: { postId: boiler.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.guestName)).toEqual([
      "Marguerite (flat 12)",
      "Nadia Okafor",
      "Tomasz",
      "Marguerite (flat 12)",
    ]);
    const [thanks, nadia, tomasz, question] = rows;
    expect(thanks).toMatchObject({ parentId: null, status: "APPROVED", authorId: null, guestEmail: null });
    expect(thanks!.createdAt).toEqual(new Date("2024-03-05T12:00:00Z"));
    expect(thanks!.body).toBe("Thank you, the engineers were lovely.\\\nThey even took their boots off.");
    // The author's own reply, and the reply to it, both hang from the comment that started the thread.
    expect(nadia).toMatchObject({ parentId: thanks!.id, status: "APPROVED" });
    expect(question).toMatchObject({ parentId: thanks!.id, body: "Will the radiators be bled too? Mine *gurgles*." });
    // It answered a comment its writer removed: it climbs past it to the top level.
    expect(tomasz).toMatchObject({ parentId: null });

    const thread = await getApprovedThread(boiler.id);
    expect(thread.items.map((c) => [c.authorName, c.replies.map((r) => r.authorName)])).toEqual([
      ["Marguerite (flat 12)", ["Nadia Okafor", "Marguerite (flat 12)"]],
      ["Tomasz", []],
    ]);
  });

  it("answers the blog's old addresses with permanent redirects", async () => {
    const answer = (kind: string, ...segments: string[]) => legacyAnswer(bloggerLegacyRoute, "blogger", kind, segments);
    expect(await answer("path", "2024", "03", "boiler-replacement-day.html")).toBe("/articles/boiler-replacement-day");
    expect(await answer("path", "2023", "11", "boiler-replacement-day.html")).toBe(
      "/articles/boiler-replacement-day-2",
    );
    expect(await answer("path", "p", "about-this-blog.html")).toBe("/about-this-blog");
    expect(await answer("label", "Quayside Court")).toBe("/tags/quayside-court");
    expect(await answer("label", "Repairs & maintenance")).toBe("/tags/repairs-and-maintenance");
    // A draft was never at an address; nothing was at this one.
    expect(await answer("path", "2024", "06", "never-written.html")).toBe(404);
    expect(await answer("label", "No such label")).toBe(404);
  });

  it("changes nothing when the same export is imported again", async () => {
    const before = await importCounts();
    const { result: again, tags } = await importBlogger(admin.viewer, { open, dryRun: false });
    expect(await importCounts()).toEqual(before);
    expect(tags).toEqual([]);
    expect(again.posts).toMatchObject({ created: 0, existing: 4 });
    expect(again.pages).toMatchObject({ created: 0, existing: 1 });
    expect(again.comments).toMatchObject({ created: 0, existing: 4, skipped: 2 });
    for (const tally of [again.contributors, again.tags]) expect(tally).toMatchObject({ created: 0 });
  });

  it("writes nothing in a dry run but reports what a first import would bring", async () => {
    await db.importedItem.deleteMany({ where: { kind: "COMMENT", sourceId: "9003" } });
    const before = await importCounts();
    const { result } = await importBlogger(admin.viewer, { open, dryRun: true });
    expect(await importCounts()).toEqual(before);
    expect(result).toMatchObject({ dryRun: true, posts: { created: 0, existing: 4 }, comments: { created: 1 } });
  });

  it("refuses anyone but an administrator, before reading the file", async () => {
    const editor = await makeAccount("EDITOR");
    await expect(importBlogger(editor.viewer, { open, dryRun: true })).rejects.toBeInstanceOf(Forbidden);
  });
});
