import { beforeEach, describe, expect, it } from "vitest";
import { can } from "../../lib/auth/permissions";
import { openSession, viewerForSession } from "../../lib/auth/data/sessions";
import {
  banReaderAction,
  decideCommentsAction,
  editCommentAction,
  setCommentAlertsAction,
  unbanReaderAction,
  undoLastDecisionAction,
} from "../../lib/comments/moderation/actions";
import { decideComments, editComment, undoLastDecision } from "../../lib/comments/moderation/data/decisions";
import { getModerationQueue, QUEUE_PAGE_SIZE } from "../../lib/comments/moderation/data/queries";
import { queueCursorSchema } from "../../lib/comments/moderation/schema";
import { db } from "../../lib/db";
import { Forbidden } from "../../lib/errors";
import { makePost } from "../helpers/factories";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

type Status = "PENDING" | "APPROVED" | "REJECTED" | "SPAM";

let clock = Date.parse("2026-01-10T09:00:00.000Z");

// Queues and "last decision" are site-wide: each test starts with none.
beforeEach(async () => {
  await db.comment.deleteMany();
  await db.auditLog.deleteMany();
  await db.siteSetting.deleteMany();
});

/** Comments are created a minute apart, so queue order is known. */
async function makeComment(
  postId: string,
  authorId: string,
  status: Status = "PENDING",
  data: { body?: string; parentId?: string } = {},
) {
  clock += 60_000;
  const body = data.body ?? `Comment ${clock}`;
  return db.comment.create({
    data: {
      postId,
      authorId,
      body,
      html: `<p>${body}</p>`,
      status,
      createdAt: new Date(clock),
      ...(data.parentId ? { parentId: data.parentId } : {}),
    },
  });
}

async function scene() {
  const moderator = await makeAccount("MODERATOR");
  const reader = await makeAccount("READER");
  const post = await makePost({ title: "Rent setting explained" });
  return { moderator, reader, post };
}

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(`Expected success, got: ${result.error.message}`);
  return result.data;
};

const statuses = async (ids: string[]) =>
  Object.fromEntries(
    (await db.comment.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } })).map((c) => [
      c.id,
      c.status,
    ]),
  );

const queueIds = async (account: TestAccount, queue: "pending" | "reported" | "spam" | "approved" | "rejected") =>
  (await getModerationQueue(account.viewer, { queue })).items.map((item) => item.id);

