import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { readOutbox } from "../../lib/mail/outbox-reader";
import {
  bulkArchiveAction,
  createPreviewLinkAction,
  deletePostAction,
  publishPostAction,
  restorePostAction,
  returnToDraftAction,
  savePostAction,
  schedulePostAction,
  submitForReviewAction,
  unpublishPostAction,
} from "../../lib/posts/actions";
import { getEditablePost } from "../../lib/posts/data/editable";
import { getStaffPreview, getTokenPreview } from "../../lib/posts/data/preview";
import type { PostStatus } from "../../lib/posts/workflow";
import { makeContributor, makeSection } from "../helpers/factories";
import { fieldsOf, postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Next's cache, outside a Next server, only records which tags were expired.
const expired = vi.hoisted(() => ({ tags: [] as string[] }));
vi.mock("next/cache", () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: (tag: string) => {
    expired.tags.push(tag);
  },
}));
beforeEach(() => {
  expired.tags = [];
});

// Review emails land in this file's own outbox (lib/mail without SMTP_URL).
const dataDir = mkdtempSync(path.join(tmpdir(), "masthead-workflow-"));
process.env.MASTHEAD_DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const HOUR = 60 * 60 * 1000;
const inAnHour = () => new Date(Date.now() + HOUR).toISOString();

const snapshot = (id: string) => db.post.findUniqueOrThrow({ where: { id }, include: { bylines: true } });
const auditOf = (id: string) => db.auditLog.findMany({ where: { subjectId: id }, orderBy: { createdAt: "asc" } });

describe("submitting and reviewing", () => {
  it("puts a draft in review, audits it and emails the editors", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true, name: "Ana Author" });
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(author, { title: "Estate walkabouts", reviewNote: "Earlier note" });
    const result = await asViewer(author, () => submitForReviewAction({ postId: post.id, version: post.version }));
    expect(result).toEqual({ ok: true, data: { version: post.version + 1, status: "IN_REVIEW" } });
    expect(await snapshot(post.id)).toMatchObject({ status: "IN_REVIEW", reviewNote: null });
    expect((await auditOf(post.id)).map((a) => a.action)).toEqual(["post.submit"]);
    const mail = (await readOutbox()).filter((m) => m.to === editor.viewer.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("For review: Estate walkabouts");
    expect(mail[0]!.text).toContain(`/admin/posts/${post.id}`);
    expect(mail[0]!.text).toContain("Ana Author");
  });

  it("sends nobody an email when the site has review emails turned off", async () => {
    await db.siteSetting.upsert({
      where: { key: "notifyEditorsOnReview" },
      create: { key: "notifyEditorsOnReview", value: false },
      update: { value: false },
    });
    try {
      const author = await makeAccount("AUTHOR", { withContributor: true });
      const editor = await makeAccount("EDITOR");
      const post = await postOwnedBy(author);
      await asViewer(author, () => submitForReviewAction({ postId: post.id, version: post.version }));
      expect((await readOutbox()).filter((m) => m.to === editor.viewer.email)).toEqual([]);
    } finally {
      await db.siteSetting.delete({ where: { key: "notifyEditorsOnReview" } });
    }
  });

  it("returns a post in review to its writer with the editor's note", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(author, { status: "IN_REVIEW" });
    const result = await asViewer(editor, () =>
      returnToDraftAction({ postId: post.id, note: "Please add a source for the figures." }),
    );
    expect(result).toMatchObject({ ok: true, data: { status: "DRAFT" } });
    expect(await snapshot(post.id)).toMatchObject({
      status: "DRAFT",
      reviewNote: "Please add a source for the figures.",
    });
    const [entry] = await auditOf(post.id);
    expect(entry).toMatchObject({ action: "post.return", actorId: editor.viewer.id });
    expect(entry!.data).toMatchObject({ note: "Please add a source for the figures.", from: "IN_REVIEW", to: "DRAFT" });
  });
});

