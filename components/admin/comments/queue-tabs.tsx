import Link from "next/link";
import type { QueueCounts } from "@/lib/comments/moderation/dto";
import { MODERATION_QUEUES, type ModerationQueue } from "@/lib/comments/moderation/schema";

export const QUEUE_LABELS: Record<ModerationQueue, string> = {
  pending: "Pending",
  reported: "Reported",
  spam: "Spam",
  approved: "Approved",
  rejected: "Rejected",
};

export const queueHref = (queue: ModerationQueue, after?: string) =>
  `/admin/comments?queue=${queue}${after ? `&after=${encodeURIComponent(after)}` : ""}`;

/** The five queues as links, each with how many comments it holds. */
export function QueueTabs({ current, counts }: { current: ModerationQueue; counts: QueueCounts }) {
  return (
    <nav className="queue-tabs" aria-label="Comment queues">
      <ul>
        {MODERATION_QUEUES.map((queue) => (
          <li key={queue}>
            <Link href={queueHref(queue)} aria-current={queue === current ? "page" : undefined}>
              {QUEUE_LABELS[queue]} <span className="queue-count">{counts[queue].toLocaleString("en-GB")}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
