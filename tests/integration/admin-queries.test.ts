import { describe, expect, it } from "vitest";
import { getDashboard } from "../../lib/posts/data/dashboard";
import { getEditorOptions } from "../../lib/posts/data/editor-options";
import { listAdminPosts } from "../../lib/posts/data/admin-list";
import { ADMIN_PAGE_SIZE, parsePostsListParams } from "../../lib/posts/admin-list-params";
import { db } from "../../lib/db";
import { Forbidden, Unauthenticated } from "../../lib/errors";
import { daysAgo, makeContributor, makePost, makeSection } from "../helpers/factories";
import { makeAccount } from "../helpers/sign-in-as";

const list = (viewer: Parameters<typeof listAdminPosts>[0], params: Record<string, string> = {}) =>
  listAdminPosts(viewer, parsePostsListParams(params));
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const hoursFromNow = (n: number) => new Date(Date.now() + n * 60 * 60 * 1000);

describe("the admin dashboard", () => {
  it("shows an author their own drafts, review queue, schedule and published pieces, and nobody else's", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const other = await makeAccount("AUTHOR");
    const draft = await makePost({ status: "DRAFT", publishedAt: null, createdById: author.viewer.id });
    const credited = await makePost({
      status: "IN_REVIEW",
      publishedAt: null,
      contributorIds: [author.viewer.contributorId!],
    });
    const scheduled = await makePost({
      status: "SCHEDULED",
      publishedAt: null,
      scheduledAt: hoursFromNow(5),
      createdById: author.viewer.id,
    });
    const published = await makePost({ createdById: author.viewer.id });
    const theirs = await makePost({ status: "DRAFT", publishedAt: null, createdById: other.viewer.id });
    const theirReview = await makePost({ status: "IN_REVIEW", publishedAt: null, createdById: other.viewer.id });

    const { posts, pendingComments } = await getDashboard(author.viewer);
    expect(ids(posts!.myDrafts)).toEqual([draft.id]);
    expect(ids(posts!.inReview)).toEqual([credited.id]);
    expect(ids(posts!.scheduled)).toEqual([scheduled.id]);
    expect(ids(posts!.recentlyPublished)).toEqual([published.id]);
    expect(JSON.stringify(posts)).not.toContain(theirs.id);
    expect(JSON.stringify(posts)).not.toContain(theirReview.id);
    expect(pendingComments).toBeNull();
  });

  it("shows an editor everyone's review queue and schedule, soonest first, but only their own drafts", async () => {
    const editor = await makeAccount("EDITOR");
    const writer = await makeAccount("AUTHOR");
    const mine = await makePost({ status: "DRAFT", publishedAt: null, createdById: editor.viewer.id });
    const writersDraft = await makePost({ status: "DRAFT", publishedAt: null, createdById: writer.viewer.id });
    const review = await makePost({ status: "IN_REVIEW", publishedAt: null, createdById: writer.viewer.id });
    const later = await makePost({ status: "SCHEDULED", publishedAt: null, scheduledAt: hoursFromNow(48) });
    const sooner = await makePost({ status: "SCHEDULED", publishedAt: null, scheduledAt: hoursFromNow(2) });

    const { posts } = await getDashboard(editor.viewer);
    expect(ids(posts!.myDrafts)).toEqual([mine.id]);
    expect(ids(posts!.myDrafts)).not.toContain(writersDraft.id);
    expect(ids(posts!.inReview)).toContain(review.id);
    const order = ids(posts!.scheduled);
    expect(order.indexOf(sooner.id)).toBeLessThan(order.indexOf(later.id));
    expect(order.indexOf(sooner.id)).toBeGreaterThanOrEqual(0);
  });

  it("counts comments waiting for moderation for moderators and admins, and shows moderators no posts", async () => {
    const moderator = await makeAccount("MODERATOR");
    const admin = await makeAccount("ADMIN");
    const reader = await makeAccount("READER");
    const post = await makePost();
    const before = await db.comment.count({ where: { status: "PENDING" } });
    await db.comment.createMany({
      data: [
        { postId: post.id, authorId: reader.viewer.id, body: "First" },
        { postId: post.id, authorId: reader.viewer.id, body: "Second" },
        { postId: post.id, authorId: reader.viewer.id, body: "Approved", status: "APPROVED" },
      ],
    });
    const forModerator = await getDashboard(moderator.viewer);
    expect(forModerator).toEqual({ posts: null, pendingComments: before + 2 });
    expect((await getDashboard(admin.viewer)).pendingComments).toBe(before + 2);
  });

  it("refuses anonymous visitors and readers", async () => {
    const reader = await makeAccount("READER");
    await expect(getDashboard(null)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(getDashboard(reader.viewer)).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("the admin posts list", () => {
  it("filters by status, type, section and contributor together", async () => {
    const editor = await makeAccount("EDITOR");
    const section = await makeSection();
    const writer = await makeContributor();
    const match = await makePost({
      status: "DRAFT",
      publishedAt: null,
      type: "OPINION",
      sectionId: section.id,
      contributorIds: [writer.id],
    });
    await makePost({ status: "PUBLISHED", type: "OPINION", sectionId: section.id, contributorIds: [writer.id] });
    await makePost({
      status: "DRAFT",
      publishedAt: null,
      type: "NEWS",
      sectionId: section.id,
      contributorIds: [writer.id],
    });
    await makePost({ status: "DRAFT", publishedAt: null, type: "OPINION", contributorIds: [writer.id] });
    await makePost({ status: "DRAFT", publishedAt: null, type: "OPINION", sectionId: section.id });

    const page = await list(editor.viewer, {
      status: "DRAFT",
      type: "OPINION",
      section: section.id,
      contributor: writer.id,
    });
    expect(ids(page.items)).toEqual([match.id]);
    expect(page.items[0]).toMatchObject({
      status: "DRAFT",
      type: "OPINION",
      sectionName: section.name,
      bylineNames: [writer.name],
    });
  });

  it("finds posts by any part of the title, whatever the case", async () => {
    const editor = await makeAccount("EDITOR");
    const damp = await makePost({ title: "Tackling DAMP and mould in Elm Court" });
    const other = await makePost({ title: "Rent review 2027" });
    const percent = await makePost({ title: "Rents up 5% next year" });
    const found = await list(editor.viewer, { q: "damp and MOULD" });
    expect(ids(found.items)).toContain(damp.id);
    expect(ids(found.items)).not.toContain(other.id);
    // LIKE wildcards typed by the writer are matched literally.
    expect(ids((await list(editor.viewer, { q: "%" })).items)).toEqual([percent.id]);
    expect(ids((await list(editor.viewer, { q: "5_" })).items)).toEqual([]);
  });

  it("sorts by title, by publication date and by last change", async () => {
    const editor = await makeAccount("EDITOR");
    const section = await makeSection();
    const b = await makePost({ title: "Bravo", sectionId: section.id, publishedAt: daysAgo(1) });
    const a = await makePost({ title: "Alpha", sectionId: section.id, publishedAt: daysAgo(3) });
    const c = await makePost({ title: "Charlie", sectionId: section.id, status: "DRAFT", publishedAt: null });
    await db.post.update({ where: { id: a.id }, data: { standfirst: "touched last" } });

    expect(ids((await list(editor.viewer, { section: section.id, sort: "title" })).items)).toEqual([a.id, b.id, c.id]);
    expect(ids((await list(editor.viewer, { section: section.id, sort: "published" })).items)).toEqual([
      b.id,
      a.id,
      c.id,
    ]);
    expect(ids((await list(editor.viewer, { section: section.id })).items)[0]).toBe(a.id);
  });

  it("pages through 25 at a time without repeating a post", async () => {
    const editor = await makeAccount("EDITOR");
    const section = await makeSection();
    for (let i = 0; i < ADMIN_PAGE_SIZE + 3; i++)
      await makePost({ sectionId: section.id, title: `Paged ${String(i).padStart(2, "0")}` });
    const first = await list(editor.viewer, { section: section.id, sort: "title" });
    const second = await list(editor.viewer, { section: section.id, sort: "title", page: "2" });
    expect(first.items).toHaveLength(ADMIN_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    expect(second.items).toHaveLength(3);
    expect(second.hasNext).toBe(false);
    expect(new Set([...ids(first.items), ...ids(second.items)]).size).toBe(ADMIN_PAGE_SIZE + 3);
  });

  it("shows an author only the posts they created or are credited on", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const created = await makePost({ status: "DRAFT", publishedAt: null, createdById: author.viewer.id });
    const credited = await makePost({ contributorIds: [author.viewer.contributorId!] });
    const someoneElses = await makePost({ status: "DRAFT", publishedAt: null });
    const all = await list(author.viewer);
    expect(ids(all.items).sort()).toEqual([created.id, credited.id].sort());
    expect(ids((await list(author.viewer, { status: "DRAFT" })).items)).toEqual([created.id]);
    expect(ids(all.items)).not.toContain(someoneElses.id);
  });

  it("refuses anonymous visitors, readers and moderators", async () => {
    const reader = await makeAccount("READER");
    const moderator = await makeAccount("MODERATOR");
    await expect(list(null)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(list(reader.viewer)).rejects.toBeInstanceOf(Forbidden);
    await expect(list(moderator.viewer)).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("what the editor offers to choose from", () => {
  it("lists sections, series, contributors and tag names for writers, and refuses others", async () => {
    const author = await makeAccount("AUTHOR");
    const section = await makeSection("Opinion desk");
    const writer = await makeContributor({ name: "Amal Writer", jobTitle: "Tenant", organisation: "Elm Court TRA" });
    const contact = await makeContributor({ name: "Cal Contact", email: "cal@example.org", contactOptIn: true });
    const options = await getEditorOptions(author.viewer);
    expect(options.sections).toContainEqual({ id: section.id, name: "Opinion desk" });
    expect(options.contributors).toContainEqual({
      id: writer.id,
      name: "Amal Writer",
      jobTitle: "Tenant",
      organisation: "Elm Court TRA",
      offersContact: false,
    });
    // Only a contributor who opted in and has details may head a page's contact block.
    expect(options.contributors.find((c) => c.id === contact.id)?.offersContact).toBe(true);
    await expect(getEditorOptions(null)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(getEditorOptions((await makeAccount("MODERATOR")).viewer)).rejects.toBeInstanceOf(Forbidden);
  });
});
