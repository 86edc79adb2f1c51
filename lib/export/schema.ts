import { z } from "zod";

// The export format (`npm run export`, the admin's download): a zip that a
// person can read and another Masthead can import. Posts and pages are
// Markdown files with YAML front matter; everything else is JSON. Ids are
// kept, so an import into an empty site puts every reference back as it was.
// What a render derives (HTML, plain text, headings, search vectors, the
// media a body uses) is not exported: the import renders again.

export const EXPORT_FORMAT = "masthead-export";
export const EXPORT_FORMAT_VERSION = 1;

const id = z.string().min(1).max(64);
const slug = z.string().min(1).max(200);
const date = z.iso.datetime().transform((value) => new Date(value));

export const exportManifestSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});

export const exportedUserSchema = z.object({
  id,
  email: z.email(),
  emailVerified: date.nullable(),
  name: z.string().nullable(),
  image: z.string().nullable(),
  role: z.enum(["ADMIN", "EDITOR", "AUTHOR", "MODERATOR", "READER"]),
  disabled: z.boolean(),
  bannedAt: date.nullable(),
  commentAlerts: z.enum(["OFF", "IMMEDIATE", "DAILY_DIGEST"]),
  invitedById: id.nullable(),
  createdAt: date,
});

export const exportedContributorSchema = z.object({
  id,
  slug,
  name: z.string(),
  firstName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  organisation: z.string().nullable(),
  /** Markdown. */
  bio: z.string(),
  photoUrl: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  contactOptIn: z.boolean(),
  socialHandle: z.string().nullable(),
  organisationHandle: z.string().nullable(),
  userId: id.nullable(),
  createdInDraft: z.boolean(),
  createdAt: date,
  updatedAt: date,
});

export const exportedSectionSchema = z.object({
  id,
  slug,
  name: z.string(),
  description: z.string(),
  position: z.number().int(),
  createdAt: date,
});

export const exportedTagSchema = z.object({
  id,
  slug,
  name: z.string(),
  createdInDraft: z.boolean(),
  createdAt: date,
});

export const exportedSeriesSchema = z.object({
  id,
  slug,
  title: z.string(),
  /** Markdown. */
  description: z.string(),
  language: z.string(),
  plannedParts: z.number().int().nullable(),
  createdAt: date,
  updatedAt: date,
});

export const exportedCommentSchema = z.object({
  id,
  postId: id,
  /** Null for a comment brought in from another system without an account (WordPress): then the guest's name and email. */
  authorId: id.nullable(),
  guestName: z.string().nullable(),
  guestEmail: z.string().nullable(),
  parentId: id.nullable(),
  /** Markdown. */
  body: z.string(),
  status: z.enum(["PENDING", "APPROVED", "REJECTED", "SPAM"]),
  moderatedById: id.nullable(),
  moderatedAt: date.nullable(),
  editedAt: date.nullable(),
  removedAt: date.nullable(),
  createdAt: date,
  updatedAt: date,
});

export const exportedMediaSchema = z.object({
  id,
  storageKey: id,
  kind: z.enum(["IMAGE", "DOCUMENT"]),
  originalName: z.string(),
  mimeType: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  alt: z.string(),
  caption: z.string(),
  credit: z.string(),
  variants: z.json(),
  uploadedById: id.nullable(),
  createdAt: date,
  updatedAt: date,
});

/** Old addresses of renamed posts, and of renamed sections, tags, series and contributors: links keep working after a move. */
export const exportedSlugRedirectSchema = z.object({ id, oldSlug: slug, postId: id, createdAt: date });
export const exportedPathRedirectSchema = z.object({
  fromPath: z.string().min(1),
  toPath: z.string().min(1),
  createdAt: date,
});

export const exportedMenuSchema = z.object({ name: z.enum(["HEADER", "FOOTER"]), updatedAt: date });
export const exportedMenuItemSchema = z.object({
  id,
  menu: z.enum(["HEADER", "FOOTER"]),
  position: z.number().int(),
  label: z.string(),
  kind: z.enum(["HOME", "SECTION", "PAGE", "SERIES", "TAG", "LINK"]),
  targetId: id.nullable(),
  url: z.string().nullable(),
});

export const exportedSettingSchema = z.object({ key: z.string().min(1), value: z.json(), updatedAt: date });

/** A post's or page's front matter; its Markdown body follows it. */
export const exportedPostSchema = z.object({
  id,
  slug,
  kind: z.enum(["ARTICLE", "PAGE"]),
  type: z.enum(["BLOG", "OPINION", "NEWS", "FEATURE"]),
  title: z.string(),
  standfirst: z.string(),
  language: z.string(),
  status: z.enum(["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"]),
  publishedAt: date.nullable(),
  scheduledAt: date.nullable(),
  contentUpdatedAt: date.nullable(),
  section: slug.nullable(),
  /** Sections it is also listed in, in order. */
  alsoIn: z.array(slug),
  tags: z.array(slug),
  series: z.object({ slug, position: z.number().int().nullable() }).nullable(),
  bylines: z.array(
    z.object({ id, contributor: slug, jobTitle: z.string().nullable(), organisation: z.string().nullable() }),
  ),
  hero: z.object({
    mediaId: id.nullable(),
    imageUrl: z.string().nullable(),
    alt: z.string().nullable(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
  }),
  seoTitle: z.string().nullable(),
  seoDescription: z.string().nullable(),
  hashtag: z.string().nullable(),
  commentsEnabled: z.boolean(),
  signOff: z.boolean(),
  /** The editor's pinned "Read more", in order, by slug. */
  related: z.array(slug),
  pageTemplate: z.enum(["PLAIN", "CONTACT"]),
  pageContact: slug.nullable(),
  reviewNote: z.string().nullable(),
  createdById: id.nullable(),
  publishedById: id.nullable(),
  scheduledById: id.nullable(),
  version: z.number().int().positive(),
  createdAt: date,
  updatedAt: date,
});

export type ExportedUser = z.input<typeof exportedUserSchema>;
export type ExportedContributor = z.input<typeof exportedContributorSchema>;
export type ExportedSection = z.input<typeof exportedSectionSchema>;
export type ExportedTag = z.input<typeof exportedTagSchema>;
export type ExportedSeries = z.input<typeof exportedSeriesSchema>;
export type ExportedComment = z.input<typeof exportedCommentSchema>;
export type ExportedMedia = z.input<typeof exportedMediaSchema>;
export type ExportedSetting = z.input<typeof exportedSettingSchema>;
export type ExportedSlugRedirect = z.input<typeof exportedSlugRedirectSchema>;
export type ExportedPathRedirect = z.input<typeof exportedPathRedirectSchema>;
export type ExportedMenu = z.input<typeof exportedMenuSchema>;
export type ExportedMenuItem = z.input<typeof exportedMenuItemSchema>;
export type ExportedPost = z.input<typeof exportedPostSchema>;

/** The JSON files of an export, each a list of one kind of row. */
export const EXPORT_JSON_FILES = {
  "users.json": exportedUserSchema,
  "contributors.json": exportedContributorSchema,
  "sections.json": exportedSectionSchema,
  "tags.json": exportedTagSchema,
  "series.json": exportedSeriesSchema,
  "comments.json": exportedCommentSchema,
  "media.json": exportedMediaSchema,
  "settings.json": exportedSettingSchema,
  "slug-redirects.json": exportedSlugRedirectSchema,
  "path-redirects.json": exportedPathRedirectSchema,
  "menus.json": exportedMenuSchema,
  "menu-items.json": exportedMenuItemSchema,
} as const;
