import { slugify } from "../../text/slug";
import type { WxrItem } from "./wxr-records";

// How a WordPress post or page maps onto a Masthead one, decided from the
// export alone (pure): which kind, which status at which dates, which slug
// to try first, where its section and tags come from. The database decides
// the rest (a free slug, the ids of the terms) when the item is written.

export type ImportStatus = "PUBLISHED" | "SCHEDULED" | "DRAFT";

export interface ItemMapping {
  kind: "ARTICLE" | "PAGE";
  status: ImportStatus;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  /** When the text last changed after publication ("Updated" on the page). */
  contentUpdatedAt: Date | null;
  /** The slug to try first (WordPress's own, made ASCII); another is chosen when it is taken. */
  slug: string;
  /** WordPress's slug as its addresses spelled it, for old-address lookups. */
  sourceSlug: string | null;
  /** The first category: the post's section. */
  sectionSlug: string | null;
  /** Further categories (as tags), then tags, by WordPress slug. */
  categoryTags: string[];
  tags: string[];
  /** Sticky on the old site's front page: tagged Featured, the nearest thing Masthead has. */
  featured: boolean;
  /** Notes for the report: what did not map one-to-one. */
  notes: string[];
}

/**
 * Masthead has no sticky or featured flag (its home page features the newest
 * article), so a sticky post carries this tag: editors can find them at
 * /tags/featured and pin or re-date them as they wish.
 */
export const FEATURED_TAG = { key: "wordpress:sticky", slug: "featured", name: "Featured" } as const;

/** WordPress's default category, which says nothing about a post: no section for it. */
const UNCATEGORIZED = "uncategorized";

/** What each WordPress status becomes. Private has no members-only counterpart here: it stays a draft. */
const STATUSES: Record<string, ImportStatus> = {
  publish: "PUBLISHED",
  future: "SCHEDULED",
  draft: "DRAFT",
  pending: "DRAFT",
  private: "DRAFT",
};

/** Post types brought over; attachments are read as images, everything else is skipped and counted. */
export const IMPORTED_TYPES = new Set(["post", "page"]);

/** WordPress writes non-ASCII slugs percent-encoded ("%e6%97%a5"); old addresses carry them so. */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug).toLowerCase();
  } catch {
    return slug.toLowerCase();
  }
}

/** Null when the item is not brought over at all (a trashed post, an auto-draft, a type we do not import). */
export function mapItem(item: WxrItem, now: Date): ItemMapping | null {
  if (!IMPORTED_TYPES.has(item.type)) return null;
  let status = STATUSES[item.status];
  if (!status) return null;
  const notes: string[] = [];
  if (item.status === "private") notes.push("was private: imported as a draft");
  if (item.passwordProtected && status !== "DRAFT") {
    notes.push("was password-protected: imported as a draft");
    status = "DRAFT";
  }
  let publishedAt = item.publishedAt;
  if (status === "PUBLISHED" && !publishedAt) {
    notes.push("had no publication date: published now");
    publishedAt = now;
  }
  if (status === "SCHEDULED" && !publishedAt) {
    notes.push("was scheduled without a date: imported as a draft");
    status = "DRAFT";
  }

  const sourceSlug = item.slug ? decodeSlug(item.slug) : null;
  const slug = slugify(sourceSlug ?? "") || slugify(item.title) || `wp-${item.id}`;
  const categories = item.categories.filter((c) => c.domain === "category").map((c) => c.slug);
  const section = categories.find((c) => c !== UNCATEGORIZED) ?? null;
  const kind = item.type === "page" ? "PAGE" : "ARTICLE";
  const modified = item.modifiedAt;
  const featured = kind === "ARTICLE" && item.sticky;
  if (featured) notes.push("was sticky: tagged Featured");

  return {
    kind,
    status,
    publishedAt: status === "PUBLISHED" ? publishedAt : null,
    scheduledAt: status === "SCHEDULED" ? publishedAt : null,
    contentUpdatedAt: status === "PUBLISHED" && modified && publishedAt && modified > publishedAt ? modified : null,
    slug,
    sourceSlug,
    sectionSlug: kind === "ARTICLE" ? section : null,
    categoryTags: kind === "ARTICLE" ? categories.filter((c) => c !== section && c !== UNCATEGORIZED) : [],
    tags: kind === "ARTICLE" ? item.categories.filter((c) => c.domain === "post_tag").map((c) => c.slug) : [],
    featured,
    notes,
  };
}
