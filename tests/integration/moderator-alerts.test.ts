import { beforeEach, describe, expect, it } from "vitest";
import type { Role } from "../../lib/auth/permissions";
import { notifyModeratorsOfPendingComment, sendModerationDigests } from "../../lib/comments/alerts/data/notify";
import { db } from "../../lib/db";
import { readOutbox } from "../../lib/mail/outbox-reader";
import { makePost } from "../helpers/factories";
import { makeAccount } from "../helpers/sign-in-as";

// The outbox folder is shared with other test files running at the same
// time; every account here has a random address, so each test reads only
// the messages sent to its own accounts.

type Alerts = "OFF" | "IMMEDIATE" | "DAILY_DIGEST";

async function staff(role: Role, commentAlerts: Alerts, data: { disabled?: boolean } = {}) {
  const account = await makeAccount(role);
  await db.user.update({ where: { id: account.viewer.id }, data: { commentAlerts, disabled: data.disabled ?? false } });
  return account.viewer.email;
}

const mailTo = async (emails: string[]) =>
  (await readOutbox()).filter((message) => emails.some((email) => message.to.includes(email)));

async function pendingComment(status: "PENDING" | "APPROVED" = "PENDING", body = "Why did the service charge go up?") {
  const reader = await makeAccount("READER", { name: "Pat Reader" });
  const post = await makePost({ title: "Service charges in 2026" });
  return db.comment.create({
    data: { postId: post.id, authorId: reader.viewer.id, body, html: `<p>${body}</p>`, status },
  });
}

beforeEach(async () => {
  await db.comment.deleteMany();
});

describe("immediate alerts", () => {
  it("email each enabled moderator and admin who chose immediate alerts, and nobody else", async () => {
    const immediateModerator = await staff("MODERATOR", "IMMEDIATE");
    const immediateAdmin = await staff("ADMIN", "IMMEDIATE");
    const digestModerator = await staff("MODERATOR", "DAILY_DIGEST");
    const silentModerator = await staff("MODERATOR", "OFF");
    const disabledModerator = await staff("MODERATOR", "IMMEDIATE", { disabled: true });
    const editor = await staff("EDITOR", "IMMEDIATE");
    const comment = await pendingComment();

    await notifyModeratorsOfPendingComment(comment.id);

    const everyone = [immediateModerator, immediateAdmin, digestModerator, silentModerator, disabledModerator, editor];
    const messages = await mailTo(everyone);
    expect(messages.map((m) => everyone.find((email) => m.to.includes(email))).sort()).toEqual(
      [immediateAdmin, immediateModerator].sort(),
    );
    expect(messages[0]!.subject).toBe("New comment to moderate on “Service charges in 2026”");
    expect(messages[0]!.text).toContain("Pat Reader commented on “Service charges in 2026”");
    expect(messages[0]!.text).toContain("> Why did the service charge go up?");
    expect(messages[0]!.text).toContain("/admin/comments");
  });

  it("are not sent for a comment that no longer waits for moderation", async () => {
    const moderator = await staff("MODERATOR", "IMMEDIATE");
    const comment = await pendingComment("APPROVED");
    await notifyModeratorsOfPendingComment(comment.id);
    await notifyModeratorsOfPendingComment("no-such-comment");
    expect(await mailTo([moderator])).toEqual([]);
  });
});

describe("daily digests", () => {
  it("go to digest moderators at most once every 24 hours while comments wait", async () => {
    const digestModerator = await staff("MODERATOR", "DAILY_DIGEST");
    const immediateModerator = await staff("MODERATOR", "IMMEDIATE");
    await pendingComment();
    await pendingComment("PENDING", "Another question");
    const now = new Date();
    const hours = (n: number) => new Date(now.getTime() + n * 60 * 60 * 1000);

    await sendModerationDigests(now);
    await sendModerationDigests(hours(1));
    await sendModerationDigests(hours(23.9));
    let messages = await mailTo([digestModerator, immediateModerator]);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.to).toContain(digestModerator);
    expect(messages[0]!.subject).toMatch(/^2 comments waiting for moderation on /);
    expect(messages[0]!.text).toContain("- Service charges in 2026: 1");
    expect(messages[0]!.text).toContain("/admin/comments");
    const stored = await db.user.findUniqueOrThrow({ where: { email: digestModerator } });
    expect(stored.lastDigestAt?.toISOString()).toBe(now.toISOString());

    await sendModerationDigests(hours(24));
    messages = await mailTo([digestModerator, immediateModerator]);
    expect(messages).toHaveLength(2);
    expect(messages[1]!.text).toContain("0 of them new since your last digest");
  });

  it("are not sent when no comment is waiting", async () => {
    const digestModerator = await staff("MODERATOR", "DAILY_DIGEST");
    await pendingComment("APPROVED");
    expect(await sendModerationDigests(new Date())).toBe(0);
    expect(await mailTo([digestModerator])).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { email: digestModerator } })).lastDigestAt).toBeNull();
  });
});
