import { beforeEach, describe, expect, it } from "vitest";
import { getViewer } from "../../lib/auth/viewer";
import { getApprovedThread, countApprovedComments, THREAD_PAGE_SIZE } from "../../lib/comments/reader/data/thread";
import {
  createCommentAction,
  deleteOwnCommentAction,
  editOwnCommentAction,
  reportCommentAction,
  setDisplayNameAction,
} from "../../lib/comments/reader/actions";
import { issueFormStamp } from "../../lib/comments/spam/form-stamp";
import { getReaderCommentState } from "../../lib/comments/reader/data/queries";
import { db } from "../../lib/db";
import { listPublishedPosts } from "../../lib/posts/data/queries";
import { siteSettingsSchema } from "../../lib/settings/schema";
import { daysAgo, makePost, makeSection } from "../helpers/factories";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// Readers' side of comments, through the real server actions as signed-in accounts.

beforeEach(async () => {
  await db.siteSetting.deleteMany();
});

const setSetting = (key: string, value: number) =>
  db.siteSetting.upsert({ where: { key }, create: { key, value }, update: { value } });

const reader = (name = "Rosa Reader") => makeAccount("READER", { name });

/** As the island posts: with the stamp of a form shown a minute ago. */
async function post(account: TestAccount, postId: string, body: string, parentId?: string) {
  const formStamp = issueFormStamp(postId, new Date(Date.now() - 60_000));
  return asViewer(account, () => createCommentAction({ postId, body, formStamp, ...(parentId ? { parentId } : {}) }));
}

async function postedId(account: TestAccount, postId: string, body: string, parentId?: string): Promise<string> {
  const result = await post(account, postId, body, parentId);
  if (!result.ok) throw new Error(`comment refused: ${result.error.message}`);
  return result.data.comment.id;
}

const approve = (id: string) => db.comment.update({ where: { id }, data: { status: "APPROVED" } });