describe("moderation queues", () => {
  it("put each comment in the queue of its status, and reported comments in Reported, with counts", async () => {
    const { moderator, reader, post } = await scene();
    const pending = await makeComment(post.id, reader.viewer.id);
    const approved = await makeComment(post.id, reader.viewer.id, "APPROVED");
    const rejected = await makeComment(post.id, reader.viewer.id, "REJECTED");
    const spam = await makeComment(post.id, reader.viewer.id, "SPAM");
    const reported = await makeComment(post.id, reader.viewer.id, "APPROVED");
    const wasReported = await makeComment(post.id, reader.viewer.id, "APPROVED");
    const reporter = await makeAccount("READER");
    await db.commentReport.create({
      data: { commentId: reported.id, reporterId: reporter.viewer.id, reason: "ABUSE", note: "Name-calling" },
    });
    await db.commentReport.create({
      data: { commentId: wasReported.id, reporterId: reporter.viewer.id, reason: "SPAM", resolvedAt: new Date() },
    });

    expect(await queueIds(moderator, "pending")).toEqual([pending.id]);
    expect(await queueIds(moderator, "approved")).toEqual([wasReported.id, reported.id, approved.id]);
    expect(await queueIds(moderator, "rejected")).toEqual([rejected.id]);
    expect(await queueIds(moderator, "spam")).toEqual([spam.id]);
    const reportedPage = await getModerationQueue(moderator.viewer, { queue: "reported" });
    expect(reportedPage.items.map((item) => item.id)).toEqual([reported.id]);
    expect(reportedPage.items[0]!.reports).toEqual([
      expect.objectContaining({ reason: "ABUSE", note: "Name-calling" }),
    ]);
    expect(reportedPage.counts).toEqual({ pending: 1, reported: 1, spam: 1, approved: 3, rejected: 1 });
  });

  it("show the author's history, the article and the parent comment with each item", async () => {
    const { moderator, reader, post } = await scene();
    await db.siteSetting.create({ data: { key: "trustedCommenterThreshold", value: 2 } });
    const parent = await makeComment(post.id, reader.viewer.id, "APPROVED", { body: "The first word on this." });
    await makeComment(post.id, reader.viewer.id, "APPROVED");
    const other = await makeAccount("READER", { name: "Rita Replier" });
    await makeComment(post.id, other.viewer.id, "REJECTED");
    const reply = await makeComment(post.id, other.viewer.id, "PENDING", { parentId: parent.id });
    await makeComment(post.id, reader.viewer.id, "PENDING");

    const page = await getModerationQueue(moderator.viewer, { queue: "pending" });
    const [first, second] = page.items;
    expect(first).toMatchObject({
      id: reply.id,
      author: {
        name: "Rita Replier",
        history: { approved: 0, rejected: 1, spam: 0, pending: 1 },
        trusted: false,
        banned: false,
      },
      post: { id: post.id, title: "Rent setting explained", path: `/articles/${post.slug}`, published: true },
      parent: { id: parent.id, excerpt: "The first word on this." },
    });
    expect(second).toMatchObject({
      author: { history: { approved: 2, rejected: 0, spam: 0, pending: 1 }, trusted: true },
      parent: null,
    });
    expect(page.trustedThreshold).toBe(2);
  });

  it("page through a queue by position, oldest pending first, without repeating an item", async () => {
    const { moderator, reader, post } = await scene();
    const created = [];
    for (let i = 0; i < QUEUE_PAGE_SIZE + 5; i++) created.push(await makeComment(post.id, reader.viewer.id));
    const first = await getModerationQueue(moderator.viewer, { queue: "pending" });
    expect(first.items.map((item) => item.id)).toEqual(created.slice(0, QUEUE_PAGE_SIZE).map((c) => c.id));
    const after = queueCursorSchema.parse(first.nextCursor);
    const second = await getModerationQueue(moderator.viewer, { queue: "pending", after });
    expect(second.items.map((item) => item.id)).toEqual(created.slice(QUEUE_PAGE_SIZE).map((c) => c.id));
    expect(second.nextCursor).toBeNull();
  });

  it("are closed to staff who do not moderate and to readers", async () => {
    for (const role of ["EDITOR", "AUTHOR", "READER"] as const) {
      const account = await makeAccount(role);
      await expect(getModerationQueue(account.viewer, { queue: "pending" })).rejects.toBeInstanceOf(Forbidden);
    }
  });
});

