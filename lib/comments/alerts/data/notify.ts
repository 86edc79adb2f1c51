import "server-only";
import { rolesAllowed } from "../../../auth/permissions";
import { db, type Prisma } from "../../../db";
import { env } from "../../../env";
import { absoluteUrl } from "../../../urls";
import { sendMailOrLog } from "../../../mail/send";
import { getSiteSettings } from "../../../settings/data/queries";

// Tells moderators about comments waiting for them, each as they chose on
// the moderation page: an email per comment, one daily digest, or nothing.
// Mail goes out after the comment is stored; a failure is logged and never
// undoes the comment or stops the other recipients.

export const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Enabled moderators (the roles that may moderate) who have accepted their invitation. */
const ACTIVE_MODERATOR = {
  role: { in: [...rolesAllowed("comment:moderate")] },
  disabled: false,
  NOT: { passwordHash: null, tokens: { some: { purpose: "INVITATION" } } },
} satisfies Prisma.UserWhereInput;

const queueUrl = () => absoluteUrl(env().SITE_URL, "/admin/comments");

const QUOTE_LENGTH = 500;

function quote(markdown: string): string {
  const text =
    markdown.trim().length > QUOTE_LENGTH
      ? `${markdown
          .trim()
          .slice(0, QUOTE_LENGTH - 1)
          .trimEnd()}…`
      : markdown.trim();
  return text
    .split("\n")
    .map((line) => `> ${line}`.trimEnd())
    .join("\n");
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Emails every moderator with immediate alerts about one new pending comment (not its own author). */
export async function notifyModeratorsOfPendingComment(commentId: string): Promise<void> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      status: true,
      body: true,
      authorId: true,
      guestName: true,
      author: { select: { name: true, email: true } },
      post: { select: { title: true } },
    },
  });
  if (!comment || comment.status !== "PENDING") return;
  const [moderators, waiting, settings] = await Promise.all([
    db.user.findMany({
      where: {
        ...ACTIVE_MODERATOR,
        commentAlerts: "IMMEDIATE",
        ...(comment.authorId ? { id: { not: comment.authorId } } : {}),
      },
      select: { email: true },
      orderBy: { email: "asc" },
    }),
    db.comment.count({ where: { status: "PENDING" } }),
    getSiteSettings(),
  ]);
  const author = (comment.author?.name ?? comment.guestName)?.trim() || "A reader";
  const title = comment.post.title || "Untitled";
  const text =
    [
      `${author} commented on “${title}” on ${settings.siteName}. The comment waits for moderation:`,
      quote(comment.body),
      `Moderate it:\n${queueUrl()}`,
      `${plural(waiting, "comment is", "comments are")} waiting in the queue.`,
      "You get an email for every new comment because your comment alerts are set to “Immediately”. You can change that on the moderation page.",
    ].join("\n\n") + "\n";
  for (const moderator of moderators) {
    await sendMailOrLog({ to: moderator.email, subject: shorten(`New comment to moderate on “${title}”`, 300), text });
  }
}

const DIGEST_TOP_ARTICLES = 10;

/**
 * Sends one digest to every daily-digest moderator whose last digest is more
 * than 24 hours old, when comments are waiting. Each moderator is claimed by
 * moving their lastDigestAt first, so two schedulers running at once send one
 * digest, and a failed send puts it back for the next run. Returns how many
 * digests were sent. Meant to be called periodically (the scheduler loop).
 */
export async function sendModerationDigests(now: Date = new Date()): Promise<number> {
  const pending = await db.comment.count({ where: { status: "PENDING" } });
  if (pending === 0) return 0;
  const cutoff = new Date(now.getTime() - DIGEST_INTERVAL_MS);
  const due = { OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: cutoff } }] } satisfies Prisma.UserWhereInput;
  const moderators = await db.user.findMany({
    where: { ...ACTIVE_MODERATOR, commentAlerts: "DAILY_DIGEST", ...due },
    select: { id: true, email: true, lastDigestAt: true },
  });
  if (moderators.length === 0) return 0;
  const [byPost, settings] = await Promise.all([
    db.comment.groupBy({
      by: ["postId"],
      where: { status: "PENDING" },
      _count: { _all: true },
      orderBy: { _count: { postId: "desc" } },
      take: DIGEST_TOP_ARTICLES,
    }),
    getSiteSettings(),
  ]);
  const posts = await db.post.findMany({
    where: { id: { in: byPost.map((group) => group.postId) } },
    select: { id: true, title: true },
  });
  const titleOf = new Map(posts.map((post) => [post.id, post.title || "Untitled"]));
  const articleLines = byPost.map((group) => `- ${titleOf.get(group.postId) ?? "Untitled"}: ${group._count._all}`);
  const otherArticles = byPost.length === DIGEST_TOP_ARTICLES ? "\n- …and other articles" : "";

  let sent = 0;
  for (const moderator of moderators) {
    const claimed = await db.user.updateMany({ where: { id: moderator.id, ...due }, data: { lastDigestAt: now } });
    if (claimed.count === 0) continue;
    const since = moderator.lastDigestAt;
    const fresh = since ? await db.comment.count({ where: { status: "PENDING", createdAt: { gt: since } } }) : pending;
    const text =
      [
        `${plural(pending, "comment is", "comments are")} waiting for moderation on ${settings.siteName}` +
          (since ? `, ${fresh} of them new since your last digest.` : "."),
        `By article:\n${articleLines.join("\n")}${otherArticles}`,
        `Moderate them:\n${queueUrl()}`,
        "You get this digest at most once a day because your comment alerts are set to “Daily digest”. You can change that on the moderation page.",
      ].join("\n\n") + "\n";
    const ok = await sendMailOrLog({
      to: moderator.email,
      subject: `${plural(pending, "comment", "comments")} waiting for moderation on ${settings.siteName}`,
      text,
    });
    if (ok) sent++;
    else await db.user.updateMany({ where: { id: moderator.id, lastDigestAt: now }, data: { lastDigestAt: since } });
  }
  return sent;
}
