import type { ModerationItem } from "@/lib/comments/moderation/dto";
import { MODERATION_DECISIONS, type ModerationDecision } from "@/lib/comments/moderation/schema";

// The moderation page's decisions: which apply to a comment, their keys and
// the words of the buttons and the undo bar.

export const DECISION_KEYS: Record<ModerationDecision, string> = { approve: "a", reject: "r", spam: "s" };

export const DECISION_VERBS: Record<ModerationDecision, string> = {
  approve: "Approve",
  reject: "Reject",
  spam: "Mark as spam",
};

const DONE: Record<ModerationDecision, string> = { approve: "Approved", reject: "Rejected", spam: "Marked as spam:" };

export const commentsWord = (n: number) => `${n} ${n === 1 ? "comment" : "comments"}`;

/** "Approved 3 comments." / "Marked as spam: 1 comment." */
export function decisionDone(decision: ModerationDecision, count: number): string {
  return `${DONE[decision]} ${commentsWord(count)}.`;
}

export function undoDone({ restored, skipped }: { restored: number; skipped: number }): string {
  const back = `Undone: ${commentsWord(restored)} ${restored === 1 ? "is" : "are"} back as before.`;
  return skipped > 0
    ? `${back} ${commentsWord(skipped)} changed by someone else since ${skipped === 1 ? "was" : "were"} left as ${skipped === 1 ? "it is" : "they are"}.`
    : back;
}

const STATUS_OF = { approve: "APPROVED", reject: "REJECTED", spam: "SPAM" } as const;

/** A decision that would leave the comment as it is only makes sense to close its open reports. */
export function availableDecisions(item: Pick<ModerationItem, "status" | "reports">): ModerationDecision[] {
  return MODERATION_DECISIONS.filter((decision) => STATUS_OF[decision] !== item.status || item.reports.length > 0);
}