describe("deciding on comments", () => {
  it("approves one comment, records who did it and logs the previous status", async () => {
    const { moderator, reader, post } = await scene();
    const comment = await makeComment(post.id, reader.viewer.id);
    const outcome = ok(
      await asViewer(moderator, () => decideCommentsAction({ commentIds: [comment.id], decision: "approve" })),
    );
    expect(outcome).toEqual({ decision: "approve", count: 1 });
    const stored = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(stored).toMatchObject({ status: "APPROVED", moderatedById: moderator.viewer.id });
    expect(stored.moderatedAt).toBeInstanceOf(Date);
    const audit = await db.auditLog.findMany({ where: { subjectId: comment.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        action: "comment.approve",
        actorId: moderator.viewer.id,
        data: expect.objectContaining({ previousStatus: "PENDING", postId: post.id }),
      }),
    ]);
  });

  it("rejects and marks as spam in bulk, one audit entry per comment sharing one batch", async () => {
    const { moderator, reader, post } = await scene();
    const three = [
      await makeComment(post.id, reader.viewer.id),
      await makeComment(post.id, reader.viewer.id),
      await makeComment(post.id, reader.viewer.id, "APPROVED"),
    ];
    const ids = three.map((c) => c.id);
    expect(ok(await asViewer(moderator, () => decideCommentsAction({ commentIds: ids, decision: "reject" })))).toEqual({
      decision: "reject",
      count: 3,
    });
    expect(Object.values(await statuses(ids))).toEqual(["REJECTED", "REJECTED", "REJECTED"]);
    const entries = await db.auditLog.findMany({ where: { action: "comment.reject" } });
    expect(entries).toHaveLength(3);
    expect(new Set(entries.map((e) => (e.data as { batchId: string }).batchId)).size).toBe(1);

    ok(await asViewer(moderator, () => decideCommentsAction({ commentIds: ids.slice(0, 2), decision: "spam" })));
    expect(await statuses(ids)).toEqual({ [ids[0]!]: "SPAM", [ids[1]!]: "SPAM", [ids[2]!]: "REJECTED" });
    expect(await db.auditLog.count({ where: { action: "comment.spam" } })).toBe(2);
  });

  it("refuses a batch naming a comment that does not exist, changing none of them", async () => {
    const { moderator, reader, post } = await scene();
    const comment = await makeComment(post.id, reader.viewer.id);
    const result = await asViewer(moderator, () =>
      decideCommentsAction({ commentIds: [comment.id, "missing-comment"], decision: "approve" }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(await statuses([comment.id])).toEqual({ [comment.id]: "PENDING" });
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe("undoing the last decision", () => {
  it("restores every comment of the batch to its previous status and moderator", async () => {
    const { moderator, reader, post } = await scene();
    const other = await makeAccount("MODERATOR");
    const pending = await makeComment(post.id, reader.viewer.id);
    const spam = await makeComment(post.id, reader.viewer.id, "SPAM");
    await db.comment.update({
      where: { id: spam.id },
      data: { moderatedById: other.viewer.id, moderatedAt: new Date("2026-01-01T00:00:00Z") },
    });
    ok(
      await asViewer(moderator, () => decideCommentsAction({ commentIds: [pending.id, spam.id], decision: "approve" })),
    );

    expect(ok(await asViewer(moderator, () => undoLastDecisionAction({})))).toEqual({
      decision: "approve",
      restored: 2,
      skipped: 0,
    });
    const restored = await db.comment.findMany({
      where: { id: { in: [pending.id, spam.id] } },
      orderBy: { createdAt: "asc" },
    });
    expect(restored.map((c) => [c.status, c.moderatedById, c.moderatedAt?.toISOString() ?? null])).toEqual([
      ["PENDING", null, null],
      ["SPAM", other.viewer.id, "2026-01-01T00:00:00.000Z"],
    ]);
    expect(await db.auditLog.count({ where: { action: "comment.undo", actorId: moderator.viewer.id } })).toBe(2);
  });

  it("undoes only the last batch, once", async () => {
    const { moderator, reader, post } = await scene();
    const first = await makeComment(post.id, reader.viewer.id);
    const second = await makeComment(post.id, reader.viewer.id);
    ok(await asViewer(moderator, () => decideCommentsAction({ commentIds: [first.id], decision: "approve" })));
    ok(await asViewer(moderator, () => decideCommentsAction({ commentIds: [second.id], decision: "reject" })));

    ok(await asViewer(moderator, () => undoLastDecisionAction({})));
    expect(await statuses([first.id, second.id])).toEqual({ [first.id]: "APPROVED", [second.id]: "PENDING" });
    const again = await asViewer(moderator, () => undoLastDecisionAction({}));
    expect(again).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await statuses([first.id, second.id])).toEqual({ [first.id]: "APPROVED", [second.id]: "PENDING" });
  });

  it("undoes only the moderator's own decision and leaves comments someone changed since", async () => {
    const { moderator, reader, post } = await scene();
    const colleague = await makeAccount("ADMIN");
    const a = await makeComment(post.id, reader.viewer.id);
    const b = await makeComment(post.id, reader.viewer.id);
    ok(await asViewer(moderator, () => decideCommentsAction({ commentIds: [a.id, b.id], decision: "spam" })));

    expect(await asViewer(colleague, () => undoLastDecisionAction({}))).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect(await statuses([a.id, b.id])).toEqual({ [a.id]: "SPAM", [b.id]: "SPAM" });

    ok(await asViewer(colleague, () => decideCommentsAction({ commentIds: [b.id], decision: "approve" })));
    expect(ok(await asViewer(moderator, () => undoLastDecisionAction({})))).toEqual({
      decision: "spam",
      restored: 1,
      skipped: 1,
    });
    expect(await statuses([a.id, b.id])).toEqual({ [a.id]: "PENDING", [b.id]: "APPROVED" });
  });
});

describe("reported comments", () => {
  it("leave the Reported queue when a moderator acts on them, and come back when that is undone", async () => {
    const { moderator, reader, post } = await scene();
    const comment = await makeComment(post.id, reader.viewer.id, "APPROVED");
    const reporters = [await makeAccount("READER"), await makeAccount("READER")];
    for (const r of reporters)
      await db.commentReport.create({ data: { commentId: comment.id, reporterId: r.viewer.id, reason: "OFF_TOPIC" } });
    expect(await queueIds(moderator, "reported")).toEqual([comment.id]);

    ok(await asViewer(moderator, () => decideCommentsAction({ commentIds: [comment.id], decision: "approve" })));
    expect(await db.commentReport.count({ where: { commentId: comment.id, resolvedAt: null } })).toBe(0);
    expect(await queueIds(moderator, "reported")).toEqual([]);
    expect(await statuses([comment.id])).toEqual({ [comment.id]: "APPROVED" });

    ok(await asViewer(moderator, () => undoLastDecisionAction({})));
    expect(await db.commentReport.count({ where: { commentId: comment.id, resolvedAt: null } })).toBe(2);
    expect(await queueIds(moderator, "reported")).toEqual([comment.id]);
  });
});

describe("editing a comment", () => {
  it("re-renders the text through the comment pipeline, marks it edited and logs before and after", async () => {
    const { moderator, reader, post } = await scene();
    const comment = await makeComment(post.id, reader.viewer.id, "APPROVED", {
      body: "You are all idiots. **Rents** are too high.",
    });
    const edited = ok(
      await asViewer(moderator, () =>
        editCommentAction({
          commentId: comment.id,
          body: "[Removed by a moderator.] **Rents** are too high.<script>x</script>",
        }),
      ),
    );
    const stored = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(stored.body).toBe("[Removed by a moderator.] **Rents** are too high.<script>x</script>");
    expect(stored.html).toContain("<strong>Rents</strong>");
    expect(stored.html).not.toContain("<script");
    expect(edited.html).toBe(stored.html);
    expect(stored.editedAt).toBeInstanceOf(Date);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "comment.edit", subjectId: comment.id } });
    expect(entry).toMatchObject({
      actorId: moderator.viewer.id,
      data: { before: "You are all idiots. **Rents** are too high.", after: stored.body },
    });
  });

  it("shows a field message for an empty text and changes nothing", async () => {
    const { moderator, reader, post } = await scene();
    const comment = await makeComment(post.id, reader.viewer.id);
    const result = await asViewer(moderator, () => editCommentAction({ commentId: comment.id, body: "   " }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { body: ["A comment cannot be empty."] } },
    });
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe(comment.body);
  });
});

