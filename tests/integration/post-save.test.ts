import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { MARKDOWN_RENDER_VERSION } from "../../lib/markdown";
import { checkSlugAction, createPostAction, renderPreviewAction, savePostAction } from "../../lib/posts/actions";
import { getEditablePost } from "../../lib/posts/data/editable";
import type { PostFieldsInput } from "../../lib/posts/editor-schema";
import { AUTOSAVE_WINDOW_MS } from "../../lib/posts/data/save";
import { makeContributor, makePost, makeSection } from "../helpers/factories";
import { editorFields, fieldsOf, postOwnedBy } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

async function save(
  account: TestAccount,
  postId: string,
  fields: PostFieldsInput,
  options: { autosave?: boolean; version?: number } = {},
) {
  const version = options.version ?? (await db.post.findUniqueOrThrow({ where: { id: postId } })).version;
  return asViewer(account, () => savePostAction({ postId, version, autosave: options.autosave ?? false, fields }));
}

async function makeMedia(uploadedById: string) {
  const key = Math.random().toString(36).slice(2);
  return db.media.create({
    data: {
      storageKey: `test/${key}`,
      originalName: "river.jpg",
      mimeType: "image/jpeg",
      width: 1600,
      height: 900,
      bytes: 1000,
      uploadedById,
    },
  });
}

describe("creating a post", () => {
  it("starts an untitled draft created by the writer and credited to their profile", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const result = await asViewer(author, () => createPostAction({ type: "OPINION" }));
    if (!result.ok) throw new Error(result.error.message);
    const post = await db.post.findUniqueOrThrow({ where: { id: result.data.id }, include: { bylines: true } });
    expect(post).toMatchObject({
      title: "Untitled",
      status: "DRAFT",
      type: "OPINION",
      createdById: author.viewer.id,
      version: 1,
    });
    expect(post.bylines.map((b) => b.contributorId)).toEqual([author.viewer.contributorId]);
    expect(await db.auditLog.count({ where: { action: "post.create", subjectId: post.id } })).toBe(1);
  });
});