describe("posting a comment", () => {
  it("stores a new comment as pending, which the public thread does not show until it is approved", async () => {
    const article = await makePost();
    const rosa = await reader();
    const result = await post(rosa, article.id, "Thanks for writing this.");
    expect(result).toMatchObject({ ok: true, data: { status: "PENDING" } });
    const id = result.ok ? result.data.comment.id : "";

    expect((await getApprovedThread(article.id)).items).toEqual([]);
    await approve(id);
    const thread = await getApprovedThread(article.id);
    expect(thread.total).toBe(1);
    expect(thread.items).toMatchObject([
      { id, authorName: "Rosa Reader", html: "<p>Thanks for writing this.</p>", replies: [] },
    ]);
  });

  it("shows the reader their own pending comment, and nobody else", async () => {
    const article = await makePost();
    const rosa = await reader();
    const sam = await reader("Sam");
    const id = await postedId(rosa, article.id, "Waiting for a moderator.");
    expect((await getReaderCommentState(rosa.viewer, article.id)).pending.map((c) => c.id)).toEqual([id]);
    expect((await getReaderCommentState(sam.viewer, article.id)).pending).toEqual([]);
    expect(await getReaderCommentState(null, article.id)).toMatchObject({ signedIn: false, pending: [] });
  });

  it("lists approved comments oldest first with their approved replies, one level deep", async () => {
    const article = await makePost();
    const rosa = await reader();
    const sam = await reader("Sam");
    const first = await postedId(rosa, article.id, "First");
    const second = await postedId(sam, article.id, "Second");
    await approve(first);
    await approve(second);
    const reply = await postedId(sam, article.id, "A reply to the first", first);
    await approve(reply);

    const nested = await post(rosa, article.id, "A reply to a reply", reply);
    expect(nested).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { parentId: ["comments.error.parent"] } },
    });

    const thread = await getApprovedThread(article.id);
    expect(thread.items.map((c) => [c.id, c.replies.map((r) => r.id)])).toEqual([
      [first, [reply]],
      [second, []],
    ]);
    expect(thread.total).toBe(3);
  });

  it("refuses a reply to a comment that is not approved, or belongs to another article", async () => {
    const article = await makePost();
    const other = await makePost();
    const rosa = await reader();
    const pending = await postedId(rosa, article.id, "Still pending");
    const elsewhere = await postedId(rosa, other.id, "On another article");
    await approve(elsewhere);
    expect(await post(rosa, article.id, "Reply", pending)).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(await post(rosa, article.id, "Reply", elsewhere)).toMatchObject({
      ok: false,
      error: { code: "validation" },
    });
    expect(await db.comment.count({ where: { postId: article.id } })).toBe(1);
  });

  it("pages long threads fifty top-level comments at a time", async () => {
    const article = await makePost();
    const rosa = await reader();
    const start = Date.parse("2026-03-01T10:00:00Z");
    await db.comment.createMany({
      data: Array.from({ length: THREAD_PAGE_SIZE + 3 }, (_, i) => ({
        postId: article.id,
        authorId: rosa.viewer.id,
        body: `c${i}`,
        html: `<p>c${i}</p>`,
        status: "APPROVED" as const,
        createdAt: new Date(start + i * 1000),
      })),
    });
    const first = await getApprovedThread(article.id, 1);
    const second = await getApprovedThread(article.id, 2);
    expect(first.items).toHaveLength(THREAD_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    expect(first.items[0]!.html).toBe("<p>c0</p>");
    expect(second.items.map((c) => c.html)).toEqual(["<p>c50</p>", "<p>c51</p>", "<p>c52</p>"]);
    expect(second.hasNext).toBe(false);
  });

  it("refuses a signed-out visitor and a reader who has not chosen a name", async () => {
    const article = await makePost();
    expect(await asViewer(null, () => createCommentAction({ postId: article.id, body: "Hi" }))).toMatchObject({
      ok: false,
      error: { code: "unauthenticated" },
    });
    const nameless = await makeAccount("READER");
    await db.user.update({ where: { id: nameless.viewer.id }, data: { name: null } });
    expect(await post(nameless, article.id, "Hi")).toMatchObject({
      ok: false,
      error: { message: "comments.error.needsName" },
    });
    expect(await db.comment.count({ where: { postId: article.id } })).toBe(0);
  });

  it("refuses a banned reader", async () => {
    const article = await makePost();
    const rosa = await reader();
    await db.user.update({ where: { id: rosa.viewer.id }, data: { bannedAt: new Date() } });
    expect(await post(rosa, article.id, "Let me in")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.comment.count({ where: { postId: article.id } })).toBe(0);
    const viewer = await asViewer(rosa, () => getViewer());
    expect(await getReaderCommentState(viewer, article.id)).toMatchObject({ banned: true });
  });

  it("refuses a comment longer than the configured limit with a message on the body field", async () => {
    const article = await makePost();
    const rosa = await reader();
    await setSetting("commentMaxLength", 100);
    expect(await post(rosa, article.id, "x".repeat(101))).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { body: ["comments.error.tooLong"] } },
    });
    expect(await post(rosa, article.id, `  ${"x".repeat(100)}  `)).toMatchObject({ ok: true });
    expect(await post(rosa, article.id, "   ")).toMatchObject({
      ok: false,
      error: { fieldErrors: { body: ["comments.error.empty"] } },
    });
    expect(await db.comment.count({ where: { postId: article.id } })).toBe(1);
  });

  it("slows down a reader who posts in bursts", async () => {
    const article = await makePost();
    const rosa = await reader();
    const perMinute = siteSettingsSchema.parse({}).commentRateLimitPerMinute;
    for (let i = 0; i < perMinute; i++) await postedId(rosa, article.id, `Comment ${i}`);
    expect(await post(rosa, article.id, "One too many")).toMatchObject({ ok: false, error: { code: "rate-limited" } });
    expect(await db.comment.count({ where: { authorId: rosa.viewer.id } })).toBe(perMinute);
  });

  it("refuses comments on a post that has them switched off", async () => {
    const article = await makePost({ commentsEnabled: false });
    const rosa = await reader();
    expect(await post(rosa, article.id, "Hello")).toMatchObject({
      ok: false,
      error: { code: "forbidden", message: "comments.error.closed" },
    });
    expect(await db.comment.count({ where: { postId: article.id } })).toBe(0);
  });

  it("closes comments automatically the configured number of days after publication", async () => {
    const old = await makePost({ publishedAt: daysAgo(15) });
    const recent = await makePost({ publishedAt: daysAgo(13) });
    const rosa = await reader();
    await setSetting("commentsCloseAfterDays", 14);
    expect(await post(rosa, old.id, "Too late")).toMatchObject({
      ok: false,
      error: { message: "comments.error.closed" },
    });
    expect(await post(rosa, recent.id, "Just in time")).toMatchObject({ ok: true });
    expect((await getReaderCommentState(rosa.viewer, old.id)).open).toBe(false);
    expect(await db.comment.count({ where: { postId: old.id } })).toBe(0);
  });

  it("refuses comments on a post readers cannot see", async () => {
    const draft = await makePost({ status: "DRAFT", publishedAt: null });
    const rosa = await reader();
    expect(await post(rosa, draft.id, "Sneaky")).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(await db.comment.count({ where: { postId: draft.id } })).toBe(0);
  });

  it("approves a trusted reader's comment at once: enough approved comments and none rejected", async () => {
    const article = await makePost();
    const trusted = await reader("Trusted");
    const mixed = await reader("Mixed");
    await setSetting("trustedCommenterThreshold", 2);
    for (const account of [trusted, mixed]) {
      for (const body of ["one", "two"]) await approve(await postedId(account, article.id, body));
    }
    const rejected = await postedId(mixed, article.id, "rejected");
    await db.comment.update({ where: { id: rejected }, data: { status: "REJECTED" } });

    expect(await post(trusted, article.id, "Straight through")).toMatchObject({
      ok: true,
      data: { status: "APPROVED" },
    });
    expect(await post(mixed, article.id, "Queued")).toMatchObject({ ok: true, data: { status: "PENDING" } });
    expect((await getApprovedThread(article.id)).items.map((c) => c.html)).toContain("<p>Straight through</p>");
  });

  it("renders hostile text safely: no scripts, javascript: links, images, headings or raw HTML", async () => {
    const article = await makePost();
    const rosa = await reader();
    const body = [
      "# Big heading",
      "<script>alert(1)</script>",
      "[click](javascript:alert(1)) and <img src=x onerror=alert(1)>",
      "![tracker](https://evil.example/pixel.png)",
      '<a href="https://evil.example" onclick="steal()">raw link</a>',
      "See https://example.org/page for more.",
    ].join("\n\n");
    const id = await postedId(rosa, article.id, body);
    const { html } = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(html).not.toMatch(/<script|<img|<h\d|javascript:|onerror|onclick|<a href="https:\/\/evil/i);
    expect(html).toContain(
      '<a href="https://example.org/page" rel="noopener noreferrer nofollow ugc">https://example.org/page</a>',
    );
    expect(html).toContain("Big heading");
  });
});

