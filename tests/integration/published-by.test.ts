import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleView } from "../../components/article/article-view";
import { db } from "../../lib/db";
import { publishDuePosts } from "../../lib/jobs/publish-due-posts";
import { parsePostsListParams } from "../../lib/posts/admin-list-params";
import {
  publishPostAction,
  returnToDraftAction,
  schedulePostAction,
  unpublishPostAction,
} from "../../lib/posts/actions";
import { listAdminPosts } from "../../lib/posts/data/admin-list";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { getEditablePost } from "../../lib/posts/data/editable";
import { updateSettingsAction } from "../../lib/settings/actions";
import { postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

const HOUR = 60 * 60 * 1000;
const stored = (id: string) =>
  db.post.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, publishedById: true, scheduledById: true },
  });

async function publishedDraft(by: TestAccount) {
  const post = await postOwnedBy(by);
  const result = await asViewer(by, () => publishPostAction({ postId: post.id, version: post.version }));
  if (!result.ok) throw new Error(result.error.message);
  return post;
}

describe("who is recorded as a post's publisher", () => {
  it("is the editor who pressed Publish", async () => {
    const editor = await makeAccount("EDITOR", { name: "Esther Editor" });
    const post = await publishedDraft(editor);
    expect(await stored(post.id)).toMatchObject({ status: "PUBLISHED", publishedById: editor.viewer.id });
  });

  it("stays the first publisher when another editor publishes the post again after unpublishing it", async () => {
    const first = await makeAccount("EDITOR");
    const second = await makeAccount("EDITOR");
    const post = await publishedDraft(first);
    await asViewer(second, () => unpublishPostAction({ postId: post.id }));
    const { version } = await stored(post.id);
    await asViewer(second, () => publishPostAction({ postId: post.id, version }));
    expect(await stored(post.id)).toMatchObject({ status: "PUBLISHED", publishedById: first.viewer.id });
  });

  it("is, for a scheduled post, the editor who scheduled it, once the scheduler has published it", async () => {
    const scheduler = await makeAccount("EDITOR");
    const post = await postOwnedBy(scheduler);
    const when = new Date(Date.now() + HOUR).toISOString();
    await asViewer(scheduler, () => schedulePostAction({ postId: post.id, version: post.version, scheduledAt: when }));
    // Nobody has published it yet: scheduling alone names no publisher.
    expect(await stored(post.id)).toMatchObject({
      status: "SCHEDULED",
      publishedById: null,
      scheduledById: scheduler.viewer.id,
    });

    await db.post.update({ where: { id: post.id }, data: { scheduledAt: new Date(Date.now() - 1000) } });
    expect((await publishDuePosts()).published).toContain(post.id);
    expect(await stored(post.id)).toMatchObject({
      status: "PUBLISHED",
      publishedById: scheduler.viewer.id,
      scheduledById: null,
    });
  });

  it("forgets who scheduled a post taken out of the schedule", async () => {
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(editor);
    const when = new Date(Date.now() + HOUR).toISOString();
    await asViewer(editor, () => schedulePostAction({ postId: post.id, version: post.version, scheduledAt: when }));
    await asViewer(editor, () => returnToDraftAction({ postId: post.id, note: "" }));
    expect(await stored(post.id)).toMatchObject({ status: "DRAFT", publishedById: null, scheduledById: null });
  });
});

describe("where the publisher is shown", () => {
  afterEach(() => db.siteSetting.deleteMany({ where: { key: "showPublishedBy" } }));

  it("the editor's workflow panel and the posts list always name the publisher", async () => {
    const editor = await makeAccount("EDITOR", { name: "Esther Editor" });
    const post = await publishedDraft(editor);
    expect(await getEditablePost(editor.viewer, post.id)).toMatchObject({ publishedByName: "Esther Editor" });
    const list = await listAdminPosts(editor.viewer, parsePostsListParams({ status: "PUBLISHED" }));
    expect(list.items.find((row) => row.id === post.id)).toMatchObject({ publishedByName: "Esther Editor" });
  });

  it("articles do not name their publisher while the site setting is off, as it is by default", async () => {
    const editor = await makeAccount("EDITOR", { name: "Esther Editor" });
    const post = await publishedDraft(editor);
    const page = await getArticlePage((await db.post.findUniqueOrThrow({ where: { id: post.id } })).slug);
    expect(page!.post.publishedBy).toBeNull();
    expect(JSON.stringify(page)).not.toContain("Esther Editor");
  });

  it("articles name their publisher, never by email, once an admin turns the setting on", async () => {
    const admin = await makeAccount("ADMIN");
    const editor = await makeAccount("EDITOR", { name: "Esther Editor" });
    const post = await publishedDraft(editor);
    const turnedOn = await asViewer(admin, () => updateSettingsAction({ showPublishedBy: "on" }));
    expect(turnedOn).toMatchObject({ ok: true, data: { changed: ["showPublishedBy"] } });

    const page = (await getArticlePage(post.slug))!;
    expect(page.post.publishedBy).toBe("Esther Editor");
    expect(JSON.stringify(page)).not.toContain(editor.viewer.email);
    const html = renderToStaticMarkup(
      createElement(ArticleView, {
        page,
        settings: { socialHandle: null, hashtag: null },
        siteUrl: "https://example.org",
        ui: { language: "en-GB", prefix: "" },
      }),
    );
    expect(html).toContain("Published by Esther Editor");
  });

  it("an article whose publisher has no display name names nobody rather than their email", async () => {
    const admin = await makeAccount("ADMIN");
    const editor = await makeAccount("EDITOR");
    await db.user.update({ where: { id: editor.viewer.id }, data: { name: null } });
    const post = await publishedDraft(editor);
    await asViewer(admin, () => updateSettingsAction({ showPublishedBy: "on" }));
    const page = (await getArticlePage(post.slug))!;
    expect(page.post.publishedBy).toBeNull();
    expect(JSON.stringify(page)).not.toContain(editor.viewer.email);
  });
});
