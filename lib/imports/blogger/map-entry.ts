import { slugify } from "../../text/slug";
import type { ImportedCommentStatus } from "../wordpress/map-comments";
import type { ImportStatus } from "../wordpress/map-item";
import type { BloggerEntry } from "./atom-records";

// How a Blogger post, page or comment maps onto Masthead, decided from the
// export alone (pure): kind, status and dates, the slug to try first, the
// labels, or why it stays behind.

export interface EntryMapping {
  kind: "ARTICLE" | "PAGE";
  status: ImportStatus;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  contentUpdatedAt: Date | null;
  slug: string;
  /** The old address's path, what old-address lookups find it by. */
  sourcePath: string | null;
  labels: string[];
  notes: string[];
}

/** Left out: `skipped` is what the report counts it under, `reason` what it says of the item. */
export type Mapped = { ok: true; mapping: EntryMapping } | { ok: false; skipped: string; reason: string };

/** Blogger's bin and what it deleted: reported, never brought over. */
const TRASHED = new Set(["SOFT_TRASHED", "TRASHED", "DELETED", "PURGED"]);

/** "/2021/05/boiler-day.html" → "boiler-day"; "/p/about-us.html" → "about-us". */
export function slugOfPath(path: string | null): string {
  const file = path?.split("/").pop() ?? "";
  return slugify(file.replace(/\.html?$/i, ""));
}

/** A post or page, or the reason (as the report counts it) it is left out. */
export function mapEntry(entry: BloggerEntry, now: Date): Mapped {
  const noun = entry.kind === "page" ? "pages" : "posts";
  if (TRASHED.has(entry.status)) {
    return { ok: false, skipped: `${noun} (trashed)`, reason: `was in Blogger's bin (${entry.status})` };
  }
  const notes: string[] = [];
  let status: ImportStatus;
  let when = entry.published;
  if (entry.status === "DRAFT" || entry.status === "PENDING") status = "DRAFT";
  else if (entry.status === "LIVE" || entry.status === "SCHEDULED") {
    status = entry.status === "SCHEDULED" || (when && when > now) ? "SCHEDULED" : "PUBLISHED";
    if (!when) {
      notes.push(
        status === "SCHEDULED" ? "was scheduled without a date: imported as a draft" : "had no date: published now",
      );
      status = status === "SCHEDULED" ? "DRAFT" : "PUBLISHED";
      when = status === "PUBLISHED" ? now : null;
    }
  } else {
    const status = entry.status || "missing";
    return {
      ok: false,
      skipped: `${noun} (status ${status})`,
      reason: `has the status ${status}, which is not imported`,
    };
  }

  const kind = entry.kind === "page" ? "PAGE" : "ARTICLE";
  const updated = entry.updated;
  return {
    ok: true,
    mapping: {
      kind,
      status,
      publishedAt: status === "PUBLISHED" ? when : null,
      scheduledAt: status === "SCHEDULED" ? when : null,
      contentUpdatedAt: status === "PUBLISHED" && updated && when && updated > when ? updated : null,
      slug: slugOfPath(entry.path) || slugify(entry.title) || `blogger-${entry.id}`,
      sourcePath: entry.path,
      labels: kind === "ARTICLE" ? entry.labels : [],
      notes,
    },
  };
}

const COMMENT_STATUSES: Record<string, ImportedCommentStatus> = {
  LIVE: "APPROVED",
  PENDING: "PENDING",
  AWAITING_MODERATION: "PENDING",
  SPAM: "SPAM",
  SPAM_COMMENT: "SPAM",
};

/** What a comment becomes, or null when it stays behind (trashed, deleted, removed by its writer). */
export function commentStatusOf(entry: BloggerEntry): ImportedCommentStatus | null {
  if (entry.removed) return null;
  return COMMENT_STATUSES[entry.status] ?? null;
}

/**
 * Why a comment stays behind, or null when it comes along: `post` is what
 * its post became (undefined when the export does not have the post).
 */
export function commentLeftOutReason(entry: BloggerEntry, post: "ARTICLE" | "PAGE" | null | undefined): string | null {
  if (entry.removed) return "was removed by its writer";
  if (!commentStatusOf(entry)) {
    return TRASHED.has(entry.status)
      ? `was in Blogger's bin (${entry.status})`
      : `has the status ${entry.status || "missing"}`;
  }
  if (post === "ARTICLE") return null;
  if (post === "PAGE") return "is on a page: pages here take no comments";
  return post === null ? "is on a post that was left out" : "is on a post the export does not have";
}