describe("banning readers", () => {
  it("rejects the reader's pending comments, keeps the approved ones, and stops them commenting", async () => {
    const { moderator, reader, post } = await scene();
    const pending = [await makeComment(post.id, reader.viewer.id), await makeComment(post.id, reader.viewer.id)];
    const approved = await makeComment(post.id, reader.viewer.id, "APPROVED");
    expect(
      ok(await asViewer(moderator, () => banReaderAction({ userId: reader.viewer.id, reason: "Repeated abuse" }))),
    ).toEqual({ rejected: 2 });

    expect(await statuses([...pending.map((c) => c.id), approved.id])).toEqual({
      [pending[0]!.id]: "REJECTED",
      [pending[1]!.id]: "REJECTED",
      [approved.id]: "APPROVED",
    });
    expect(await queueIds(moderator, "pending")).toEqual([]);
    const viewer = await viewerForSession(await openSession(reader.viewer.id));
    expect(viewer?.banned).toBe(true);
    expect(can(viewer, "comment:create")).toBe(false);
    expect(await db.auditLog.findFirst({ where: { action: "reader.ban", subjectId: reader.viewer.id } })).toMatchObject(
      { actorId: moderator.viewer.id, data: { reason: "Repeated abuse" } },
    );
    const rejections = await db.auditLog.findMany({
      where: { action: "comment.reject", subjectId: { in: pending.map((c) => c.id) } },
    });
    expect(rejections.map((e) => (e.data as { reason: string }).reason)).toEqual(["banned", "banned"]);
  });

  it("is not undone by undo: the ban closes the reach of the previous decision", async () => {
    const { moderator, reader, post } = await scene();
    const other = await makeAccount("READER");
    const decided = await makeComment(post.id, other.viewer.id);
    ok(await asViewer(moderator, () => decideCommentsAction({ commentIds: [decided.id], decision: "approve" })));
    const pending = await makeComment(post.id, reader.viewer.id);
    ok(await asViewer(moderator, () => banReaderAction({ userId: reader.viewer.id, reason: "" })));
    expect(await asViewer(moderator, () => undoLastDecisionAction({}))).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect(await statuses([decided.id, pending.id])).toEqual({ [decided.id]: "APPROVED", [pending.id]: "REJECTED" });
  });

  it("unbans a reader, who may comment again while their rejected comments stay rejected", async () => {
    const { moderator, reader, post } = await scene();
    const pending = await makeComment(post.id, reader.viewer.id);
    ok(await asViewer(moderator, () => banReaderAction({ userId: reader.viewer.id, reason: "Spam links" })));
    ok(await asViewer(moderator, () => unbanReaderAction({ userId: reader.viewer.id })));

    const viewer = await viewerForSession(await openSession(reader.viewer.id));
    expect(can(viewer, "comment:create")).toBe(true);
    expect(await statuses([pending.id])).toEqual({ [pending.id]: "REJECTED" });
    expect(
      await db.auditLog.count({
        where: { action: "reader.unban", subjectId: reader.viewer.id, actorId: moderator.viewer.id },
      }),
    ).toBe(1);
    expect(await asViewer(moderator, () => unbanReaderAction({ userId: reader.viewer.id }))).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
  });

  it("refuses to ban a staff account", async () => {
    const { moderator } = await scene();
    const editor = await makeAccount("EDITOR");
    expect(await asViewer(moderator, () => banReaderAction({ userId: editor.viewer.id, reason: "" }))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.viewer.id } })).bannedAt).toBeNull();
  });
});

