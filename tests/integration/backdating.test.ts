import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ArticleView } from "../../components/article/article-view";
import { db } from "../../lib/db";
import { getFeedChannel } from "../../lib/feeds/data/queries";
import { backdatePostAction, savePostAction } from "../../lib/posts/actions";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { getEditablePost } from "../../lib/posts/data/editable";
import { listPublishedPosts } from "../../lib/posts/data/queries";
import { listSitemapSegment } from "../../lib/sitemap/data/queries";
import { daysAgo, makePost, makeSection } from "../helpers/factories";
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

const row = (id: string) =>
  db.post.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, publishedAt: true, contentUpdatedAt: true },
  });
const backdate = (account: TestAccount | null, post: { id: string; version: number }, publishedAt: Date) =>
  asViewer(account, () =>
    backdatePostAction({ postId: post.id, version: post.version, publishedAt: publishedAt.toISOString() }),
  );
const render = (page: NonNullable<Awaited<ReturnType<typeof getArticlePage>>>) =>
  renderToStaticMarkup(
    createElement(ArticleView, {
      page,
      settings: { socialHandle: null, hashtag: null },
      siteUrl: "https://example.org",
      ui: { language: "en-GB", prefix: "" },
    }),
  );

describe("backdating a published post", () => {
  it("an editor moves the publication date earlier, audited with both dates, and the lists showing it are refreshed", async () => {
    const editor = await makeAccount("EDITOR");
    const section = await makeSection();
    const post = await makePost({ sectionId: section.id, publishedAt: daysAgo(1) });
    const before = await row(post.id);
    const earlier = daysAgo(400);

    const result = await backdate(editor, post, earlier);
    expect(result).toEqual({ ok: true, data: { version: post.version + 1, status: "PUBLISHED" } });
    expect(await row(post.id)).toMatchObject({ status: "PUBLISHED", publishedAt: earlier, contentUpdatedAt: null });
    const entry = await db.auditLog.findFirstOrThrow({ where: { subjectId: post.id, action: "post.backdate" } });
    expect(entry).toMatchObject({
      actorId: editor.viewer.id,
      data: { publishedAt: [before.publishedAt!.toISOString(), earlier.toISOString()] },
    });
    expect(expired.tags).toEqual(expect.arrayContaining(["posts", `post:${post.id}`, `section:${section.id}`]));
  });

  it("moves the post to its place by the new date in listings, feeds and the sitemap", async () => {
    const editor = await makeAccount("EDITOR");
    const section = await makeSection();
    const newest = await makePost({ sectionId: section.id, publishedAt: daysAgo(1) });
    const middle = await makePost({ sectionId: section.id, publishedAt: daysAgo(5) });
    const oldest = await makePost({ sectionId: section.id, publishedAt: daysAgo(9) });
    const listed = async () =>
      (await listPublishedPosts({ kind: "section", sectionId: section.id })).items.map((p) => p.slug);
    expect(await listed()).toEqual([newest.slug, middle.slug, oldest.slug]);

    await backdate(editor, newest, daysAgo(7));
    expect(await listed()).toEqual([middle.slug, newest.slug, oldest.slug]);
    const feed = await getFeedChannel({ kind: "section", slug: section.slug }, { includeContent: false });
    expect(feed!.posts.map((p) => p.slug)).toEqual([middle.slug, newest.slug, oldest.slug]);
    const sitemap = (await listSitemapSegment("posts", 1, 50_000)).map((e) => e.path);
    const inSitemap = [oldest, newest, middle].map((p) => sitemap.indexOf(`/articles/${p.slug}`));
    expect(inSitemap).toEqual([...inSitemap].sort((a, b) => a - b));
  });

  it("refuses a date in the future with a message on the field, and changes nothing", async () => {
    const editor = await makeAccount("EDITOR");
    const post = await makePost({ publishedAt: daysAgo(1) });
    const before = await row(post.id);
    const result = await backdate(editor, post, new Date(Date.now() + 60 * 60 * 1000));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { publishedAt: [expect.stringContaining("in the past")] } },
    });
    expect(await row(post.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { subjectId: post.id } })).toBe(0);
    expect(expired.tags).toEqual([]);
  });

  it("an author cannot backdate, not even their own published post, and the row is unchanged", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author, { status: "PUBLISHED", publishedAt: daysAgo(2) });
    const before = await row(post.id);
    expect(await backdate(author, post, daysAgo(30))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await backdate(null, post, daysAgo(30))).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    expect(await row(post.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { subjectId: post.id } })).toBe(0);
    expect((await getEditablePost(author.viewer, post.id))!.permissions.canBackdate).toBe(false);
  });

  it("offers backdating to editors on published posts only, and refuses it on a draft", async () => {
    const editor = await makeAccount("EDITOR");
    const published = await makePost({ publishedAt: daysAgo(2) });
    const draft = await postOwnedBy(editor);
    expect((await getEditablePost(editor.viewer, published.id))!.permissions.canBackdate).toBe(true);
    expect((await getEditablePost(editor.viewer, draft.id))!.permissions.canBackdate).toBe(false);
    expect(await backdate(editor, draft, daysAgo(30))).toMatchObject({ ok: false, error: { code: "validation" } });
    expect((await row(draft.id)).publishedAt).toBeNull();
  });

  it("refuses a backdate based on an old version of the post", async () => {
    const editor = await makeAccount("EDITOR");
    const post = await makePost({ publishedAt: daysAgo(2), version: 3 });
    const before = await row(post.id);
    expect(await backdate(editor, { id: post.id, version: 2 }, daysAgo(30))).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect(await row(post.id)).toEqual(before);
  });
});

describe("the article's Updated line after backdating", () => {
  it("does not appear for a backdated post that was never edited after publication", async () => {
    const editor = await makeAccount("EDITOR");
    const post = await makePost({ publishedAt: daysAgo(1) });
    await backdate(editor, post, daysAgo(200));
    const page = (await getArticlePage(post.slug))!;
    expect(page.post.contentUpdatedAt).toBeNull();
    expect(render(page)).not.toContain("Updated");
  });

  it("keeps the date of a real edit made after publication, not the backdated date", async () => {
    const editor = await makeAccount("EDITOR");
    const editedAt = daysAgo(3);
    const post = await makePost({ publishedAt: daysAgo(10), contentUpdatedAt: editedAt });
    await backdate(editor, post, daysAgo(200));
    const page = (await getArticlePage(post.slug))!;
    expect(page.post.contentUpdatedAt).toEqual(editedAt);
    expect(render(page)).toContain(`Updated <time dateTime="${editedAt.toISOString()}"`);
  });

  it("shows the day of an edit made after the backdating", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const post = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: daysAgo(1) });
    await backdate(editor, post, daysAgo(200));
    const editable = (await getEditablePost(editor.viewer, post.id))!;
    const saved = await asViewer(editor, () =>
      savePostAction({
        postId: post.id,
        version: editable.version,
        autosave: false,
        fields: fieldsOf(editable, { body: "A corrected body." }),
      }),
    );
    expect(saved.ok).toBe(true);
    const page = (await getArticlePage(post.slug))!;
    expect(Date.now() - page.post.contentUpdatedAt!.getTime()).toBeLessThan(60_000);
    expect(render(page)).toContain(`Updated <time dateTime="${page.post.contentUpdatedAt!.toISOString()}"`);
  });
});
