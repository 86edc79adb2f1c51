// What the pages (public and editor) receive: plain data, never Prisma models.

import type { ShownEntities } from "../cache-tags";
import type { PostStatusName } from "./admin-list-params";
import type { PostFields } from "./editor-schema";
import type { PostKindName } from "./kind-fields";
import type { PostStatus } from "./workflow";

export type PostTypeName = "BLOG" | "OPINION" | "NEWS" | "FEATURE";

export interface PublicByline {
  name: string;
  slug: string;
  jobTitle: string | null;
  organisation: string | null;
}

export interface PublicPostSummary {
  id: string;
  slug: string;
  type: PostTypeName;
  title: string;
  standfirst: string;
  language: string;
  publishedAt: Date;
  section: { slug: string; name: string } | null;
  bylines: PublicByline[];
  hero: PublicHero | null;
  /** Approved comments; filled in by the listings that show it on their cards. */
  commentCount?: number;
}

export interface PublicHero {
  url: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  /** Present when the hero comes from the media library: WebP candidates and the intrinsic size. */
  responsive?: { srcset: string; width: number; height: number };
}

export interface ContactCard {
  name: string;
  /** What the card calls them: the profile's first name, or the name without an honorific. */
  firstName: string;
  slug: string;
  email: string | null;
  phone: string | null;
}

export interface SeriesPart {
  position: number;
  /** Null while the part is not published: forthcoming parts show no title or link. */
  slug: string | null;
  title: string | null;
}

export interface SeriesBox {
  slug: string;
  title: string;
  position: number;
  /** How many parts the series is meant to have; null while open-ended (lib/series/length.ts tells what to print). */
  plannedParts: number | null;
  previous: SeriesPart | null;
  next: SeriesPart | null;
  parts: SeriesPart[];
}

export interface ArticleHeading {
  depth: 2 | 3;
  id: string;
  text: string;
}

export interface PublicPost extends PublicPostSummary {
  html: string;
  headings: ArticleHeading[];
  readingMinutes: number;
  contentUpdatedAt: Date | null;
  seoTitle: string | null;
  seoDescription: string | null;
  signOff: boolean;
  commentsEnabled: boolean;
  tags: { slug: string; name: string }[];
  /** The publishing account's display name, only when the site shows it (never an email); else null. */
  publishedBy: string | null;
  /** The writers' "@handle"s, credited in the share text. */
  writerHandles: string[];
  /** Sections it is also listed in, besides its primary one (`section`). */
  otherSections: { slug: string; name: string }[];
}

export interface ArticlePage {
  shows: ShownEntities;
  post: PublicPost;
  contacts: ContactCard[];
  series: SeriesBox | null;
  related: PublicPostSummary[];
}

/** A page of a listing. No total: counting every match would grow with the archive. */
export interface Page<T> {
  items: T[];
  page: number;
  hasNext: boolean;
}

/** A byline as the editor shows it: the writer and the job title and organisation printed with it. */
export interface EditableByline {
  contributorId: string;
  name: string;
  jobTitle: string | null;
  organisation: string | null;
}

/** An article chosen for "Read more", titled for the editor. */
export interface EditableRelated {
  postId: string;
  title: string;
  status: PostStatus;
}

/** The editor's fields as stored, with tags, bylines and chosen articles named for display. */
export type EditableFields = Omit<PostFields, "tagNames" | "bylines" | "related"> & {
  tags: { id: string; name: string }[];
  bylines: EditableByline[];
  related: EditableRelated[];
};

export interface EditablePostPermissions {
  canEdit: boolean;
  canSubmit: boolean;
  /** Back to draft from review, or out of the schedule. */
  canReturn: boolean;
  canPublish: boolean;
  canSchedule: boolean;
  canUnpublish: boolean;
  canArchive: boolean;
  /** Give a published post an earlier publication date. */
  canBackdate: boolean;
  canDelete: boolean;
  /** Out of the archive, back to draft. */
  canRestore: boolean;
}

export interface EditablePost extends EditableFields {
  id: string;
  /** An article, or a standalone page: the editor shows each kind its own fields. */
  kind: PostKindName;
  version: number;
  status: PostStatus;
  publishedAt: string | null;
  /** Who first published it (name, or email when the account has no name); null before publication. */
  publishedByName: string | null;
  scheduledAt: string | null;
  reviewNote: string | null;
  updatedAt: string;
  createdById: string | null;
  missingForPublish: string[];
  permissions: EditablePostPermissions;
}

export interface SaveResult {
  version: number;
  savedAt: string;
  slug: string;
  missingForPublish: string[];
}

export type RevisionKind = "MANUAL" | "AUTOSAVE" | "CONFLICT" | "RESTORE";

export interface RevisionListItem {
  id: string;
  kind: RevisionKind;
  version: number;
  authorName: string;
  createdAt: string;
  title: string;
}

export interface RevisionPair {
  revision: {
    title: string;
    standfirst: string;
    body: string;
    /** The other editor fields as saved (slug, type, taxonomy, bylines, hero, SEO …). */
    fields: Record<string, unknown>;
    createdAt: string;
    authorName: string;
    kind: RevisionKind;
  };
  current: { title: string; standfirst: string; body: string };
}

export interface AdminPostRow {
  id: string;
  title: string;
  slug: string;
  status: PostStatusName;
  type: PostTypeName;
  sectionName: string | null;
  bylineNames: string[];
  updatedAt: string;
  publishedAt: string | null;
  publishedByName: string | null;
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

export interface EditorOption {
  id: string;
  name: string;
}
export interface ContributorOption extends EditorOption {
  jobTitle: string | null;
  organisation: string | null;
  /** Opted in to show contact details, and has some: a page's contact block may name them. */
  offersContact: boolean;
}

export interface EditorOptions {
  sections: EditorOption[];
  series: EditorOption[];
  contributors: ContributorOption[];
  tags: string[];
}
