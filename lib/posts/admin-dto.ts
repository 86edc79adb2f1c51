// What the admin pages receive: plain data (dates as ISO strings so client
// components can take them as props), never Prisma models.

import type { PostStatusName } from "./admin-list-params";

export interface AdminPostRow {
  id: string;
  title: string;
  slug: string;
  status: PostStatusName;
  type: "BLOG" | "OPINION" | "NEWS" | "FEATURE";
  sectionName: string | null;
  bylineNames: string[];
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
}

export interface AdminPostsPage {
  items: AdminPostRow[];
  page: number;
  hasNext: boolean;
}

export interface Dashboard {
  /** Null where the viewer may not see posts at all (moderators). */
  posts: {
    myDrafts: AdminPostRow[];
    inReview: AdminPostRow[];
    scheduled: AdminPostRow[];
    recentlyPublished: AdminPostRow[];
  } | null;
  /** Null where the viewer does not moderate comments. */
  pendingComments: number | null;
}

export interface EditorOption { id: string; name: string }
export interface ContributorOption extends EditorOption { jobTitle: string | null; organisation: string | null }

export interface EditorOptions {
  sections: EditorOption[];
  series: EditorOption[];
  contributors: ContributorOption[];
  tags: string[];
}
