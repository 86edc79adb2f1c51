import { describe, expect, it } from "vitest";
import { checkSlugAction } from "../../lib/posts/actions";
import { makePost } from "../helpers/factories";
import { postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount } from "../helpers/sign-in-as";

describe("the editor's slug check", () => {
  it("answers only 'taken' about other writers' drafts: its suggestion does not count through their slugs", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const rival = await makeAccount("AUTHOR", { withContributor: true });
    await postOwnedBy(rival, { status: "DRAFT", publishedAt: null, slug: "secret-merger" });
    await postOwnedBy(rival, { status: "SCHEDULED", publishedAt: null, slug: "secret-merger-2" });
    const mine = await postOwnedBy(author, { status: "DRAFT", publishedAt: null });

    const result = await asViewer(author, () => checkSlugAction({ postId: mine.id, slug: "secret-merger" }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.available).toBe(false);
    expect(result.data.suggestion).not.toBe("secret-merger-3");
    expect(result.data.suggestion).toMatch(/^secret-merger-[0-9a-f]{4}$/);
    const suggested = await asViewer(author, () => checkSlugAction({ postId: mine.id, slug: result.data.suggestion }));
    expect(suggested).toMatchObject({ ok: true, data: { available: true } });
  });

  it("counts on past slugs the writer can see: published posts and their own drafts", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    await makePost({ slug: "open-letter" });
    await postOwnedBy(author, { status: "DRAFT", publishedAt: null, slug: "open-letter-2" });
    const mine = await postOwnedBy(author, { status: "DRAFT", publishedAt: null });
    await expect(asViewer(author, () => checkSlugAction({ postId: mine.id, slug: "open-letter" }))).resolves.toEqual({
      ok: true,
      data: { available: false, reserved: false, suggestion: "open-letter-3" },
    });
  });

  it("gives an editor, who may read every post, the next free slug in sequence", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const rival = await makeAccount("AUTHOR", { withContributor: true });
    await postOwnedBy(rival, { status: "DRAFT", publishedAt: null, slug: "board-minutes" });
    const mine = await postOwnedBy(editor, { status: "DRAFT", publishedAt: null });
    await expect(asViewer(editor, () => checkSlugAction({ postId: mine.id, slug: "board-minutes" }))).resolves.toEqual({
      ok: true,
      data: { available: false, reserved: false, suggestion: "board-minutes-2" },
    });
  });
});
