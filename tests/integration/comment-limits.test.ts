import { describe, expect, it } from "vitest";
import { createCommentAction, deleteOwnCommentAction, reportCommentAction } from "../../lib/comments/reader/actions";
import { getModerationQueue } from "../../lib/comments/moderation/data/queries";
import { deleteOwnComment } from "../../lib/comments/reader/data/delete-own";
import { createComment, editOwnComment } from "../../lib/comments/reader/data/mutations";
import { getReaderCommentState } from "../../lib/comments/reader/data/queries";
import { countApprovedComments, getApprovedThread } from "../../lib/comments/reader/data/thread";
import { COMMENT_EDITS_PER_WINDOW } from "../../lib/comments/spam/data/rate-limit";
import { issueFormStamp } from "../../lib/comments/spam/form-stamp";
import { db } from "../../lib/db";
import { RateLimited } from "../../lib/errors";
import { translator } from "../../lib/i18n";
import { makePost } from "../helpers/factories";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

// The per-reader limits on comments and edits, decided atomically under real
// parallel requests, and what deleting one's own comment leaves behind.

const reader = (name = "Rosa Reader") => makeAccount("READER", { name });
const stamp = (postId: string) => issueFormStamp(postId, new Date(Date.now() - 60_000));
const approve = (id: string) => db.comment.update({ where: { id }, data: { status: "APPROVED" } });

function create(account: TestAccount, postId: string, body: string, parentId?: string) {
  return createComment(account.viewer, { postId, body, formStamp: stamp(postId), ...(parentId ? { parentId } : {}) });
}

async function createdId(account: TestAccount, postId: string, body: string, parentId?: string) {
  return (await create(account, postId, body, parentId)).result.comment.id;
}

describe("the per-reader comment limit", () => {
  it("stores exactly five of ten comments one reader sends at the same moment", async () => {
    const article = await makePost();
    const rosa = await reader();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => create(rosa, article.id, `Parallel thought ${i}`)),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(5);
    for (const o of outcomes.filter((o) => o.status === "rejected"))
      expect(o.reason).toEqual(new RateLimited("comments.error.tooManyPerMinute"));
    expect(await db.comment.count({ where: { authorId: rosa.viewer.id } })).toBe(5);
  });

  it("gives a reader over the limit the rate-limit answer, even for a body that is costly to render", async () => {
    const article = await makePost();
    const rosa = await reader();
    for (let i = 0; i < 5; i++) await create(rosa, article.id, `Thought ${i}`);
    // The shape of body that costs the renderer most per character, at the length limit.
    const pathological = "# a\n".repeat(500);
    await expect(create(rosa, article.id, pathological)).rejects.toEqual(
      new RateLimited("comments.error.tooManyPerMinute"),
    );
    expect(await db.comment.count({ where: { authorId: rosa.viewer.id } })).toBe(5);
  });

  it("keeps readers' limits apart", async () => {
    const article = await makePost();
    const [rosa, sam] = [await reader(), await reader("Sam")];
    await Promise.allSettled(Array.from({ length: 8 }, (_, i) => create(rosa, article.id, `Rosa ${i}`)));
    await expect(create(sam, article.id, "Sam's first")).resolves.toMatchObject({ result: { status: "PENDING" } });
  });
});

describe("the per-reader edit limit", () => {
  it(`allows ${COMMENT_EDITS_PER_WINDOW} edits in a row, then refuses with a message and keeps the text`, async () => {
    const article = await makePost();
    const rosa = await reader();
    const id = await createdId(rosa, article.id, "First draft");
    const edits = await Promise.allSettled(
      Array.from({ length: COMMENT_EDITS_PER_WINDOW + 3 }, (_, i) =>
        editOwnComment(rosa.viewer, { id, body: `Edit number ${i}` }),
      ),
    );
    expect(edits.filter((e) => e.status === "fulfilled")).toHaveLength(COMMENT_EDITS_PER_WINDOW);
    const before = await db.comment.findUniqueOrThrow({ where: { id } });
    await expect(editOwnComment(rosa.viewer, { id, body: "One edit too many" })).rejects.toEqual(
      new RateLimited("comments.error.tooManyEdits"),
    );
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(translator("en-GB")("comments.error.tooManyEdits")).toMatch(/wait a few minutes/);
    expect(translator("nl-NL")("comments.error.tooManyEdits")).toMatch(/Wacht een paar minuten/);
  });
});

