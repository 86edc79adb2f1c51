import { createReadStream } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as bloggerLegacyRoute } from "../../app/api/legacy/blogger/[kind]/[...path]/route";
import { getApprovedThread } from "../../lib/comments/reader/data/thread";
import { db } from "../../lib/db";
import { importBlogger } from "../../lib/imports/blogger/import";
import type { ImportReport } from "../../lib/imports/wordpress/report";
import { getPublicPage } from "../../lib/pages/data/public-page";
import { makeAccount, type TestAccount } from "../helpers/sign-in-as";
import { importCounts, legacyAnswer } from "../helpers/imports";

// The Blogger import end to end on a real database, for the Google Takeout
// format (tests/fixtures/blogger/repairs-diary-takeout.atom): statuses,
// scheduling, the bin, moderation states and readers' private addresses,
// then a second import that must change nothing.

const EXPORT = path.resolve("tests/fixtures/blogger/repairs-diary-takeout.atom");
const open = () => createReadStream(EXPORT);
const NOW = new Date("2024-06-10T12:00:00Z");

let admin: TestAccount;
let first: ImportReport;
let progress: { total: number; ticks: number; done: boolean };

const post = (slug: string) =>
  db.post.findUniqueOrThrow({
    where: { slug },
    include: { tags: { include: { tag: true } }, bylines: { include: { contributor: true } } },
  });

beforeAll(async () => {
  admin = await makeAccount("ADMIN");
  progress = { total: 0, ticks: 0, done: false };
  ({ result: first } = await importBlogger(admin.viewer, {
    open,
    dryRun: false,
    now: NOW,
    batchSize: 2,
    progress: (total) => {
      progress.total = total;
      return { tick: (n = 1) => void (progress.ticks += n), done: () => void (progress.done = true) };
    },
  }));
});

