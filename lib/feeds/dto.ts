// Plain data passed between the feed reads (data/queries.ts) and the pure
// builders (build.ts): serialisable, so the reads can be cached as they are.

export type FeedFormat = "rss" | "atom" | "json";

/** Which posts a feed carries. Slugs, not ids: they come straight from the URL. */
export type FeedScope = { kind: "site" } | { kind: "section"; slug: string } | { kind: "contributor"; slug: string };

/** What the feed is about, as found in the database. */
export type FeedSubject =
  | { kind: "site" }
  | { kind: "section"; id: string; slug: string; name: string; description: string }
  | { kind: "contributor"; id: string; slug: string; name: string; description: string };

export interface FeedPost {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  language: string;
  publishedAt: Date;
  /** contentUpdatedAt when the text changed in substance after publication, else publishedAt. */
  updatedAt: Date;
  /** The stored, sanitized article HTML; null when the read was asked for summaries only. */
  html: string | null;
  section: { slug: string; name: string } | null;
  tags: { slug: string; name: string }[];
  bylines: { slug: string; name: string }[];
  hero: { url: string; alt: string } | null;
}

export interface FeedChannel {
  subject: FeedSubject;
  /** Newest first. */
  posts: FeedPost[];
  /** Ids of everything the feed shows (posts, their sections, tags and bylines, and the subject): its cache tags. */
  shows: { posts: string[]; sections: string[]; tags: string[]; contributors: string[] };
}
