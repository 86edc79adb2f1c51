import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { restoreRevisionAction, savePostAction } from "../../lib/posts/actions";
import { getEditablePost } from "../../lib/posts/data/editable";
import type { PostFieldsInput } from "../../lib/posts/editor-schema";
import { getRevisionPair, listRevisions } from "../../lib/posts/data/revisions";
import { makeSection } from "../helpers/factories";
import { fieldsOf, postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

async function save(account: TestAccount, postId: string, overrides: Partial<PostFieldsInput>, autosave = false) {
  const post = (await getEditablePost(account.viewer, postId))!;
  const result = await asViewer(account, () =>
    savePostAction({ postId, version: post.version, autosave, fields: fieldsOf(post, overrides) }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

describe("a post's revisions", () => {
  it("lists manual saves, autosaves and refused saves, newest first, with who made them", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true, name: "Ana Author" });
    const editor = await makeAccount("EDITOR", { name: "Ed Editor" });
    const post = await postOwnedBy(author);
    await save(author, post.id, { title: "First title" });
    await save(editor, post.id, { title: "Second title" }, true);
    const stale = (await getEditablePost(author.viewer, post.id))!;
    await save(editor, post.id, { title: "Third title" });
    await asViewer(author, () =>
      savePostAction({
        postId: post.id,
        version: stale.version,
        autosave: false,
        fields: fieldsOf(stale, { title: "Refused title" }),
      }),
    );

    const list = await listRevisions(author.viewer, post.id);
    expect(list.map((r) => [r.kind, r.title, r.authorName])).toEqual([
      ["CONFLICT", "Refused title", "Ana Author"],
      ["MANUAL", "Third title", "Ed Editor"],
      ["AUTOSAVE", "Second title", "Ed Editor"],
      ["MANUAL", "First title", "Ana Author"],
    ]);
    expect(list[0]!.version).toBe(stale.version);
  });

  it("pairs a revision with the current text for comparison", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    await save(author, post.id, { title: "Old title", body: "Old body.", tagNames: ["Rents"] });
    await save(author, post.id, { title: "New title", body: "New body." });
    const [, older] = await listRevisions(author.viewer, post.id);
    const pair = await getRevisionPair(author.viewer, post.id, older!.id);
    expect(pair).toMatchObject({
      revision: { title: "Old title", body: "Old body.", kind: "MANUAL", fields: { tagNames: ["Rents"] } },
      current: { title: "New title", body: "New body." },
    });
    await expect(getRevisionPair(author.viewer, post.id, "no-such-revision")).rejects.toThrow("does not exist");
  });

  it("restores a revision as a new version, recorded as a RESTORE revision and in the audit log", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const section = await makeSection();
    await save(author, post.id, {
      title: "Good title",
      body: "Good body.",
      sectionId: section.id,
      tagNames: ["Repairs"],
    });
    const [good] = await listRevisions(author.viewer, post.id);
    const current = await save(author, post.id, {
      title: "Worse title",
      body: "Worse body.",
      sectionId: null,
      tagNames: [],
    });

    const result = await asViewer(author, () =>
      restoreRevisionAction({ postId: post.id, revisionId: good!.id, version: current.version }),
    );
    expect(result).toEqual({ ok: true, data: { version: current.version + 1 } });
    const restored = (await getEditablePost(author.viewer, post.id))!;
    expect(restored).toMatchObject({
      title: "Good title",
      body: "Good body.",
      sectionId: section.id,
      tags: [{ name: "Repairs" }],
    });
    expect((await listRevisions(author.viewer, post.id))[0]).toMatchObject({ kind: "RESTORE", title: "Good title" });
    expect(
      await db.auditLog.findFirst({ where: { subjectId: post.id, action: "post.restore-revision" } }),
    ).toMatchObject({ actorId: author.viewer.id, data: { revisionId: good!.id } });
  });

  it("restores what it can when a section has been deleted since", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const section = await makeSection();
    await save(author, post.id, { title: "With a section", sectionId: section.id });
    const [withSection] = await listRevisions(author.viewer, post.id);
    await save(author, post.id, { title: "Changed", sectionId: null });
    await db.section.delete({ where: { id: section.id } });
    const version = (await db.post.findUniqueOrThrow({ where: { id: post.id } })).version;
    const result = await asViewer(author, () =>
      restoreRevisionAction({ postId: post.id, revisionId: withSection!.id, version }),
    );
    expect(result.ok).toBe(true);
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      title: "With a section",
      sectionId: null,
    });
  });

  it("refuses to restore onto a version the writer has not seen", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    await save(author, post.id, { title: "One" });
    const [one] = await listRevisions(author.viewer, post.id);
    const latest = await save(author, post.id, { title: "Two" });
    const before = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    const result = await asViewer(author, () =>
      restoreRevisionAction({ postId: post.id, revisionId: one!.id, version: latest.version - 1 }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: "conflict", current: { title: "Two" } } });
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toEqual(before);
  });

  it("does not restore a revision of another post through this one", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const [a, b] = await Promise.all([postOwnedBy(author), postOwnedBy(author)]);
    await save(author, b.id, { title: "B's text" });
    const [ofB] = await listRevisions(author.viewer, b.id);
    const before = await db.post.findUniqueOrThrow({ where: { id: a.id } });
    const result = await asViewer(author, () =>
      restoreRevisionAction({ postId: a.id, revisionId: ofB!.id, version: a.version }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(await db.post.findUniqueOrThrow({ where: { id: a.id } })).toEqual(before);
  });

  it("keeps a save's fields as JSON in the shape revisions have always been stored in", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const section = await makeSection();
    await save(author, post.id, {
      title: "Shaped",
      slug: "shaped",
      standfirst: "Short.",
      body: "Body.",
      sectionId: section.id,
      tagNames: ["Rents"],
      hero: { mediaId: null, url: "https://example.org/door.jpg", alt: "A door", caption: "", credit: "" },
      seoTitle: "SEO",
      hashtag: "#doors",
      signOff: true,
    });
    const revision = await db.revision.findFirstOrThrow({ where: { postId: post.id }, orderBy: { createdAt: "desc" } });
    expect(revision).toMatchObject({ title: "Shaped", standfirst: "Short.", body: "Body." });
    expect(revision.fields).toMatchObject({
      slug: "shaped",
      type: "BLOG",
      language: "en-GB",
      sectionId: section.id,
      seriesId: null,
      seriesPosition: null,
      tagNames: ["Rents"],
      bylines: [{ contributorId: author.viewer.contributorId }],
      hero: { mediaId: null, url: "https://example.org/door.jpg", alt: "A door", caption: "", credit: "" },
      seoTitle: "SEO",
      seoDescription: "",
      hashtag: "doors",
      commentsEnabled: true,
      signOff: true,
    });
    expect(revision.fields).not.toHaveProperty("title");
    expect(revision.fields).not.toHaveProperty("body");
  });

  it("restores a revision stored in the shape of earlier releases", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const old = await db.revision.create({
      data: {
        postId: post.id,
        authorId: author.viewer.id,
        kind: "MANUAL",
        version: post.version,
        title: "From an earlier release",
        standfirst: "Kept.",
        body: "Old body.",
        fields: {
          slug: "from-an-earlier-release",
          type: "NEWS",
          language: "nl-NL",
          sectionId: null,
          seriesId: null,
          seriesPosition: null,
          tagNames: ["Archive"],
          bylines: [{ contributorId: author.viewer.contributorId }],
          hero: null,
          seoTitle: "",
          seoDescription: "Old description",
          hashtag: null,
          commentsEnabled: false,
          signOff: false,
        },
      },
    });
    const result = await asViewer(author, () =>
      restoreRevisionAction({ postId: post.id, revisionId: old.id, version: post.version }),
    );
    expect(result.ok).toBe(true);
    expect(await getEditablePost(author.viewer, post.id)).toMatchObject({
      title: "From an earlier release",
      standfirst: "Kept.",
      body: "Old body.",
      slug: "from-an-earlier-release",
      type: "NEWS",
      language: "nl-NL",
      tags: [{ name: "Archive" }],
      seoDescription: "Old description",
      commentsEnabled: false,
    });
  });
});
