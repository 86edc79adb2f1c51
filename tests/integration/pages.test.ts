import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { getFeedChannel } from "../../lib/feeds/data/queries";
import { listAdminPages } from "../../lib/pages/data/admin-list";
import { getPublicPage } from "../../lib/pages/data/public-page";
import { checkSlugAction, createPostAction, publishPostAction, savePostAction } from "../../lib/posts/actions";
import { listAdminPosts } from "../../lib/posts/data/admin-list";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { getEditablePost } from "../../lib/posts/data/editable";
import { getStaffPreview } from "../../lib/posts/data/preview";
import { listPublishedPosts } from "../../lib/posts/data/queries";
import type { PostFieldsInput } from "../../lib/posts/editor-schema";
import { searchPosts } from "../../lib/search/data/queries";
import { renderSitemapRoot } from "../../lib/sitemap/render";
import { daysAgo, makeContributor, makePost } from "../helpers/factories";
import { editorFields } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Standalone pages are posts of kind PAGE: written and published through the
// post editor's own actions, shown at their top-level address only.

vi.mock("next/cache", () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
}));
const dataDir = mkdtempSync(path.join(tmpdir(), "masthead-pages-"));
process.env.MASTHEAD_DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const SITE = "https://news.example.org";

async function newPage(account: TestAccount): Promise<string> {
  const created = await asViewer(account, () => createPostAction({ kind: "PAGE" }));
  if (!created.ok) throw new Error(created.error.message);
  return created.data.id;
}

async function save(account: TestAccount, postId: string, fields: Partial<PostFieldsInput>) {
  const { version } = await db.post.findUniqueOrThrow({ where: { id: postId } });
  return asViewer(account, () =>
    savePostAction({ postId, version, autosave: false, fields: editorFields({ commentsEnabled: false, ...fields }) }),
  );
}

async function publish(account: TestAccount, postId: string) {
  const { version } = await db.post.findUniqueOrThrow({ where: { id: postId } });
  return asViewer(account, () => publishPostAction({ postId, version }));
}

describe("writing a page", () => {
  it("starts a draft page without a byline, even for a writer with a profile, and audits it", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const id = await newPage(editor);
    const page = await db.post.findUniqueOrThrow({ where: { id }, include: { bylines: true } });
    expect(page).toMatchObject({
      kind: "PAGE",
      status: "DRAFT",
      createdById: editor.viewer.id,
      commentsEnabled: false,
    });
    expect(page.bylines).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "post.create", subjectId: id } })).toBe(1);
  });

  it("keeps only a page's own fields, whatever the form sends", async () => {
    const editor = await makeAccount("EDITOR");
    const writer = await makeContributor();
    const id = await newPage(editor);
    const result = await save(editor, id, {
      title: "About us",
      bylines: [{ contributorId: writer.id }],
      tagNames: ["housing"],
      commentsEnabled: true,
      signOff: true,
      hashtag: "about",
    });
    expect(result.ok).toBe(true);
    const page = await db.post.findUniqueOrThrow({ where: { id }, include: { bylines: true, tags: true } });
    expect(page).toMatchObject({ slug: "about-us", commentsEnabled: false, signOff: false, hashtag: null });
    expect(page.bylines).toEqual([]);
    expect(page.tags).toEqual([]);
  });

  it("refuses an address the site keeps for itself with a field error and keeps the stored one", async () => {
    const editor = await makeAccount("EDITOR");
    const id = await newPage(editor);
    expect((await save(editor, id, { title: "Our search" })).ok).toBe(true);
    for (const slug of ["search", "admin", "articles", "sitemap", "page"]) {
      const refused = await save(editor, id, { title: "Our search", slug });
      expect(refused.ok, slug).toBe(false);
      if (!refused.ok)
        expect(refused.error.fieldErrors["fields.slug"]).toEqual([expect.stringMatching(/belongs to the site/)]);
      expect((await db.post.findUniqueOrThrow({ where: { id } })).slug).toBe("our-search");
    }
  });

  it("makes a page's address from its title around the reserved ones", async () => {
    const editor = await makeAccount("EDITOR");
    const id = await newPage(editor);
    expect((await save(editor, id, { title: "Search" })).ok).toBe(true);
    expect((await db.post.findUniqueOrThrow({ where: { id } })).slug).toBe("search-2");
  });

  it("tells the editor's live check that a reserved address is not free for a page, though it is for an article", async () => {
    const editor = await makeAccount("EDITOR");
    const pageId = await newPage(editor);
    const article = await asViewer(editor, () => createPostAction({}));
    if (!article.ok) throw new Error(article.error.message);
    const forPage = await asViewer(editor, () => checkSlugAction({ postId: pageId, slug: "tags" }));
    const forArticle = await asViewer(editor, () => checkSlugAction({ postId: article.data.id, slug: "tags" }));
    expect(forPage).toMatchObject({ ok: true, data: { available: false, reserved: true } });
    expect(forArticle).toMatchObject({ ok: true, data: { available: true, reserved: false } });
  });

  it("offers a contact block only for a contributor who opted in to show contact details", async () => {
    const editor = await makeAccount("EDITOR");
    const private_ = await makeContributor({ email: "quiet@example.org", contactOptIn: false });
    const id = await newPage(editor);
    const refused = await save(editor, id, { title: "Contact", template: "CONTACT", contactId: private_.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(Object.keys(refused.error.fieldErrors)).toEqual(["fields.contactId"]);
    expect(await db.post.findUniqueOrThrow({ where: { id } })).toMatchObject({
      pageTemplate: "PLAIN",
      pageContactId: null,
    });
  });
});