describe("public caches", () => {
  it("are touched only by changes into or out of APPROVED, for the post of each comment", async () => {
    const { moderator, reader, post } = await scene();
    const other = await makePost();
    const publicTags = (postId: string) => [`comments:${postId}`, `post:${postId}`];
    const a = await makeComment(post.id, reader.viewer.id);
    const b = await makeComment(other.id, reader.viewer.id);
    const c = await makeComment(post.id, reader.viewer.id);

    expect(
      (await decideComments(moderator.viewer, { commentIds: [a.id, b.id], decision: "approve" })).tags.sort(),
    ).toEqual([...publicTags(post.id), ...publicTags(other.id)].sort());
    expect((await undoLastDecision(moderator.viewer)).tags.sort()).toEqual(
      [...publicTags(post.id), ...publicTags(other.id)].sort(),
    );
    expect((await decideComments(moderator.viewer, { commentIds: [c.id], decision: "reject" })).tags).toEqual([]);
    expect((await decideComments(moderator.viewer, { commentIds: [c.id], decision: "spam" })).tags).toEqual([]);
    expect((await editComment(moderator.viewer, { commentId: a.id, body: "Pending text, corrected" })).tags).toEqual(
      [],
    );
    await decideComments(moderator.viewer, { commentIds: [a.id], decision: "approve" });
    expect((await editComment(moderator.viewer, { commentId: a.id, body: "Approved text, corrected" })).tags).toEqual(
      publicTags(post.id),
    );
    expect((await decideComments(moderator.viewer, { commentIds: [a.id], decision: "spam" })).tags).toEqual(
      publicTags(post.id),
    );
  });
});

