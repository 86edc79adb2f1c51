import type { Metadata } from "next";
import Link from "next/link";
import { AlertsPreferenceForm } from "@/components/admin/comments/alerts-preference-form";
import { KeyboardHelp } from "@/components/admin/comments/keyboard-help";
import { ModerationBoard } from "@/components/admin/comments/moderation-board";
import { QueueEmptyState } from "@/components/admin/comments/queue-empty-state";
import { QUEUE_LABELS, queueHref, QueueTabs } from "@/components/admin/comments/queue-tabs";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminPage } from "@/lib/auth/page-viewer";
import { getModerationQueue } from "@/lib/comments/moderation/data/queries";
import { encodeQueueCursor, queuePageParamsSchema } from "@/lib/comments/moderation/schema";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import "./comments.css";

export const instant = false;
export const metadata: Metadata = { title: "Comments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentsModerationPage({ searchParams }: Props) {
  const { queue, after } = queuePageParamsSchema.parse(await searchParams);
  const { viewer, forbidden } = await adminPage("/admin/comments");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const [page, settings] = await Promise.all([getModerationQueue(viewer, { queue, after }), getSiteSettingsCached()]);
  return (
    <>
      <header className="admin-page-header">
        <h1>Comments</h1>
      </header>
      <p className="moderation-intro">
        {page.trustedThreshold === null
          ? "Every reader’s comment waits here until a moderator approves it."
          : `Readers with at least ${page.trustedThreshold} approved ${page.trustedThreshold === 1 ? "comment" : "comments"} and none rejected or marked as spam are trusted (shown with a “Trusted” badge): their new comments are published without waiting here.`}{" "}
        An administrator changes this under Settings.
      </p>
      <div className="moderation-tools">
        <KeyboardHelp />
        <AlertsPreferenceForm current={page.commentAlerts} />
      </div>
      <QueueTabs current={queue} counts={page.counts} />
      <h2 className="visually-hidden">{QUEUE_LABELS[queue]} comments</h2>
      <ModerationBoard
        key={`${queue}:${after ? encodeQueueCursor(after) : ""}`}
        items={page.items}
        timeZone={settings.timeZone}
        empty={<QueueEmptyState queue={queue} paged={after !== undefined} />}
      />
      {page.nextCursor || after ? (
        <nav className="pagination" aria-label={`Pages of the ${QUEUE_LABELS[queue].toLowerCase()} queue`}>
          {after ? <Link href={queueHref(queue)}>← First page</Link> : <span />}
          {page.nextCursor ? (
            <Link href={queueHref(queue, page.nextCursor)} rel="next">
              Next page →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