describe("deleting one's own comment", () => {
  async function threadWithReply() {
    const article = await makePost();
    const [rosa, sam] = [await reader(), await reader("Sam")];
    const parent = await createdId(rosa, article.id, "Rosa's opinion");
    await approve(parent);
    const reply = await createdId(sam, article.id, "Sam's answer", parent);
    await approve(reply);
    return { article, rosa, sam, parent, reply };
  }

  it("keeps other readers' replies, under a placeholder that shows neither name nor text", async () => {
    const { article, rosa, parent, reply } = await threadWithReply();
    await db.commentReport.create({
      data: { commentId: parent, reporterId: (await reader("Kim")).viewer.id, reason: "ABUSE" },
    });
    await deleteOwnComment(rosa.viewer, { id: parent });

    const thread = await getApprovedThread(article.id);
    expect(thread.items).toEqual([
      expect.objectContaining({
        id: parent,
        removed: true,
        authorName: null,
        html: "",
        replies: [expect.objectContaining({ id: reply, removed: false, authorName: "Sam" })],
      }),
    ]);
    expect(thread.total).toBe(1);
    expect((await countApprovedComments([article.id])).get(article.id)).toBe(1);
    expect(await db.comment.findUniqueOrThrow({ where: { id: parent } })).toMatchObject({ body: "", html: "" });
    expect(await db.commentReport.count({ where: { commentId: parent } })).toBe(0);
    expect((await getReaderCommentState(rosa.viewer, article.id)).ownApproved).toEqual([]);
    expect(translator("en-GB")("comments.removed")).toBe("Comment removed");
    expect(translator("nl-NL")("comments.removed")).toBe("Reactie verwijderd");
  });

  it("takes no replies to, or reports of, a removed comment, and cannot delete it twice", async () => {
    const { article, rosa, sam, parent } = await threadWithReply();
    await deleteOwnComment(rosa.viewer, { id: parent });
    expect(
      await asViewer(sam, () =>
        createCommentAction({
          postId: article.id,
          body: "Another answer",
          parentId: parent,
          formStamp: stamp(article.id),
        }),
      ),
    ).toMatchObject({ ok: false, error: { message: "comments.error.parent" } });
    expect(await asViewer(sam, () => reportCommentAction({ commentId: parent, reason: "SPAM" }))).toMatchObject({
      ok: false,
      error: { code: "not-found" },
    });
    expect(await asViewer(rosa, () => deleteOwnCommentAction({ id: parent }))).toMatchObject({
      ok: false,
      error: { code: "not-found" },
    });
  });

  it("leaves moderators nothing to moderate in a placeholder", async () => {
    const { rosa, parent, reply } = await threadWithReply();
    await deleteOwnComment(rosa.viewer, { id: parent });
    const moderator = await makeAccount("MODERATOR");
    const approved = (await getModerationQueue(moderator.viewer, { queue: "approved" })).items.map((i) => i.id);
    expect(approved).toContain(reply);
    expect(approved).not.toContain(parent);
  });

  it("takes the placeholder away with its last reply", async () => {
    const { article, sam, rosa, parent, reply } = await threadWithReply();
    await deleteOwnComment(rosa.viewer, { id: parent });
    await deleteOwnComment(sam.viewer, { id: reply });
    expect(await db.comment.count({ where: { id: { in: [parent, reply] } } })).toBe(0);
    expect((await getApprovedThread(article.id)).items).toEqual([]);
  });

  it("removes a comment nobody answered entirely", async () => {
    const article = await makePost();
    const rosa = await reader();
    const id = await createdId(rosa, article.id, "Nobody will answer this");
    await approve(id);
    await deleteOwnComment(rosa.viewer, { id });
    expect(await db.comment.count({ where: { id } })).toBe(0);
    expect((await getApprovedThread(article.id)).total).toBe(0);
  });

  it("hides a placeholder whose replies are all still waiting for moderation", async () => {
    const article = await makePost();
    const [rosa, sam] = [await reader(), await reader("Sam")];
    const parent = await createdId(rosa, article.id, "Rosa's opinion");
    await approve(parent);
    await createdId(sam, article.id, "Sam's pending answer", parent);
    await deleteOwnComment(rosa.viewer, { id: parent });
    expect((await getApprovedThread(article.id)).items).toEqual([]);
  });
});