describe("a reader's own comments", () => {
  it("can be edited while pending, and not once approved", async () => {
    const article = await makePost();
    const rosa = await reader();
    const id = await postedId(rosa, article.id, "Frist draft");
    const edited = await asViewer(rosa, () => editOwnCommentAction({ id, body: "First draft" }));
    expect(edited).toMatchObject({ ok: true, data: { id, body: "First draft", html: "<p>First draft</p>" } });
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).editedAt).not.toBeNull();

    await approve(id);
    const refused = await asViewer(rosa, () => editOwnCommentAction({ id, body: "Sneaky change" }));
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe("First draft");
  });

  it("cannot be edited or deleted by someone else", async () => {
    const article = await makePost();
    const rosa = await reader();
    const mallory = await reader("Mallory");
    const id = await postedId(rosa, article.id, "My words");
    const before = await db.comment.findUniqueOrThrow({ where: { id } });

    expect(await asViewer(mallory, () => editOwnCommentAction({ id, body: "Your words" }))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await asViewer(mallory, () => deleteOwnCommentAction({ id }))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    const admin = await makeAccount("ADMIN");
    expect(await asViewer(admin, () => editOwnCommentAction({ id, body: "Admin words" }))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });

    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("can be deleted, leaving other readers' replies in place under a removed placeholder", async () => {
    const article = await makePost();
    const rosa = await reader();
    const sam = await reader("Sam");
    const id = await postedId(rosa, article.id, "Delete me later");
    await approve(id);
    const reply = await postedId(sam, article.id, "A reply", id);
    await approve(reply);

    expect(await asViewer(rosa, () => deleteOwnCommentAction({ id }))).toEqual({ ok: true, data: { id } });
    const thread = await getApprovedThread(article.id);
    expect(thread.total).toBe(1);
    expect(thread.items).toMatchObject([
      { id, removed: true, authorName: null, html: "", replies: [{ id: reply, html: "<p>A reply</p>" }] },
    ]);
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ body: "", html: "" });
  });
});

