import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { findArticlesToPinAction, savePostAction } from "../../lib/posts/actions";
import { getArticlePage, RELATED_LIMIT } from "../../lib/posts/data/article-page";
import { getEditablePost } from "../../lib/posts/data/editable";
import type { PostFieldsInput } from "../../lib/posts/editor-schema";
import { daysAgo, makePost, makeSection } from "../helpers/factories";
import { fieldsOf, postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

async function saveRelated(account: TestAccount, postId: string, related: string[]) {
  const post = (await getEditablePost(account.viewer, postId))!;
  const fields: PostFieldsInput = fieldsOf(post, { related: related.map((id) => ({ postId: id })) });
  return asViewer(account, () => savePostAction({ postId, version: post.version, autosave: false, fields }));
}

const titlesOf = async (slug: string) => (await getArticlePage(slug))!.related.map((r) => r.title);

describe("hand-picked Read more", () => {
  it("shows the chosen articles first, in the editor's order, and fills the rest automatically", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const section = await makeSection();
    const article = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: daysAgo(1), sectionId: section.id });
    const automatic = await Promise.all(
      [2, 3, 4].map((n) => makePost({ title: `Same section ${n}`, sectionId: section.id, publishedAt: daysAgo(n) })),
    );
    const chosenOld = await makePost({ title: "Chosen from years ago", publishedAt: daysAgo(900) });
    const chosenOther = await makePost({ title: "Chosen from another section", publishedAt: daysAgo(30) });

    const saved = await saveRelated(editor, article.id, [chosenOther.id, chosenOld.id]);
    expect(saved).toMatchObject({ ok: true });
    expect(await titlesOf(article.slug)).toEqual([
      "Chosen from another section",
      "Chosen from years ago",
      automatic[0]!.title,
      automatic[1]!.title,
    ]);
    expect((await getEditablePost(editor.viewer, article.id))!.related.map((r) => r.title)).toEqual([
      "Chosen from another section",
      "Chosen from years ago",
    ]);
  });

  it("leaves out a chosen article readers may not see, and lets the automatic choice take its place", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const section = await makeSection();
    const article = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: daysAgo(1), sectionId: section.id });
    const draft = await makePost({ title: "Still a draft", status: "DRAFT", publishedAt: null });
    const neighbour = await makePost({ title: "A neighbour", sectionId: section.id, publishedAt: daysAgo(2) });
    expect(await saveRelated(editor, article.id, [draft.id])).toMatchObject({ ok: true });
    expect(await titlesOf(article.slug)).toEqual([neighbour.title]);
    // The writer still sees the choice, marked as not shown yet.
    expect((await getEditablePost(editor.viewer, article.id))!.related).toEqual([
      { postId: draft.id, title: "Still a draft", status: "DRAFT" },
    ]);
  });

  it("refuses a post as its own Read more, and more than four articles, saving nothing", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const article = await postOwnedBy(editor);
    const before = (await db.post.findUniqueOrThrow({ where: { id: article.id } })).version;
    expect(await saveRelated(editor, article.id, [article.id])).toMatchObject({
      ok: false,
      error: { fieldErrors: { "fields.related": ["A post cannot be its own “Read more”."] } },
    });
    const many = await Promise.all(Array.from({ length: RELATED_LIMIT + 1 }, () => makePost()));
    expect(
      await saveRelated(
        editor,
        article.id,
        many.map((p) => p.id),
      ),
    ).toMatchObject({
      ok: false,
      error: { fieldErrors: { "fields.related": [`at most ${RELATED_LIMIT} articles`] } },
    });
    expect((await db.post.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(before);
    expect(await db.relatedPost.count({ where: { postId: article.id } })).toBe(0);
  });

  it("drops a chosen article that was deleted since", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const article = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: daysAgo(1) });
    const chosen = await makePost({ title: "Soon gone" });
    await saveRelated(editor, article.id, [chosen.id]);
    await db.post.delete({ where: { id: chosen.id } });
    expect((await getEditablePost(editor.viewer, article.id))!.related).toEqual([]);
    expect(await titlesOf(article.slug)).not.toContain("Soon gone");
  });

  it("offers published articles by title, taking LIKE's wildcards literally, and never the post itself", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const marker = `pin${Date.now()}`;
    const article = await postOwnedBy(author, { title: `${marker} the post itself` });
    await makePost({ title: `${marker} damp survey results` });
    await makePost({ title: `${marker} damp draft`, status: "DRAFT", publishedAt: null });
    await makePost({ title: `${marker} 100% of repairs` });
    const find = (query: string) => asViewer(author, () => findArticlesToPinAction({ query, postId: article.id }));
    const titles = async (query: string) => {
      const result = await find(query);
      if (!result.ok) throw new Error(result.error.message);
      return result.data.map((r) => r.title);
    };
    expect(await titles(`${marker} DAMP`)).toEqual([`${marker} damp survey results`]);
    expect(await titles(`${marker} 100%`)).toEqual([`${marker} 100% of repairs`]);
    expect(await titles(`${marker} 1_0`)).toEqual([]);
    expect(await titles(`${marker} the`)).toEqual([]);
    expect(await find("ab")).toMatchObject({ ok: false, error: { fieldErrors: { query: [expect.any(String)] } } });
  });

  it("is refused to readers", async () => {
    const reader = await makeAccount("READER");
    const result = await asViewer(reader, () => findArticlesToPinAction({ query: "damp", postId: "x" }));
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
