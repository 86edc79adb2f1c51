import Link from "next/link";
import { formatInZone } from "@/lib/i18n/zoned-time";
import type { RevisionKind, RevisionListItem } from "@/lib/posts/dto";

const KIND_LABELS: Record<RevisionKind, string> = {
  MANUAL: "Saved",
  AUTOSAVE: "Autosaved",
  CONFLICT: "Refused save (kept)",
  RESTORE: "Restored",
};

/** The post's history, newest first; the selected revision is marked as current. */
export function RevisionList({
  postId,
  revisions,
  selectedId,
  timeZone,
}: {
  postId: string;
  revisions: RevisionListItem[];
  selectedId: string | null;
  timeZone: string;
}) {
  if (revisions.length === 0)
    return <p className="empty-state">No revisions yet: they are kept each time the post is saved.</p>;
  return (
    <ol className="revision-list">
      {revisions.map((r) => (
        <li key={r.id}>
          <Link
            href={`/admin/posts/${postId}/revisions?revision=${r.id}`}
            aria-current={r.id === selectedId ? "true" : undefined}
          >
            <time dateTime={r.createdAt}>{formatInZone(r.createdAt, timeZone)}</time>
          </Link>
          <span className="form-note">
            {" "}
            {KIND_LABELS[r.kind]} by {r.authorName} · version {r.version}
          </span>
        </li>
      ))}
    </ol>
  );
}