describe("publishing", () => {
  it("lists everything a post still misses and leaves it unpublished", async () => {
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(editor, {
      title: "Untitled",
      body: "  ",
      contributorIds: [],
      heroImageUrl: "/media/x/w1600.webp",
      heroAlt: "",
    });
    const before = await snapshot(post.id);
    const result = await asViewer(editor, () => publishPostAction({ postId: post.id, version: post.version }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation");
    expect(result.error.fieldErrors).toMatchObject({
      "fields.title": ["Give the post a title."],
      "fields.body": ["Write the body of the post."],
      "fields.bylines": ["Add at least one byline."],
      "fields.hero.alt": ["Describe the hero image in its alt text."],
    });
    expect(result.error.message).toContain("Add at least one byline.");
    expect(await snapshot(post.id)).toEqual(before);
    expect(await auditOf(post.id)).toEqual([]);
  });

  it("publishes a complete draft, freezing its bylines, and keeps the first publication date on re-publishing", async () => {
    const editor = await makeAccount("EDITOR");
    const writer = await makeContributor({ jobTitle: "Housing officer", organisation: "Riverside Homes" });
    const post = await postOwnedBy(editor, { contributorIds: [writer.id] });
    const published = await asViewer(editor, () => publishPostAction({ postId: post.id, version: post.version }));
    expect(published).toMatchObject({ ok: true, data: { status: "PUBLISHED", version: post.version + 1 } });
    const first = await snapshot(post.id);
    expect(first).toMatchObject({ status: "PUBLISHED", publishedById: editor.viewer.id });
    expect(first.publishedAt).not.toBeNull();
    expect(first.bylines[0]).toMatchObject({ jobTitle: "Housing officer", organisation: "Riverside Homes" });

    await db.contributor.update({ where: { id: writer.id }, data: { jobTitle: "Head of housing" } });
    await asViewer(editor, () => unpublishPostAction({ postId: post.id }));
    const again = await asViewer(editor, () => publishPostAction({ postId: post.id, version: first.version + 1 }));
    expect(again).toMatchObject({ ok: true, data: { status: "PUBLISHED" } });
    const second = await snapshot(post.id);
    expect(second.publishedAt).toEqual(first.publishedAt);
    expect(second.bylines[0]).toMatchObject({ jobTitle: "Housing officer" });
    expect((await auditOf(post.id)).map((a) => a.action)).toEqual(["post.publish", "post.unpublish", "post.publish"]);
  });

  it("refuses to publish from a version the editor has not seen", async () => {
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(editor);
    await db.post.update({ where: { id: post.id }, data: { version: { increment: 1 } } });
    const before = await snapshot(post.id);
    const result = await asViewer(editor, () => publishPostAction({ postId: post.id, version: post.version }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "conflict", current: { id: post.id, version: post.version + 1 } },
    });
    expect(await snapshot(post.id)).toEqual(before);
  });
});

describe("scheduling", () => {
  it("schedules a complete draft for a future time and audits the time", async () => {
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(editor);
    const when = inAnHour();
    const result = await asViewer(editor, () =>
      schedulePostAction({ postId: post.id, version: post.version, scheduledAt: when }),
    );
    expect(result).toMatchObject({ ok: true, data: { status: "SCHEDULED" } });
    expect((await snapshot(post.id)).scheduledAt?.toISOString()).toBe(when);
    const [entry] = await auditOf(post.id);
    expect(entry).toMatchObject({ action: "post.schedule", data: { scheduledAt: when } });
  });

  it("refuses a time in the past", async () => {
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(editor);
    const before = await snapshot(post.id);
    const result = await asViewer(editor, () =>
      schedulePostAction({
        postId: post.id,
        version: post.version,
        scheduledAt: new Date(Date.now() - HOUR).toISOString(),
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { scheduledAt: ["Choose a time in the future."] } },
    });
    expect(await snapshot(post.id)).toEqual(before);
  });

  it("takes a post out of the schedule and back to draft", async () => {
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(editor, { status: "SCHEDULED", scheduledAt: new Date(Date.now() + HOUR) });
    const result = await asViewer(editor, () => returnToDraftAction({ postId: post.id, note: "" }));
    expect(result).toMatchObject({ ok: true, data: { status: "DRAFT" } });
    expect(await snapshot(post.id)).toMatchObject({ status: "DRAFT", scheduledAt: null, reviewNote: null });
  });
});

describe("taking posts off the site", () => {
  it("unpublishes to draft, archives, and restores from the archive to draft", async () => {
    const editor = await makeAccount("EDITOR");
    const toDraft = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: new Date() });
    const toArchive = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: new Date() });
    await expect(asViewer(editor, () => unpublishPostAction({ postId: toDraft.id }))).resolves.toMatchObject({
      ok: true,
      data: { status: "DRAFT" },
    });
    await expect(
      asViewer(editor, () => unpublishPostAction({ postId: toArchive.id, archive: true })),
    ).resolves.toMatchObject({ ok: true, data: { status: "ARCHIVED" } });
    await expect(asViewer(editor, () => restorePostAction({ postId: toArchive.id }))).resolves.toMatchObject({
      ok: true,
      data: { status: "DRAFT" },
    });
    expect((await auditOf(toArchive.id)).map((a) => a.action)).toEqual(["post.archive", "post.return"]);
    expect((await auditOf(toDraft.id)).map((a) => a.action)).toEqual(["post.unpublish"]);
  });

  it("archives the published posts of a selection and counts the rest", async () => {
    const editor = await makeAccount("EDITOR");
    const published = await Promise.all(
      [1, 2].map(() => postOwnedBy(editor, { status: "PUBLISHED", publishedAt: new Date() })),
    );
    const draft = await postOwnedBy(editor);
    const result = await asViewer(editor, () =>
      bulkArchiveAction({ postIds: [...published.map((p) => p.id), draft.id, "no-such-post"] }),
    );
    expect(result).toEqual({ ok: true, data: { archived: 2, refused: 2 } });
    for (const p of published) expect((await snapshot(p.id)).status).toBe("ARCHIVED");
    expect((await snapshot(draft.id)).status).toBe("DRAFT");
  });

  it("deletes a post with everything hanging off it, and audits what it was", async () => {
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(editor, { title: "To be deleted" });
    await db.revision.create({ data: { postId: post.id, kind: "MANUAL", version: 1, title: "To be deleted" } });
    await expect(asViewer(editor, () => deletePostAction({ postId: post.id }))).resolves.toEqual({
      ok: true,
      data: { deleted: true },
    });
    expect(await db.post.findUnique({ where: { id: post.id } })).toBeNull();
    expect(await db.revision.count({ where: { postId: post.id } })).toBe(0);
    expect(await auditOf(post.id)).toMatchObject([
      { action: "post.delete", data: { title: "To be deleted", status: "DRAFT" } },
    ]);
  });
});