describe("reporting a comment", () => {
  it("takes one report per reader per comment and refuses the second", async () => {
    const article = await makePost();
    const rosa = await reader();
    const sam = await reader("Sam");
    const id = await postedId(rosa, article.id, "Buy cheap watches");
    await approve(id);

    expect(await asViewer(sam, () => reportCommentAction({ commentId: id, reason: "SPAM" }))).toEqual({
      ok: true,
      data: { commentId: id },
    });
    expect(
      await asViewer(sam, () => reportCommentAction({ commentId: id, reason: "ABUSE", note: "again" })),
    ).toMatchObject({
      ok: false,
      error: { code: "conflict", message: "comments.error.alreadyReported" },
    });
    const reports = await db.commentReport.findMany({ where: { commentId: id } });
    expect(reports).toMatchObject([{ reporterId: sam.viewer.id, reason: "SPAM", note: "" }]);
    expect((await getReaderCommentState(sam.viewer, article.id)).reported).toEqual([id]);
  });

  it("only accepts reports on approved comments, with a known reason, and not on one's own", async () => {
    const article = await makePost();
    const rosa = await reader();
    const sam = await reader("Sam");
    const pending = await postedId(rosa, article.id, "Pending");
    const approved = await postedId(rosa, article.id, "Approved");
    await approve(approved);

    expect(await asViewer(sam, () => reportCommentAction({ commentId: pending, reason: "SPAM" }))).toMatchObject({
      ok: false,
      error: { code: "not-found" },
    });
    expect(await asViewer(rosa, () => reportCommentAction({ commentId: approved, reason: "SPAM" }))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(
      await asViewer(sam, () => reportCommentAction({ commentId: approved, reason: "BORING" as "SPAM" })),
    ).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { reason: ["comments.error.reason"] } },
    });
    expect(await db.commentReport.count({ where: { commentId: { in: [pending, approved] } } })).toBe(0);
  });
});

describe("comment counts", () => {
  it("counts approved comments per post in listings, replies included", async () => {
    const section = await makeSection();
    const busy = await makePost({ sectionId: section.id });
    const quiet = await makePost({ sectionId: section.id });
    const rosa = await reader();
    const first = await postedId(rosa, busy.id, "one");
    await approve(first);
    await approve(await postedId(rosa, busy.id, "reply", first));
    await postedId(rosa, busy.id, "pending");

    expect(await countApprovedComments([busy.id, quiet.id])).toEqual(new Map([[busy.id, 2]]));
    const listing = await listPublishedPosts({ kind: "section", sectionId: section.id });
    const counts = Object.fromEntries(listing.items.map((p) => [p.id, p.commentCount]));
    expect(counts[busy.id]).toBe(2);
    expect(counts[quiet.id]).toBe(0);
  });
});

describe("choosing a display name", () => {
  it("lets a reader set the name shown with their comments, and refuses links and staff", async () => {
    const nameless = await makeAccount("READER");
    await db.user.update({ where: { id: nameless.viewer.id }, data: { name: null } });
    expect(await asViewer(nameless, () => setDisplayNameAction({ name: "  Robin  " }))).toEqual({
      ok: true,
      data: { name: "Robin" },
    });
    expect(await asViewer(nameless, () => setDisplayNameAction({ name: "http://spam.example" }))).toMatchObject({
      ok: false,
      error: { fieldErrors: { name: ["welcome.error.invalid"] } },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: nameless.viewer.id } })).name).toBe("Robin");

    const editor = await makeAccount("EDITOR", { name: "Ed Itor" });
    expect(await asViewer(editor, () => setDisplayNameAction({ name: "Someone Else" }))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.viewer.id } })).name).toBe("Ed Itor");
  });
});
