import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { addEditorialNoteAction, resolveEditorialNoteAction } from "../../lib/editorial-notes/actions";
import { listEditorialNotes } from "../../lib/editorial-notes/data/notes";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { daysAgo } from "../helpers/factories";
import { postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

async function threadsFor(postId: string) {
  const editor = await makeAccount("EDITOR");
  return listEditorialNotes(editor.viewer, postId);
}

describe("editorial notes", () => {
  it("are threads: a reply to a reply joins the first note's thread, and each keeps the post's version", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true, name: "Ana Author" });
    const editor = await makeAccount("EDITOR", { name: "Ed Itor" });
    const post = await postOwnedBy(author);
    const first = await asViewer(editor, () =>
      addEditorialNoteAction({ postId: post.id, body: "The second paragraph needs a source." }),
    );
    if (!first.ok) throw new Error(first.error.message);
    const threadId = first.data[0]!.id;
    const reply = await asViewer(author, () =>
      addEditorialNoteAction({ postId: post.id, parentId: threadId, body: "Added the survey link." }),
    );
    if (!reply.ok) throw new Error(reply.error.message);
    await asViewer(editor, () =>
      addEditorialNoteAction({ postId: post.id, parentId: reply.data[0]!.replies[0]!.id, body: "Thanks, good." }),
    );
    const threads = await threadsFor(post.id);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({
      author: "Ed Itor",
      body: "The second paragraph needs a source.",
      postVersion: post.version,
      resolved: null,
    });
    expect(threads[0]!.replies.map((r) => [r.author, r.body])).toEqual([
      ["Ana Author", "Added the survey link."],
      ["Ed Itor", "Thanks, good."],
    ]);
  });

  it("are resolved and reopened as a thread, and a new reply reopens a resolved one", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const editor = await makeAccount("EDITOR", { name: "Ed Itor" });
    const post = await postOwnedBy(author);
    const added = await asViewer(author, () =>
      addEditorialNoteAction({ postId: post.id, body: "Is the headline OK?" }),
    );
    if (!added.ok) throw new Error(added.error.message);
    const noteId = added.data[0]!.id;

    const resolved = await asViewer(editor, () => resolveEditorialNoteAction({ noteId, resolved: true }));
    expect(resolved).toMatchObject({ ok: true, data: [{ resolved: { by: "Ed Itor" } }] });
    await asViewer(author, () =>
      addEditorialNoteAction({ postId: post.id, parentId: noteId, body: "One more thing." }),
    );
    expect((await threadsFor(post.id))[0]!.resolved).toBeNull();

    await asViewer(editor, () => resolveEditorialNoteAction({ noteId, resolved: true }));
    await asViewer(editor, () => resolveEditorialNoteAction({ noteId, resolved: false }));
    expect((await threadsFor(post.id))[0]!.resolved).toBeNull();
  });

  it("can be written by the post's author while it waits in review, when the text itself is locked", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author, { status: "IN_REVIEW" });
    const result = await asViewer(author, () =>
      addEditorialNoteAction({ postId: post.id, body: "I can add quotes if needed." }),
    );
    expect(result).toMatchObject({ ok: true, data: [{ body: "I can add quotes if needed." }] });
  });

  it("are refused to another author, a moderator and a reader, and nothing is written", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const added = await asViewer(author, () => addEditorialNoteAction({ postId: post.id, body: "Mine." }));
    if (!added.ok) throw new Error(added.error.message);
    for (const role of ["AUTHOR", "MODERATOR", "READER"] as const) {
      const other = await makeAccount(role, { withContributor: role === "AUTHOR" });
      const add = await asViewer(other, () => addEditorialNoteAction({ postId: post.id, body: "Sneaky." }));
      expect(add.ok).toBe(false);
      const resolve = await asViewer(other, () =>
        resolveEditorialNoteAction({ noteId: added.data[0]!.id, resolved: true }),
      );
      expect(resolve.ok).toBe(false);
    }
    expect(await asViewer(null, () => addEditorialNoteAction({ postId: post.id, body: "Anon." }))).toMatchObject({
      ok: false,
      error: { code: "unauthenticated" },
    });
    const rows = await db.editorialNote.findMany({ where: { postId: post.id } });
    expect(rows.map((r) => [r.body, r.resolvedAt])).toEqual([["Mine.", null]]);
  });

  it("refuse an empty note with a message on the field", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    expect(await asViewer(author, () => addEditorialNoteAction({ postId: post.id, body: "   " }))).toMatchObject({
      ok: false,
      error: { fieldErrors: { body: ["Write the note first."] } },
    });
  });

  it("are never part of what readers get", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const post = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: daysAgo(1) });
    await asViewer(editor, () =>
      addEditorialNoteAction({ postId: post.id, body: "Private remark 7f3a about the source." }),
    );
    const page = await getArticlePage(post.slug);
    expect(page).not.toBeNull();
    expect(JSON.stringify(page)).not.toContain("7f3a");
  });
});