describe("invalid workflow moves", () => {
  // Every move an admin might try from every status where the workflow forbids it.
  const moves: {
    name: string;
    allowedFrom: PostStatus[];
    run: (account: TestAccount, id: string, version: number) => Promise<{ ok: boolean }>;
  }[] = [
    {
      name: "submit",
      allowedFrom: ["DRAFT"],
      run: (a, postId, version) => asViewer(a, () => submitForReviewAction({ postId, version })),
    },
    {
      name: "return",
      allowedFrom: ["IN_REVIEW", "SCHEDULED"],
      run: (a, postId) => asViewer(a, () => returnToDraftAction({ postId, note: "x" })),
    },
    {
      name: "publish",
      allowedFrom: ["DRAFT", "IN_REVIEW"],
      run: (a, postId, version) => asViewer(a, () => publishPostAction({ postId, version })),
    },
    {
      name: "schedule",
      allowedFrom: ["DRAFT", "IN_REVIEW"],
      run: (a, postId, version) => asViewer(a, () => schedulePostAction({ postId, version, scheduledAt: inAnHour() })),
    },
    {
      name: "unpublish",
      allowedFrom: ["PUBLISHED"],
      run: (a, postId) => asViewer(a, () => unpublishPostAction({ postId })),
    },
    {
      name: "archive",
      allowedFrom: ["PUBLISHED"],
      run: (a, postId) => asViewer(a, () => unpublishPostAction({ postId, archive: true })),
    },
    {
      name: "restore",
      allowedFrom: ["ARCHIVED"],
      run: (a, postId) => asViewer(a, () => restorePostAction({ postId })),
    },
  ];
  const statuses: PostStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"];

  for (const move of moves) {
    for (const status of statuses.filter((s) => !move.allowedFrom.includes(s))) {
      it(`refuses "${move.name}" for a ${status} post, even for an admin, and changes nothing`, async () => {
        const admin = await makeAccount("ADMIN", { withContributor: true });
        const post = await postOwnedBy(admin, {
          status,
          publishedAt: status === "PUBLISHED" || status === "ARCHIVED" ? new Date() : null,
          scheduledAt: status === "SCHEDULED" ? new Date(Date.now() + HOUR) : null,
        });
        const before = await snapshot(post.id);
        const result = await move.run(admin, post.id, post.version);
        expect(result).toMatchObject({ ok: false, error: { code: "validation" } });
        expect(await snapshot(post.id)).toEqual(before);
        expect(await auditOf(post.id)).toEqual([]);
      });
    }
  }
});