describe("saving a post", () => {
  it("answers a save with what the saved post still lacks before publishing, the same list the editor opens with", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const result = await save(
      author,
      post.id,
      editorFields({
        title: "",
        body: "  ",
        bylines: [],
        hero: { mediaId: null, url: "https://example.org/door.jpg", alt: "", caption: "", credit: "" },
      }),
      { autosave: true },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const missing = [
      "Give the post a title.",
      "Write the body of the post.",
      "Add at least one byline.",
      "Describe the hero image in its alt text.",
    ];
    expect(result.data.missingForPublish).toEqual(missing);
    expect((await getEditablePost(author.viewer, post.id))!.missingForPublish).toEqual(missing);
  });

  it("writes every field, renders the body and moves to the next version in one save", async () => {
    const editor = await makeAccount("EDITOR");
    const writer = await makeContributor({
      jobTitle: "Tenant organiser",
      organisation: "Riverside Homes",
      userId: editor.viewer.id,
    });
    const section = await makeSection();
    const existingTag = await db.tag.create({ data: { name: "Housing", slug: "housing" } });
    const media = await makeMedia(editor.viewer.id);
    const post = await makePost({
      status: "DRAFT",
      publishedAt: null,
      createdById: editor.viewer.id,
      contributorIds: [],
    });

    const result = await save(
      editor,
      post.id,
      editorFields({
        title: "  Why we still knock on doors  ",
        standfirst: "Door to door.",
        type: "FEATURE",
        sectionId: section.id,
        body: `## On the doorstep\n\nWe knock.\n\n![A door](/media/${media.id}/w800.webp)`,
        tagNames: ["housing", "Repairs & maintenance", "repairs and maintenance"],
        bylines: [{ contributorId: writer.id }],
        seoTitle: "Knocking on doors",
        hashtag: "#UKhousing",
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));

    expect(result.data).toMatchObject({ version: 2, slug: "why-we-still-knock-on-doors", missingForPublish: [] });
    const stored = await db.post.findUniqueOrThrow({
      where: { id: post.id },
      include: { bylines: true, tags: { include: { tag: true } }, media: true, revisions: true },
    });
    expect(stored).toMatchObject({
      title: "Why we still knock on doors",
      standfirst: "Door to door.",
      type: "FEATURE",
      sectionId: section.id,
      seoTitle: "Knocking on doors",
      hashtag: "UKhousing",
      version: 2,
      renderVersion: MARKDOWN_RENDER_VERSION,
    });
    expect(stored.html).toContain('<h2 id="h-on-the-doorstep">On the doorstep</h2>');
    expect(stored.plainText).toContain("We knock.");
    expect(stored.headings).toEqual([{ depth: 2, id: "h-on-the-doorstep", text: "On the doorstep" }]);
    expect(stored.bylines).toMatchObject([
      { contributorId: writer.id, position: 0, jobTitle: "Tenant organiser", organisation: "Riverside Homes" },
    ]);
    // "Repairs & maintenance" and "repairs and maintenance" are one tag; "housing" reuses the existing one.
    expect(stored.tags.map((t) => t.tag.slug).sort()).toEqual(["housing", "repairs-and-maintenance"]);
    expect(stored.tags.find((t) => t.tag.slug === "housing")?.tagId).toBe(existingTag.id);
    expect(stored.media.map((m) => m.mediaId)).toEqual([media.id]);
    expect(stored.revisions).toMatchObject([
      { kind: "MANUAL", version: 2, title: "Why we still knock on doors", authorId: editor.viewer.id },
    ]);
  });

  it("takes the hero's fields from the editor and remembers which library image it is", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const media = await makeMedia(author.viewer.id);
    const post = await postOwnedBy(author);
    const hero = {
      mediaId: media.id,
      url: `/media/${media.id}/w1600.webp`,
      alt: "A red front door",
      caption: "Bow, 2026",
      credit: "Sam Lee",
    };
    const editable = (await getEditablePost(author.viewer, post.id))!;
    const result = await save(author, post.id, fieldsOf(editable, { hero }));
    expect(result.ok).toBe(true);
    const stored = await db.post.findUniqueOrThrow({ where: { id: post.id }, include: { media: true } });
    expect(stored).toMatchObject({
      heroMediaId: media.id,
      heroImageUrl: hero.url,
      heroAlt: "A red front door",
      heroCaption: "Bow, 2026",
      heroCredit: "Sam Lee",
    });
    expect(stored.media.map((m) => m.mediaId)).toEqual([media.id]);
  });

  it("renders a guest writer's links as untrusted and a staff writer's as trusted", async () => {
    const editor = await makeAccount("EDITOR");
    const guest = await makeContributor();
    const staff = await makeContributor({ userId: editor.viewer.id });
    const body = "See [the report](https://example.org/report).";
    const guestPost = await makePost({ status: "DRAFT", publishedAt: null, contributorIds: [] });
    const staffPost = await makePost({ status: "DRAFT", publishedAt: null, contributorIds: [] });
    await save(
      editor,
      guestPost.id,
      editorFields({ title: "Guest piece", body, bylines: [{ contributorId: staff.id }, { contributorId: guest.id }] }),
    );
    await save(
      editor,
      staffPost.id,
      editorFields({ title: "Staff piece", body, bylines: [{ contributorId: staff.id }] }),
    );
    const [guestHtml, staffHtml] = await Promise.all(
      [guestPost, staffPost].map(async (p) => (await db.post.findUniqueOrThrow({ where: { id: p.id } })).html),
    );
    expect(guestHtml).toContain('rel="noopener noreferrer nofollow ugc"');
    expect(staffHtml).toContain('rel="noopener noreferrer"');
    expect(staffHtml).not.toContain("nofollow");
  });

  it("makes the slug from the title while the post is unpublished, and keeps a slug the writer typed", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const created = await asViewer(author, () => createPostAction({}));
    if (!created.ok) throw new Error(created.error.message);
    const id = created.data.id;
    const first = await save(
      author,
      id,
      editorFields({
        title: "Rent setting explained",
        slug: (await db.post.findUniqueOrThrow({ where: { id } })).slug,
      }),
    );
    expect(first.ok && first.data.slug).toBe("rent-setting-explained");
    const second = await save(
      author,
      id,
      editorFields({ title: "Rent setting, explained again", slug: "rent-setting-explained" }),
    );
    expect(second.ok && second.data.slug).toBe("rent-setting-explained-again");
    const typed = await save(author, id, editorFields({ title: "Rent setting, explained again", slug: "rents" }));
    expect(typed.ok && typed.data.slug).toBe("rents");
    const retitled = await save(author, id, editorFields({ title: "Something else entirely", slug: "rents" }));
    expect(retitled.ok && retitled.data.slug).toBe("rents");
  });

  it("makes a generated slug unique, and refuses a typed slug another post holds with a free suggestion", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    await makePost({ slug: "damp-and-mould" });
    const post = await postOwnedBy(author);
    const generated = await save(author, post.id, editorFields({ title: "Damp and mould", slug: "" }));
    expect(generated.ok && generated.data.slug).toBe("damp-and-mould-2");

    const other = await postOwnedBy(author);
    const before = await db.post.findUniqueOrThrow({ where: { id: other.id } });
    const typed = await save(author, other.id, editorFields({ title: "Another", slug: "damp-and-mould" }));
    expect(typed.ok).toBe(false);
    if (typed.ok) return;
    expect(typed.error.code).toBe("validation");
    expect(typed.error.fieldErrors["fields.slug"]?.[0]).toContain("damp-and-mould-3");
    expect(await db.post.findUniqueOrThrow({ where: { id: other.id } })).toEqual(before);
  });

  it("says whether a slug is free and suggests one that is", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    await makePost({ slug: "estate-news" });
    const post = await postOwnedBy(author);
    await expect(asViewer(author, () => checkSlugAction({ postId: post.id, slug: "estate-news" }))).resolves.toEqual({
      ok: true,
      data: { available: false, reserved: false, suggestion: "estate-news-2" },
    });
    await expect(
      asViewer(author, () => checkSlugAction({ postId: post.id, slug: "estate-news-today" })),
    ).resolves.toEqual({ ok: true, data: { available: true, reserved: false, suggestion: "estate-news-today" } });
    await expect(asViewer(author, () => checkSlugAction({ postId: post.id, slug: post.slug }))).resolves.toMatchObject({
      ok: true,
      data: { available: true },
    });
  });

  it("keeps a published post's old address as a redirect and marks changed text as updated", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const post = await postOwnedBy(editor, {
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 86_400_000),
      slug: "old-address",
    });
    const editable = (await getEditablePost(editor.viewer, post.id))!;

    const sameText = await save(editor, post.id, fieldsOf(editable, { seoTitle: "Only SEO changed" }));
    expect(sameText.ok).toBe(true);
    expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).contentUpdatedAt).toBeNull();

    const moved = await save(editor, post.id, fieldsOf(editable, { slug: "new-address", body: "Corrected text." }));
    expect(moved.ok && moved.data.slug).toBe("new-address");
    const stored = await db.post.findUniqueOrThrow({ where: { id: post.id }, include: { redirects: true } });
    expect(stored.redirects.map((r) => r.oldSlug)).toEqual(["old-address"]);
    expect(stored.contentUpdatedAt).not.toBeNull();
  });

  it("refuses a stale version with the stored post and keeps the refused text as a CONFLICT revision", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(author);
    const opened = (await getEditablePost(author.viewer, post.id))!;
    const theirs = await save(editor, post.id, fieldsOf(opened, { body: "The editor's text." }), {
      version: opened.version,
    });
    expect(theirs.ok).toBe(true);
    const afterTheirs = await db.post.findUniqueOrThrow({ where: { id: post.id } });

    const mine = await save(author, post.id, fieldsOf(opened, { title: "My title", body: "My refused text." }), {
      version: opened.version,
    });
    expect(mine.ok).toBe(false);
    if (mine.ok) return;
    expect(mine.error.code).toBe("conflict");
    expect(mine.error.current).toMatchObject({ id: post.id, version: opened.version + 1, body: "The editor's text." });
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toEqual(afterTheirs);
    const conflict = await db.revision.findFirstOrThrow({ where: { postId: post.id, kind: "CONFLICT" } });
    expect(conflict).toMatchObject({
      authorId: author.viewer.id,
      version: opened.version,
      title: "My title",
      body: "My refused text.",
    });
  });

  it("keeps autosaves within ten minutes in one revision and starts a new one after that", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const fields = fieldsOf((await getEditablePost(author.viewer, post.id))!);
    await save(author, post.id, { ...fields, body: "First pause." }, { autosave: true });
    await save(author, post.id, { ...fields, body: "Second pause." }, { autosave: true });
    let autosaves = await db.revision.findMany({ where: { postId: post.id, kind: "AUTOSAVE" } });
    expect(autosaves).toHaveLength(1);
    expect(autosaves[0]).toMatchObject({ body: "Second pause.", version: 3 });

    await db.revision.update({
      where: { id: autosaves[0]!.id },
      data: { createdAt: new Date(Date.now() - AUTOSAVE_WINDOW_MS - 1000) },
    });
    await save(author, post.id, { ...fields, body: "Third pause." }, { autosave: true });
    autosaves = await db.revision.findMany({
      where: { postId: post.id, kind: "AUTOSAVE" },
      orderBy: { createdAt: "asc" },
    });
    expect(autosaves.map((r) => r.body)).toEqual(["Second pause.", "Third pause."]);
  });

  it("does not fold one writer's autosave into another's", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const editor = await makeAccount("EDITOR");
    const post = await postOwnedBy(author);
    const fields = fieldsOf((await getEditablePost(author.viewer, post.id))!);
    await save(author, post.id, { ...fields, body: "Author's pause." }, { autosave: true });
    await save(editor, post.id, { ...fields, body: "Editor's pause." }, { autosave: true });
    const autosaves = await db.revision.findMany({ where: { postId: post.id, kind: "AUTOSAVE" } });
    expect(autosaves.map((r) => r.authorId).sort()).toEqual([author.viewer.id, editor.viewer.id].sort());
  });

  it("keeps an autosave of a published post as a revision and leaves what readers see until a deliberate save", async () => {
    const editor = await makeAccount("EDITOR", { withContributor: true });
    const post = await postOwnedBy(editor, { status: "PUBLISHED", publishedAt: new Date(), body: "Live text." });
    const editable = (await getEditablePost(editor.viewer, post.id))!;
    const before = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    const autosaved = await save(editor, post.id, fieldsOf(editable, { body: "Half-typed corr" }), { autosave: true });
    expect(autosaved).toMatchObject({ ok: true, data: { version: editable.version } });
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toEqual(before);
    expect(await db.revision.findFirst({ where: { postId: post.id, kind: "AUTOSAVE" } })).toMatchObject({
      body: "Half-typed corr",
    });

    const saved = await save(editor, post.id, fieldsOf(editable, { body: "Corrected text." }), {
      version: editable.version,
    });
    expect(saved).toMatchObject({ ok: true, data: { version: editable.version + 1 } });
    expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).body).toBe("Corrected text.");
  });

  it("lets an autosave keep an untitled draft but asks a deliberate save for a title", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const autosaved = await save(author, post.id, editorFields({ title: "" }), { autosave: true });
    expect(autosaved.ok).toBe(true);
    expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).title).toBe("Untitled");
    if (autosaved.ok) expect(autosaved.data.missingForPublish).toContain("Give the post a title.");

    const before = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    const manual = await save(author, post.id, editorFields({ title: "" }));
    expect(manual).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { "fields.title": ["Give the post a title."] } },
    });
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toEqual(before);
  });

  it("refuses ids that do not exist as field errors and changes nothing", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author);
    const before = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    const result = await save(
      author,
      post.id,
      editorFields({ sectionId: "no-such-section", bylines: [{ contributorId: "nobody" }] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fieldErrors).sort()).toEqual(["fields.bylines", "fields.sectionId"]);
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toEqual(before);
  });
});

describe("the editor's live preview", () => {
  it("renders the body with the pipeline and options of the public page", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const post = await postOwnedBy(author, { slug: "live-preview", hashtag: "UKhousing" });
    const body = "## Heading\n\n:::shareline\nHomes first.\n:::\n\n<script>alert(1)</script>";
    const result = await asViewer(author, () => renderPreviewAction({ body, language: "en-GB", postId: post.id }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.html).toContain('<h2 id="h-heading">Heading</h2>');
    expect(result.data.html).toContain("live-preview");
    expect(result.data.html).toContain("UKhousing");
    expect(result.data.html).not.toContain("<script");
  });

  it("is for writers only", async () => {
    const reader = await makeAccount("READER");
    await expect(asViewer(reader, () => renderPreviewAction({ body: "Hi", language: "en-GB" }))).resolves.toMatchObject(
      { ok: false, error: { code: "forbidden" } },
    );
  });
});
