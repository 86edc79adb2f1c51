import { readFile } from "node:fs/promises";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as readerStateRoute } from "../../app/api/comments/route";
import { ModerationItem } from "../../components/admin/comments/moderation-item";
import { CommentList } from "../../components/comments/comment-list";
import { CommentsContext, type CommentsContextValue } from "../../components/comments/comments-context";
import type { ActionResult } from "../../lib/action";
import {
  banReaderAction,
  decideCommentsAction,
  editCommentAction,
  setCommentAlertsAction,
  unbanReaderAction,
  undoLastDecisionAction,
} from "../../lib/comments/moderation/actions";
import { getModerationQueue } from "../../lib/comments/moderation/data/queries";
import { getApprovedThread } from "../../lib/comments/reader/data/thread";
import {
  createCommentAction,
  deleteOwnCommentAction,
  editOwnCommentAction,
  reportCommentAction,
  setDisplayNameAction,
} from "../../lib/comments/reader/actions";
import { getReaderCommentState } from "../../lib/comments/reader/data/queries";
import { issueFormStamp } from "../../lib/comments/spam/form-stamp";
import { db } from "../../lib/db";
import { Forbidden } from "../../lib/errors";
import { translator } from "../../lib/i18n";
import { readOutbox } from "../../lib/mail/outbox-reader";
import { publishPostAction, savePostAction } from "../../lib/posts/actions";
import { hostileLargeCases, hostileSmallCases } from "../fixtures/hostile/corpus";
import { makePost } from "../helpers/factories";
import { editorFields } from "../helpers/post-editor";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";
import { unsafeParts } from "../unit/markdown/helpers/safe-html";

// What readers type is hostile until proven otherwise: comment text through
// the stricter comment schema, names everywhere they are shown, and every
// comment action called directly, past the UI, by someone who may not.

const MAX_LENGTH = 10_000;

beforeEach(async () => {
  await db.comment.deleteMany();
  await db.siteSetting.deleteMany();
  // Hundreds of comments from one reader in a test: the rate limit is not what is tested here.
  await db.siteSetting.createMany({
    data: [
      { key: "commentRateLimitPerMinute", value: 1_000 },
      { key: "commentMaxLength", value: MAX_LENGTH },
    ],
  });
});

const stamp = (postId: string) => issueFormStamp(postId, new Date(Date.now() - 60_000));

function post(account: TestAccount | null, postId: string, body: string, parentId?: string) {
  return asViewer(account, () =>
    createCommentAction({ postId, body, formStamp: stamp(postId), ...(parentId ? { parentId } : {}) }),
  );
}

async function postedId(account: TestAccount, postId: string, body: string): Promise<string> {
  const result = await post(account, postId, body);
  if (!result.ok) throw new Error(`comment refused: ${result.error.message}`);
  return result.data.comment.id;
}

