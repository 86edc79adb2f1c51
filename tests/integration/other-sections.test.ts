import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getFeedChannel } from "../../lib/feeds/data/queries";
import { savePostAction } from "../../lib/posts/actions";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { getEditablePost } from "../../lib/posts/data/editable";
import { listPublishedPosts, PAGE_SIZE } from "../../lib/posts/data/queries";
import { tagsTouchedByPost } from "../../lib/posts/data/touched-tags";
import { cacheTags } from "../../lib/cache-tags";
import { daysAgo, makePost, makeSection } from "../helpers/factories";
import { fieldsOf, postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

async function fileIn(account: TestAccount, postId: string, sectionId: string | null, otherSectionIds: string[]) {
  const post = (await getEditablePost(account.viewer, postId))!;
  const fields = fieldsOf(post, { sectionId, otherSectionIds });
  return asViewer(account, () => savePostAction({ postId, version: post.version, autosave: false, fields }));
}

describe("a post in more than one section", () => {
  it("keeps its primary section for the address and lists the others on the page", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const [housing, regulation, communities] = await Promise.all([makeSection(), makeSection(), makeSection()]);
    const post = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: daysAgo(1) });
    // The primary is never also an "other"; each other section once.
    const saved = await fileIn(editor, post.id, housing.id, [regulation.id, housing.id, communities.id, regulation.id]);
    expect(saved).toMatchObject({ ok: true });
    const page = (await getArticlePage(post.slug))!;
    expect(page.post.section?.slug).toBe(housing.slug);
    expect(page.post.otherSections.map((s) => s.name)).toEqual([regulation.name, communities.name]);
    expect(page.shows.sections).toEqual([housing.id, regulation.id, communities.id]);
    expect(await tagsTouchedByPost(post.id)).toEqual(
      expect.arrayContaining([housing.id, regulation.id, communities.id].map(cacheTags.section)),
    );
  });

  it("is listed, newest first, in each of its sections' listings and feeds, across pages", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const [home, elsewhere] = await Promise.all([makeSection(), makeSection()]);
    // Own posts of the section on days 1, 3, 5, …; posts filed from elsewhere on days 2, 4, 6, ….
    const own = await Promise.all(
      Array.from({ length: PAGE_SIZE }, (_, i) => makePost({ sectionId: home.id, publishedAt: daysAgo(2 * i + 1) })),
    );
    const filed = await Promise.all(
      Array.from({ length: PAGE_SIZE }, (_, i) =>
        postOwnedBy(editor, { status: "PUBLISHED", publishedAt: daysAgo(2 * i + 2), sectionId: elsewhere.id }),
      ),
    );
    for (const p of filed) expect(await fileIn(editor, p.id, elsewhere.id, [home.id])).toMatchObject({ ok: true });
    const expected = [...own, ...filed]
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime())
      .map((p) => p.id);

    const first = await listPublishedPosts({ kind: "section", sectionId: home.id }, 1);
    const second = await listPublishedPosts({ kind: "section", sectionId: home.id }, 2);
    const third = await listPublishedPosts({ kind: "section", sectionId: home.id }, 3);
    expect([...first.items, ...second.items].map((p) => p.id)).toEqual(expected);
    expect([first.hasNext, second.hasNext, third.items]).toEqual([true, false, []]);

    const feed = (await getFeedChannel({ kind: "section", slug: home.slug }, { includeContent: false }))!;
    expect(feed.posts.map((p) => p.id)).toEqual(expected.slice(0, 20));
    // The other section keeps its own posts too.
    const theirs = await listPublishedPosts({ kind: "section", sectionId: elsewhere.id }, 1);
    expect(theirs.items.map((p) => p.id)).toEqual(filed.map((p) => p.id));
  });

  it("leaves a section that was deleted, and is listed nowhere while unpublished", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const [home, gone, other] = await Promise.all([makeSection(), makeSection(), makeSection()]);
    const draft = await postOwnedBy(editor, { sectionId: home.id });
    expect(await fileIn(editor, draft.id, home.id, [gone.id, other.id])).toMatchObject({ ok: true });
    expect((await listPublishedPosts({ kind: "section", sectionId: other.id }, 1)).items).toEqual([]);
    await db.section.delete({ where: { id: gone.id } });
    expect((await getEditablePost(editor.viewer, draft.id))!.otherSectionIds).toEqual([other.id]);
  });
});
