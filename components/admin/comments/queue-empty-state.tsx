import Link from "next/link";
import type { ModerationQueue } from "@/lib/comments/moderation/schema";
import { queueHref } from "./queue-tabs";

const EMPTY: Record<ModerationQueue, string> = {
  pending:
    "No comments are waiting for moderation. New comments from readers who are not trusted appear here until someone approves, rejects or marks them as spam.",
  reported:
    "No open reports. When a reader reports a comment it appears here, whatever its status, until a moderator acts on it.",
  spam: "Nothing has been marked as spam. Comments marked as spam stay here, out of sight of readers.",
  approved: "No approved comments yet. Approved comments are the ones readers see under the articles.",
  rejected: "No rejected comments. Rejected comments, including the pending comments of banned readers, are kept here.",
};

/** What an empty queue means, or the way back when a later page ran out. */
export function QueueEmptyState({ queue, paged }: { queue: ModerationQueue; paged: boolean }) {
  return (
    <p className="empty-state">
      {paged ? (
        <>
          There are no more comments in this queue. <Link href={queueHref(queue)}>Back to the first page</Link>.
        </>
      ) : (
        EMPTY[queue]
      )}
    </p>
  );
}
