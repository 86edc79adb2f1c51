import { z } from "zod";
import type { RawFields, RawItem } from "./wxr-reader";

// The export's records as typed values. Everything in a WXR file is text;
// these schemas say which of it must be there (an item's id, an author's
// login) and turn the rest into numbers, dates and booleans. A record that
// fails is skipped and reported, never half imported.

const text = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim());
/** Long text keeps its own spacing: it is HTML or Markdown, where indentation can matter. */
const body = z
  .string()
  .optional()
  .transform((v) => v ?? "");
const id = z
  .string()
  .trim()
  .regex(/^[0-9]{1,19}$/, "is not a WordPress id");
const optionalId = z
  .string()
  .optional()
  .transform((v) => (v && /^[1-9][0-9]{0,18}$/.test(v.trim()) ? v.trim() : null));

/** "2019-03-14 09:00:00" in UTC (WordPress's *_gmt columns), or null for its "0000-00-00 00:00:00". */
function gmtDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match || match[1] === "0000") return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An RSS pubDate ("Thu, 14 Mar 2019 09:00:00 +0000"); WordPress writes year -0001 for "never". */
function rssDate(value: string): Date | null {
  if (!value || /\s-0001\s/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export const siteSchema = z.object({
  title: text,
  link: text,
  language: text,
  "wp:wxr_version": z
    .string({ error: "This file has no WXR version: it is not a WordPress export." })
    .trim()
    .regex(/^1\.[0-2]$/, "Only WordPress exports of WXR version 1.0, 1.1 and 1.2 can be imported."),
  "wp:base_site_url": text,
  "wp:base_blog_url": text,
});

export const authorSchema = z
  .object({
    "wp:author_id": optionalId,
    "wp:author_login": z.string().trim().min(1, "has no login"),
    "wp:author_email": text,
    "wp:author_display_name": text,
    "wp:author_first_name": text,
    "wp:author_last_name": text,
  })
  .transform((a) => ({
    id: a["wp:author_id"],
    login: a["wp:author_login"],
    email: a["wp:author_email"],
    name:
      a["wp:author_display_name"] ||
      [a["wp:author_first_name"], a["wp:author_last_name"]].filter(Boolean).join(" ") ||
      a["wp:author_login"],
    firstName: a["wp:author_first_name"] || null,
  }));

export const categorySchema = z
  .object({
    "wp:term_id": optionalId,
    "wp:category_nicename": z.string().trim().min(1, "has no slug"),
    "wp:category_parent": text,
    "wp:cat_name": text,
    "wp:category_description": text,
  })
  .transform((c) => ({
    id: c["wp:term_id"],
    slug: c["wp:category_nicename"],
    parent: c["wp:category_parent"] || null,
    name: c["wp:cat_name"] || c["wp:category_nicename"],
    description: c["wp:category_description"],
  }));

export const tagSchema = z
  .object({
    "wp:term_id": optionalId,
    "wp:tag_slug": z.string().trim().min(1, "has no slug"),
    "wp:tag_name": text,
  })
  .transform((t) => ({ id: t["wp:term_id"], slug: t["wp:tag_slug"], name: t["wp:tag_name"] || t["wp:tag_slug"] }));

export type WxrSite = z.output<typeof siteSchema>;
export type WxrAuthor = z.output<typeof authorSchema>;
export type WxrCategory = z.output<typeof categorySchema>;
export type WxrTag = z.output<typeof tagSchema>;

const commentSchema = z
  .object({
    "wp:comment_id": id,
    "wp:comment_author": text,
    "wp:comment_author_email": text,
    "wp:comment_date": text,
    "wp:comment_date_gmt": text,
    "wp:comment_content": body,
    "wp:comment_approved": text,
    "wp:comment_type": text,
    "wp:comment_parent": optionalId,
  })
  .transform((c) => ({
    id: c["wp:comment_id"],
    authorName: c["wp:comment_author"],
    authorEmail: c["wp:comment_author_email"],
    date: gmtDate(c["wp:comment_date_gmt"]) ?? gmtDate(c["wp:comment_date"]),
    content: c["wp:comment_content"],
    /** "1" approved, "0" pending, "spam", "trash" (and "post-trashed"). */
    approved: c["wp:comment_approved"],
    /** "" or "comment" for a reader's comment; "pingback", "trackback" and plugins' own types otherwise. */
    type: c["wp:comment_type"] || "comment",
    parentId: c["wp:comment_parent"],
  }));

export type WxrComment = z.output<typeof commentSchema>;

const itemFieldsSchema = z.object({
  title: text,
  link: text,
  pubDate: text,
  "dc:creator": text,
  "content:encoded": body,
  "excerpt:encoded": body,
  "wp:post_id": id,
  "wp:post_date": text,
  "wp:post_date_gmt": text,
  "wp:post_modified": text,
  "wp:post_modified_gmt": text,
  "wp:comment_status": text,
  "wp:post_name": text,
  "wp:status": text,
  "wp:post_parent": optionalId,
  "wp:post_type": text,
  "wp:post_password": text,
  "wp:is_sticky": text,
  "wp:attachment_url": text,
});

export interface WxrItem {
  id: string;
  type: string;
  title: string;
  /** The item's address on the old site. */
  link: string;
  /** WordPress's post_name: the slug, percent-encoded when it is not ASCII; empty on many drafts. */
  slug: string;
  status: string;
  creator: string;
  content: string;
  excerpt: string;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  commentsOpen: boolean;
  passwordProtected: boolean;
  sticky: boolean;
  parentId: string | null;
  attachmentUrl: string;
  categories: { domain: string; slug: string; name: string }[];
  meta: Map<string, string>;
  comments: WxrComment[];
  /** Comments that could not be read (a missing id), counted for the report. */
  unreadableComments: number;
}

/** A raw item as a typed one, or the reason it cannot be imported. */
export function parseItem(raw: RawItem): { ok: true; item: WxrItem } | { ok: false; id: string; reason: string } {
  const fields = itemFieldsSchema.safeParse(raw.fields);
  if (!fields.success) {
    const issue = fields.error.issues[0]!;
    return {
      ok: false,
      id: raw.fields["wp:post_id"]?.trim() || "?",
      reason: `${issue.path.join(".")} ${issue.message}`,
    };
  }
  const f = fields.data;
  const comments: WxrComment[] = [];
  let unreadableComments = 0;
  for (const rawComment of raw.comments) {
    const comment = commentSchema.safeParse(rawComment);
    if (comment.success) comments.push(comment.data);
    else unreadableComments++;
  }
  return {
    ok: true,
    item: {
      id: f["wp:post_id"],
      type: f["wp:post_type"] || "post",
      title: f.title,
      link: f.link,
      slug: f["wp:post_name"],
      status: f["wp:status"],
      creator: f["dc:creator"],
      content: f["content:encoded"],
      excerpt: f["excerpt:encoded"].trim(),
      publishedAt: gmtDate(f["wp:post_date_gmt"]) ?? rssDate(f.pubDate) ?? gmtDate(f["wp:post_date"]),
      modifiedAt: gmtDate(f["wp:post_modified_gmt"]) ?? gmtDate(f["wp:post_modified"]),
      commentsOpen: f["wp:comment_status"] !== "closed",
      passwordProtected: f["wp:post_password"] !== "",
      sticky: f["wp:is_sticky"] === "1",
      parentId: f["wp:post_parent"],
      attachmentUrl: f["wp:attachment_url"],
      categories: raw.categories
        .filter((c) => c.nicename)
        .map((c) => ({ domain: c.domain, slug: c.nicename.trim(), name: c.name.trim() })),
      meta: new Map(raw.meta.map((m) => [m["wp:meta_key"]?.trim() ?? "", m["wp:meta_value"] ?? ""])),
      comments,
      unreadableComments,
    },
  };
}

/** Fields of a raw record, parsed by one of the term or author schemas. */
export function parseFields<S extends z.ZodType>(
  schema: S,
  fields: RawFields,
): { ok: true; value: z.output<S> } | { ok: false; reason: string } {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, reason: `${issue.path.join(".")} ${issue.message}`.trim() };
}
