import "server-only";
import type { Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { env } from "../../env";
import { sendMailOrLog } from "../../mail/send";
import { getSiteSettings } from "../../settings/data/queries";
import { articleUrl } from "../../urls";

// Tells a post's writers what an editor decided: sent back (with the note),
// taken off the schedule, scheduled, published, or published on schedule.
// The writers are the account that started the post and every account
// behind one of its bylines; whoever made the decision is not told of it.
// Sent after the change is committed: a mail failure is logged and never
// undoes the decision.

export type WriterNews =
  | { kind: "returned"; note: string }
  | { kind: "unscheduled"; note: string }
  | { kind: "scheduled"; at: Date }
  | { kind: "published"; onSchedule?: boolean };

interface Decision {
  postId: string;
  news: WriterNews;
  /** Who decided; null for the scheduler, which acts for the account that scheduled the post. */
  by: Viewer | null;
}

export async function notifyWriters({ postId, news, by }: Decision): Promise<void> {
  const settings = await getSiteSettings();
  if (!settings.notifyWritersOfDecisions) return;
  const post = await db.post.findUniqueOrThrow({
    where: { id: postId },
    select: {
      title: true,
      slug: true,
      createdBy: { select: { id: true, email: true, disabled: true } },
      publishedBy: { select: { id: true, name: true, email: true } },
      bylines: { select: { contributor: { select: { user: { select: { id: true, email: true, disabled: true } } } } } },
    },
  });
  const decider = by ?? post.publishedBy;
  const writers = new Map<string, string>();
  for (const account of [post.createdBy, ...post.bylines.map((b) => b.contributor.user)]) {
    if (account && !account.disabled && account.id !== decider?.id) writers.set(account.id, account.email);
  }
  if (writers.size === 0) return;

  const message = writerMessage(news, {
    who: decider ? (decider.name ?? decider.email) : "An editor",
    title: post.title,
    site: settings.siteName,
    adminLink: new URL(`/admin/posts/${postId}`, env().SITE_URL).toString(),
    publicLink: articleUrl(env().SITE_URL, post.slug),
    when: (at: Date) =>
      new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: settings.timeZone }).format(
        at,
      ),
  });
  for (const to of [...writers.values()].sort()) await sendMailOrLog({ to, ...message });
}

interface Facts {
  who: string;
  title: string;
  site: string;
  adminLink: string;
  publicLink: string;
  when: (at: Date) => string;
}

/** The subject and text of the email for each kind of news (the admin, and so these emails, are in English). */
export function writerMessage(news: WriterNews, f: Facts): { subject: string; text: string } {
  switch (news.kind) {
    case "returned":
      return {
        subject: `Sent back: ${f.title}`,
        text:
          `${f.who} has sent “${f.title}” back to you.\n\n` +
          (news.note ? `Their note:\n${news.note}\n\n` : "") +
          `Open the draft:\n${f.adminLink}\n`,
      };
    case "unscheduled":
      return {
        subject: `Taken off the schedule: ${f.title}`,
        text:
          `${f.who} has taken “${f.title}” off the schedule; it is a draft again.\n\n` +
          (news.note ? `Their note:\n${news.note}\n\n` : "") +
          `Open the draft:\n${f.adminLink}\n`,
      };
    case "scheduled":
      return {
        subject: `Scheduled: ${f.title}`,
        text: `${f.who} has scheduled “${f.title}” to be published on ${f.site} on ${f.when(news.at)}.\n\nOpen it:\n${f.adminLink}\n`,
      };
    case "published":
      return {
        subject: `Published: ${f.title}`,
        text:
          (news.onSchedule
            ? `“${f.title}” is now published on ${f.site}, as ${f.who} scheduled it.`
            : `${f.who} has published “${f.title}” on ${f.site}.`) + `\n\nRead it on the site:\n${f.publicLink}\n`,
      };
  }
}