describe("moderator alert preference", () => {
  it("is set by moderators for themselves", async () => {
    const { moderator } = await scene();
    expect(ok(await asViewer(moderator, () => setCommentAlertsAction({ commentAlerts: "DAILY_DIGEST" })))).toEqual({
      commentAlerts: "DAILY_DIGEST",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: moderator.viewer.id } })).commentAlerts).toBe(
      "DAILY_DIGEST",
    );
  });
});

describe("who may moderate", () => {
  it("refuses every moderation action to editors, authors, readers and anonymous visitors, changing nothing", async () => {
    const { moderator, reader, post } = await scene();
    const banned = await makeAccount("READER");
    const pending = await makeComment(post.id, reader.viewer.id);
    const approved = await makeComment(post.id, reader.viewer.id, "APPROVED");
    ok(await asViewer(moderator, () => banReaderAction({ userId: banned.viewer.id, reason: "" })));
    ok(await asViewer(moderator, () => decideCommentsAction({ commentIds: [approved.id], decision: "approve" })));
    const snapshot = async () => ({
      comments: await db.comment.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          status: true,
          body: true,
          html: true,
          editedAt: true,
          moderatedById: true,
          moderatedAt: true,
        },
      }),
      users: await db.user.findMany({
        orderBy: { id: "asc" },
        select: { id: true, bannedAt: true, commentAlerts: true },
      }),
      audit: await db.auditLog.count(),
    });
    const before = await snapshot();

    for (const role of ["EDITOR", "AUTHOR", "READER", null] as const) {
      const account = role ? await makeAccount(role) : null;
      const expected = role ? "forbidden" : "unauthenticated";
      const attempts: (() => Promise<{ ok: boolean }>)[] = [
        () => decideCommentsAction({ commentIds: [pending.id], decision: "approve" }),
        () => decideCommentsAction({ commentIds: [approved.id], decision: "spam" }),
        () => undoLastDecisionAction({}),
        () => editCommentAction({ commentId: approved.id, body: "Rewritten" }),
        () => banReaderAction({ userId: reader.viewer.id, reason: "" }),
        () => unbanReaderAction({ userId: banned.viewer.id }),
        () => setCommentAlertsAction({ commentAlerts: "OFF" }),
      ];
      for (const attempt of attempts) {
        expect(await asViewer(account, attempt), `${role ?? "anonymous"}`).toMatchObject({
          ok: false,
          error: { code: expected },
        });
      }
    }
    const after = await snapshot();
    expect(after.comments).toEqual(before.comments);
    expect(after.users.filter((u) => before.users.some((b) => b.id === u.id))).toEqual(before.users);
    expect(after.audit).toBe(before.audit);
  });
});
