import type { PostStatusName } from "@/lib/posts/admin-list-params";

export const STATUS_LABELS: Record<PostStatusName, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

export const TYPE_LABELS = { BLOG: "Blog", OPINION: "Opinion", NEWS: "News", FEATURE: "Feature" } as const;

export function StatusBadge({ status }: { status: PostStatusName }) {
  return (
    <span className={`status-badge status-${status.toLowerCase().replace("_", "-")}`}>{STATUS_LABELS[status]}</span>
  );
}