describe("importing a Blogger blog from Google Takeout", () => {
  it("reports what it brought over, and each post it left out with the reason", () => {
    expect(first.site).toMatchObject({ title: "Harbourside repairs diary", format: "Blogger, Google Takeout" });
    expect(first.posts).toMatchObject({ created: 3, byStatus: { PUBLISHED: 1, SCHEDULED: 1, DRAFT: 1 } });
    expect(first.pages).toMatchObject({ created: 1 });
    expect(first.contributors.created).toBe(2);
    expect(first.tags.created).toBe(4);
    expect(first.comments).toMatchObject({ created: 6, skipped: 2 });
    expect(first.skipped).toEqual({ "posts (trashed)": 1 });
    expect(first.leftOut.examples).toEqual([
      {
        id: "1200000000000000077",
        title: "Lift out of order at Mill Row",
        text: "was in Blogger's bin (SOFT_TRASHED)",
      },
      { id: "5560", title: "Comment by Deleted later", text: "was in Blogger's bin (SOFT_TRASHED)" },
      { id: "5590", title: "Comment by Old reader", text: "is on a post that was left out" },
    ]);
    expect(first.images.missingExamples).toEqual([
      "https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEi-mould/s400/extractor.jpg",
    ]);
    expect(first.problems.count).toBe(0);
  });

  it("moves a progress bar through every post, page and comment, once each", () => {
    expect(progress).toEqual({ total: 5 + 8, ticks: 5 + 8, done: true });
  });

  it("keeps the post's dates, labels and writer, and its Markdown", async () => {
    const damp = await post("damp-and-mould-may");
    expect(damp).toMatchObject({
      title: "Damp and mould: what we fixed in May",
      status: "PUBLISHED",
      publishedAt: new Date("2024-05-31T16:00:00Z"),
      contentUpdatedAt: new Date("2024-06-02T09:00:00Z"),
    });
    expect(damp.tags.map((t) => t.tag.slug).sort()).toEqual(["damp-and-mould", "repairs-and-maintenance"]);
    expect(damp.bylines.map((b) => b.contributor.name)).toEqual(["Ewan Brodie"]);
    expect(damp.body).toContain("## Thirty-one homes visited");
    expect(damp.body).toContain("We treated **thirty-one** homes for damp in May.\\\nMost needed better ventilation");
    expect(damp.body).toContain(
      "[Image: extractor.jpg](https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEi-mould/s400/extractor.jpg)",
    );
    expect(damp.body).toContain("1. Open a window after a shower\n2. Keep furniture off outside walls");
  });

  it("keeps drafts and scheduled posts unpublished, and leaves what was in Blogger's bin behind", async () => {
    expect(await post("gutter-clearing-rota")).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(await post("gas-safety-checks")).toMatchObject({
      status: "SCHEDULED",
      scheduledAt: new Date("2099-07-01T08:00:00Z"),
      publishedAt: null,
    });
    expect((await post("gas-safety-checks")).bylines.map((b) => b.contributor.name)).toEqual(["Aisha Khan"]);
    expect(await db.post.findUnique({ where: { slug: "lift-out-of-order" } })).toBeNull();
    expect(await db.tag.findUnique({ where: { slug: "lifts" } })).toBeNull();
  });

  it("makes a Blogger page a Masthead page", async () => {
    expect(await getPublicPage("report-a-repair")).toMatchObject({ title: "Report a repair" });
  });

  it("maps moderation states, keeps readers' addresses private and threads replies three deep", async () => {
    const damp = await post("damp-and-mould-may");
    const rows = await db.comment.findMany({ where: { postId: damp.id }, orderBy: { createdAt: "asc" } });
    const byName = (name: string) => rows.filter((r) => r.guestName === name);
    const [lena, lenaAgain] = byName("Lena in 4B");
    expect(lena).toMatchObject({ parentId: null, status: "APPROVED", guestEmail: "lena4b@mail.example" });
    expect(lena!.body).toBe("The black mould is back in our bathroom.\n\nWho do I call?");
    expect(byName("Ewan Brodie")[0]).toMatchObject({ parentId: lena!.id, guestEmail: null });
    expect(lenaAgain).toMatchObject({ parentId: lena!.id, createdAt: new Date("2024-06-01T09:40:00Z") });
    expect(byName("Bronwen")[0]).toMatchObject({ status: "PENDING", parentId: null });
    expect(byName("Cheap boilers 4 u")[0]).toMatchObject({ status: "SPAM" });
    expect(byName("Yusuf")[0]).toMatchObject({ status: "APPROVED", parentId: null });
    expect(rows.map((r) => r.guestName)).not.toContain("Deleted later");
    expect(await db.comment.count({ where: { guestName: "Old reader" } })).toBe(0);

    const thread = await getApprovedThread(damp.id);
    expect(thread.items.map((c) => [c.authorName, c.replies.map((r) => r.authorName)])).toEqual([
      ["Lena in 4B", ["Ewan Brodie", "Lena in 4B"]],
      ["Yusuf", []],
    ]);
    expect(JSON.stringify(thread)).not.toContain("@");
  });

  it("answers the blog's old addresses, and leaves the binned post's unknown", async () => {
    const answer = (kind: string, ...segments: string[]) => legacyAnswer(bloggerLegacyRoute, "blogger", kind, segments);
    expect(await answer("path", "2024", "05", "damp-and-mould-may.html")).toBe("/articles/damp-and-mould-may");
    expect(await answer("path", "p", "report-a-repair.html")).toBe("/report-a-repair");
    expect(await answer("label", "Damp & mould")).toBe("/tags/damp-and-mould");
    expect(await answer("label", "damp & mould")).toBe("/tags/damp-and-mould");
    expect(await answer("path", "2023", "02", "lift-out-of-order.html")).toBe(404);
    // Scheduled, so not at its address yet.
    expect(await answer("path", "2099", "07", "gas-safety-checks.html")).toBe(404);
  });

  it("changes nothing when the same export is imported again", async () => {
    const before = await importCounts();
    const { result: again, tags } = await importBlogger(admin.viewer, { open, dryRun: false, now: NOW });
    expect(await importCounts()).toEqual(before);
    expect(tags).toEqual([]);
    expect(again.posts).toMatchObject({ created: 0, existing: 3 });
    expect(again.pages).toMatchObject({ created: 0, existing: 1 });
    expect(again.comments).toMatchObject({ created: 0, existing: 6 });
  });
});