/** The issue's list, checked on top of the strict allow-list checker of the Markdown tests. */
function forbiddenInComment(html: string): string[] {
  const problems = unsafeParts(html, "comment");
  if (/<(script|iframe|img|h[1-6]|style)\b/i.test(html)) problems.push("forbidden element");
  if (/<[^>]*\son[a-z]+\s*=/i.test(html)) problems.push("event handler");
  if (/<[^>]*\s(?:href|src)\s*=\s*["']?\s*(?:javascript|data):/i.test(html)) problems.push("javascript: or data: URL");
  return problems;
}

const HOSTILE_NAME = `<img src=x onerror=alert(1)>"&'`;

describe("hostile comment text", () => {
  it("every small case of the hostile corpus is stored as safe comment HTML", async () => {
    const article = await makePost();
    const rosa = await makeAccount("READER", { name: "Rosa" });
    for (const { name, input } of hostileSmallCases) {
      const result = await post(rosa, article.id, input);
      if (!result.ok) {
        // Only what the schema refuses on purpose: nothing left once trimmed, or over the length limit.
        expect(result.error.fieldErrors.body, name).toEqual([
          input.trim() ? "comments.error.tooLong" : "comments.error.empty",
        ]);
        continue;
      }
      const { html, status } = await db.comment.findUniqueOrThrow({ where: { id: result.data.comment.id } });
      expect(forbiddenInComment(html), `${name} (${status})`).toEqual([]);
    }
    expect(await db.comment.count({ where: { postId: article.id } })).toBeGreaterThan(hostileSmallCases.length * 0.9);
  });

  it("the large cases are refused as too long, or stored safely when they fit", async () => {
    const article = await makePost();
    const rosa = await makeAccount("READER", { name: "Rosa" });
    for (const { name, input } of hostileLargeCases) {
      const result = await post(rosa, article.id, input);
      if (input.trim().length > MAX_LENGTH) {
        expect(result, name).toMatchObject({ ok: false, error: { fieldErrors: { body: ["comments.error.tooLong"] } } });
        continue;
      }
      expect(result.ok, name).toBe(true);
      if (!result.ok) continue;
      const { html } = await db.comment.findUniqueOrThrow({ where: { id: result.data.comment.id } });
      expect(forbiddenInComment(html), name).toEqual([]);
    }
  });

  it("a NUL character is stored as a replacement character rather than failing the comment", async () => {
    const article = await makePost();
    const rosa = await makeAccount("READER", { name: "Rosa" });
    const id = await postedId(rosa, article.id, "before\u0000after");
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe("before\uFFFDafter");
  });
});

describe("display names with HTML in them", () => {
  it("reach moderators as plain text in the alert email", async () => {
    const moderator = await makeAccount("MODERATOR");
    await db.user.update({ where: { id: moderator.viewer.id }, data: { commentAlerts: "IMMEDIATE" } });
    const article = await makePost({ title: "Rents in 2026" });
    const hostile = await makeAccount("READER", { name: HOSTILE_NAME });
    await postedId(hostile, article.id, "A question about rents");

    const [message] = (await readOutbox()).filter((m) => m.to.includes(moderator.viewer.email));
    expect(message!.text).toContain(`${HOSTILE_NAME} commented on “Rents in 2026”`);
    expect(message!.subject).not.toContain("<img");
    const raw = await readFile(message!.file, "utf8");
    expect(raw).not.toMatch(/text\/html/i);
  });

  it("are escaped in the moderation queue", async () => {
    const moderator = await makeAccount("MODERATOR");
    const article = await makePost({ title: `<script>alert("title")</script>` });
    const hostile = await makeAccount("READER", { name: HOSTILE_NAME });
    const parent = await postedId(hostile, article.id, "The first word");
    await db.comment.update({ where: { id: parent }, data: { status: "APPROVED" } });
    await post(hostile, article.id, "A reply", parent);

    const queue = await getModerationQueue(moderator.viewer, { queue: "pending" });
    const [item] = queue.items;
    expect(item!.author.name).toBe(HOSTILE_NAME);
    expect(item!.parent!.authorName).toBe(HOSTILE_NAME);
    const markup = renderToStaticMarkup(
      createElement(ModerationItem, {
        ref: null,
        item: item!,
        focused: false,
        selected: false,
        busy: false,
        timeZone: "Europe/London",
        onFocusItem: () => {},
        onSelect: () => {},
        onDecide: () => {},
        onEdit: () => {},
        onNotice: () => {},
      }),
    );
    expect(markup).toContain("&lt;img src=x onerror=alert(1)&gt;&quot;&amp;&#x27;");
    expect(markup).toContain("&lt;script&gt;");
    expect(markup).not.toMatch(/<img|<script/i);
  });

  it("are escaped in the public thread", async () => {
    const article = await makePost();
    const hostile = await makeAccount("READER", { name: HOSTILE_NAME });
    const id = await postedId(hostile, article.id, "Hello");
    await db.comment.update({ where: { id }, data: { status: "APPROVED" } });

    const { items } = await getApprovedThread(article.id);
    const t = translator("en-GB");
    const context = { t, language: "en-GB", reader: null, replyingTo: null } as unknown as CommentsContextValue;
    const markup = renderToStaticMarkup(
      createElement(
        CommentsContext.Provider,
        { value: context },
        createElement(CommentList, { items, language: "en-GB", t }),
      ),
    );
    expect(markup).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(markup).not.toMatch(/<img/i);
  });
});

async function scene() {
  const article = await makePost();
  const rosa = await makeAccount("READER", { name: "Rosa" });
  const sam = await makeAccount("READER", { name: "Sam" });
  const pending = await postedId(rosa, article.id, "Rosa's pending comment");
  const approved = await postedId(rosa, article.id, "Rosa's approved comment");
  await db.comment.update({ where: { id: approved }, data: { status: "APPROVED" } });
  return { article, rosa, sam, pending, approved };
}

const snapshot = () => db.comment.findMany({ orderBy: { id: "asc" } });

describe("who may do what, by direct calls", () => {
  it("a reader cannot moderate: every moderation action is refused and nothing changes", async () => {
    const { rosa, sam, pending, approved } = await scene();
    const before = await snapshot();
    const users = await db.user.findMany({ orderBy: { id: "asc" } });
    const calls: (() => Promise<ActionResult<unknown>>)[] = [
      () => decideCommentsAction({ commentIds: [pending], decision: "approve" }),
      () => decideCommentsAction({ commentIds: [approved], decision: "spam" }),
      () => editCommentAction({ commentId: approved, body: "Moderated by a reader" }),
      () => banReaderAction({ userId: rosa.viewer.id, reason: "I do not like her" }),
      () => unbanReaderAction({ userId: rosa.viewer.id }),
      () => undoLastDecisionAction({}),
      () => setCommentAlertsAction({ commentAlerts: "IMMEDIATE" }),
    ];
    for (const call of calls)
      expect(await asViewer(sam, call)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    await expect(getModerationQueue(sam.viewer, { queue: "pending" })).rejects.toBeInstanceOf(Forbidden);
    expect(await snapshot()).toEqual(before);
    expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(users);
  });

  it("a reader cannot edit or delete another reader's comment, pending or approved", async () => {
    const { sam, pending, approved } = await scene();
    const before = await snapshot();
    for (const id of [pending, approved]) {
      expect(await asViewer(sam, () => editOwnCommentAction({ id, body: "Sam's words now" }))).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      expect(await asViewer(sam, () => deleteOwnCommentAction({ id }))).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a reader cannot see another reader's pending comment through the reader state, by query or by route", async () => {
    const { article, rosa, sam, pending } = await scene();
    expect((await getReaderCommentState(rosa.viewer, article.id)).pending.map((c) => c.id)).toEqual([pending]);
    expect((await getReaderCommentState(sam.viewer, article.id)).pending).toEqual([]);

    const request = () => readerStateRoute(new Request(`http://localhost/api/comments?postId=${article.id}`));
    const asSam = (await (await asViewer(sam, request)).json()) as { pending: unknown[]; ownApproved: unknown[] };
    const anonymous = (await (await asViewer(null, request)).json()) as { pending: unknown[]; signedIn: boolean };
    expect(asSam.pending).toEqual([]);
    expect(asSam.ownApproved).toEqual([]);
    expect(anonymous).toMatchObject({ signedIn: false, pending: [] });
    expect(JSON.stringify([asSam, anonymous])).not.toContain("Rosa's pending comment");
  });

  it("a moderator cannot save or publish a post", async () => {
    const moderator = await makeAccount("MODERATOR", { withContributor: true });
    const draft = await makePost({ status: "DRAFT", publishedAt: null, title: "Untouched" });
    const before = await db.post.findUniqueOrThrow({ where: { id: draft.id } });
    const save = () =>
      savePostAction({
        postId: draft.id,
        version: before.version,
        autosave: false,
        fields: editorFields({ title: "Moderated" }),
      });
    const publish = () => publishPostAction({ postId: draft.id, version: before.version });
    expect(await asViewer(moderator, save)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await asViewer(moderator, publish)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.post.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(before);
  });

  it("an anonymous request is refused by every comment action, and nothing changes", async () => {
    const { article, rosa, pending, approved } = await scene();
    const before = await snapshot();
    const reports = await db.commentReport.count();
    const calls: (() => Promise<ActionResult<unknown>>)[] = [
      () => createCommentAction({ postId: article.id, body: "Anonymous words", formStamp: stamp(article.id) }),
      () => editOwnCommentAction({ id: pending, body: "Anonymous edit" }),
      () => deleteOwnCommentAction({ id: approved }),
      () => reportCommentAction({ commentId: approved, reason: "SPAM" }),
      () => setDisplayNameAction({ name: "Nobody" }),
      () => decideCommentsAction({ commentIds: [pending], decision: "approve" }),
      () => editCommentAction({ commentId: approved, body: "Anonymous moderation" }),
      () => banReaderAction({ userId: rosa.viewer.id }),
      () => unbanReaderAction({ userId: rosa.viewer.id }),
      () => undoLastDecisionAction({}),
      () => setCommentAlertsAction({ commentAlerts: "OFF" }),
    ];
    for (const call of calls)
      expect(await asViewer(null, call)).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    expect(await snapshot()).toEqual(before);
    expect(await db.commentReport.count()).toBe(reports);
  });
});