describe("previews", () => {
  it("shows staff a draft as the article page would, with a date it does not have yet", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author, { title: "Not out yet", html: "<p>Draft body</p>" });
    const page = await getStaffPreview(author.viewer, post.id);
    expect(page).toMatchObject({
      status: "DRAFT",
      post: { id: post.id, title: "Not out yet", html: "<p>Draft body</p>" },
    });
    expect(page!.post.publishedAt).toBeInstanceOf(Date);
    const stranger = await makeAccount("AUTHOR", { withContributor: true });
    expect(await getStaffPreview(stranger.viewer, post.id)).toBeNull();
  });

  it("opens a draft through a signed link, and nothing through a tampered one", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author, { title: "Shared with a guest" });
    const link = await asViewer(author, () => createPreviewLinkAction({ postId: post.id }));
    if (!link.ok) throw new Error(link.error.message);
    expect(new Date(link.data.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * HOUR);
    const token = link.data.url.split("/preview/")[1]!;
    await expect(getTokenPreview(token)).resolves.toMatchObject({ post: { title: "Shared with a guest" } });
    await expect(getTokenPreview(`${token.slice(0, -2)}xx`)).resolves.toBeNull();
    await db.post.delete({ where: { id: post.id } });
    await expect(getTokenPreview(token)).resolves.toBeNull();
  });
});

describe("public pages", () => {
  it("are expired when a post is published or unpublished, for its own page and every list that shows it", async () => {
    const editor = await makeAccount("EDITOR");
    const section = await makeSection();
    const writer = await makeContributor();
    const post = await postOwnedBy(editor, { sectionId: section.id, contributorIds: [writer.id] });
    await asViewer(editor, () => publishPostAction({ postId: post.id, version: post.version }));
    expect(expired.tags).toEqual(
      expect.arrayContaining([`post:${post.id}`, "posts", `section:${section.id}`, `contributor:${writer.id}`]),
    );
    expired.tags = [];
    await asViewer(editor, () => unpublishPostAction({ postId: post.id, archive: true }));
    expect(expired.tags).toEqual(expect.arrayContaining([`post:${post.id}`, "posts", `section:${section.id}`]));
  });

  it("are expired for the old and the new section when a published post moves", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const [from, to] = await Promise.all([makeSection(), makeSection()]);
    const post = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: new Date(), sectionId: from.id });
    const editable = (await getEditablePost(editor.viewer, post.id))!;
    await asViewer(editor, () =>
      savePostAction({
        postId: post.id,
        version: editable.version,
        autosave: false,
        fields: fieldsOf(editable, { sectionId: to.id }),
      }),
    );
    expect(expired.tags).toEqual(expect.arrayContaining([`post:${post.id}`, `section:${from.id}`, `section:${to.id}`]));
  });

  it("are left alone by work on drafts", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const editable = (await getEditablePost(author.viewer, post.id))!;
    await asViewer(author, () =>
      savePostAction({
        postId: post.id,
        version: editable.version,
        autosave: false,
        fields: fieldsOf(editable, { title: "Still a draft" }),
      }),
    );
    await asViewer(author, () => submitForReviewAction({ postId: post.id, version: editable.version + 1 }));
    await asViewer(author, () => deletePostAction({ postId: post.id }));
    expect(expired.tags).toEqual([]);
  });
});