describe("previewing a page", () => {
  it("shows a draft page as a page to staff who may read it, and to nobody else", async () => {
    const editor = await makeAccount("EDITOR");
    const id = await newPage(editor);
    await save(editor, id, { title: "Draft about", body: "Soon." });
    const preview = await getStaffPreview(editor.viewer, id);
    expect(preview?.standalone).toMatchObject({ id, title: "Draft about", contact: null });
    expect(await getStaffPreview((await makeAccount("AUTHOR")).viewer, id)).toBeNull();
  });
});

describe("publishing a page", () => {
  it("needs no byline, but a contact page needs its contact", async () => {
    const editor = await makeAccount("EDITOR");
    const id = await newPage(editor);
    await save(editor, id, { title: "Get in touch", body: "Write to us.", template: "CONTACT" });
    expect((await getEditablePost(editor.viewer, id))!.missingForPublish).toEqual([
      "Choose who the contact block names.",
    ]);
    const refused = await publish(editor, id);
    expect(refused.ok).toBe(false);
    expect((await db.post.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    const contact = await makeContributor({ name: "Amy Contact", email: "amy@example.org", contactOptIn: true });
    await save(editor, id, { title: "Get in touch", body: "Write to us.", template: "CONTACT", contactId: contact.id });
    expect((await publish(editor, id)).ok).toBe(true);
    expect(await getPublicPage("get-in-touch")).toMatchObject({
      title: "Get in touch",
      contact: { name: "Amy Contact", email: "amy@example.org" },
    });
  });

  it("is an editor's decision: an author's own page stays a draft and absent from its address", async () => {
    const author = await makeAccount("AUTHOR");
    const id = await newPage(author);
    await save(author, id, { title: "Author's page", body: "Text." });
    const refused = await publish(author, id);
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await db.post.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    expect(await getPublicPage("authors-page")).toBeNull();
  });

  it("drops the contact block when the contributor withdraws consent", async () => {
    const contact = await makeContributor({ phone: "+44 1632 960 001", contactOptIn: true });
    await makePost({
      kind: "PAGE",
      slug: "withdrawn",
      contributorIds: [],
      pageTemplate: "CONTACT",
      pageContactId: contact.id,
    });
    expect((await getPublicPage("withdrawn"))?.contact).not.toBeNull();
    await db.contributor.update({ where: { id: contact.id }, data: { contactOptIn: false } });
    expect((await getPublicPage("withdrawn"))?.contact).toBeNull();
  });
});

describe("where pages appear", () => {
  it("a published page is at its address and in the sitemap there, and nowhere an article would be", async () => {
    const word = "zebrafinchpage";
    const page = await makePost({ kind: "PAGE", slug: "about-zebra", title: `About ${word}`, contributorIds: [] });
    const article = await makePost({ slug: "article-zebra", title: `Article ${word}` });

    expect(await getPublicPage("about-zebra")).toMatchObject({ id: page.id, title: `About ${word}` });
    expect(await getPublicPage("article-zebra")).toBeNull();
    expect(await getArticlePage("about-zebra")).toBeNull();

    const listed = (await listPublishedPosts({ kind: "all" }, 1)).items.map((p) => p.id);
    expect(listed).toContain(article.id);
    expect(listed).not.toContain(page.id);

    const feed = await getFeedChannel({ kind: "site" }, { includeContent: false });
    expect(feed!.posts.map((p) => p.id)).not.toContain(page.id);

    const found = (await searchPosts(word)).hits.map((h) => h.post.id);
    expect(found).toEqual([article.id]);

    const sitemap = await renderSitemapRoot({ siteUrl: SITE });
    expect(sitemap).toContain(`<loc>${SITE}/about-zebra</loc>`);
    expect(sitemap).not.toContain(`${SITE}/articles/about-zebra`);
    expect(sitemap).toContain(`<loc>${SITE}/articles/article-zebra</loc>`);
  });

  it("a draft, scheduled or archived page answers nothing at its address", async () => {
    await makePost({ kind: "PAGE", slug: "draft-page", status: "DRAFT", publishedAt: null, contributorIds: [] });
    await makePost({ kind: "PAGE", slug: "soon-page", publishedAt: daysAgo(-1), contributorIds: [] });
    await makePost({ kind: "PAGE", slug: "old-page", status: "ARCHIVED", contributorIds: [] });
    for (const slug of ["draft-page", "soon-page", "old-page"]) expect(await getPublicPage(slug), slug).toBeNull();
  });

  it("the newsroom lists pages under Pages and articles under Posts", async () => {
    const editor = await makeAccount("EDITOR");
    const page = await makePost({
      kind: "PAGE",
      slug: "listed-page",
      status: "DRAFT",
      publishedAt: null,
      contributorIds: [],
    });
    const article = await makePost({ slug: "listed-article", status: "DRAFT", publishedAt: null });
    const pages = (await listAdminPages(editor.viewer)).map((p) => p.id);
    const posts = (await listAdminPosts(editor.viewer, { q: "listed", sort: "updated", page: 1 })).items.map(
      (p) => p.id,
    );
    expect(pages).toContain(page.id);
    expect(pages).not.toContain(article.id);
    expect(posts).toEqual([article.id]);
  });
});
