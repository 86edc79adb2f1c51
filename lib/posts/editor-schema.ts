import { z } from "zod";
import { slugify } from "../text/slug";

// What the post editor submits, one schema for the form and the server.
// Drafts may be incomplete (draftFieldsSchema); whether a post is complete
// enough to publish is publish-requirements.ts's question, not the schema's.
//
// This schema is where a post's editable fields are declared. The form type
// (components/admin/editor/editor-form.ts) and the revision snapshot derive
// from it; data/post-fields.ts maps it to the posts table. A field added
// later needs a default here, so that revisions saved before it still restore.

export const POST_TYPES = ["BLOG", "OPINION", "NEWS", "FEATURE"] as const;
/** A standalone page's layout: the text alone, or with a contact block under it. */
export const PAGE_TEMPLATES = ["PLAIN", "CONTACT"] as const;
export const UNTITLED = "Untitled";
export const SLUG_MAX = 120;
export const SEO_TITLE_HINT = 70;
export const SEO_DESCRIPTION_HINT = 160;
/** Sections a post may be in besides its primary one. */
export const OTHER_SECTIONS_MAX = 5;
/** "Read more" shows this many articles; an editor may choose all of them. */
export const RELATED_PINNED_MAX = 4;

const EDITOR_SLUG = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const MEDIA_URL = /^(?:\/(?!\/)|https?:\/\/)\S*$/;

/** Markdown as a writer submits it. PostgreSQL text cannot hold NUL; CommonMark reads it as U+FFFD anyway. */
export const postBodySchema = z
  .string()
  .max(100_000, "must be at most 100,000 characters")
  .transform((t) => t.replace(/\u0000/g, "\uFFFD"));

const optionalId = z.preprocess((v) => (v === "" ? null : v), z.string().min(1).max(64).nullable());

const heroSchema = z.object({
  mediaId: optionalId,
  url: z.string().trim().max(2000).regex(MEDIA_URL, "must be a web address or a path on this site"),
  alt: z.string().trim().max(300, "must be at most 300 characters"),
  caption: z.string().trim().max(500, "must be at most 500 characters"),
  credit: z.string().trim().max(200, "must be at most 200 characters"),
});

export const draftFieldsObject = z.object({
  title: z.string().trim().max(200, "must be at most 200 characters"),
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX, `must be at most ${SLUG_MAX} characters`)
    .regex(EDITOR_SLUG, "may only use lower-case letters, digits and single hyphens"),
  type: z.enum(POST_TYPES),
  standfirst: z.string().trim().max(400, "must be at most 400 characters"),
  body: postBodySchema,
  language: z.string().trim().regex(LANGUAGE_TAG, "must be a language tag such as en-GB or nl-NL"),
  sectionId: optionalId,
  /** Sections the post is also listed in, besides its primary one. */
  otherSectionIds: z
    .array(z.string().min(1).max(64))
    .max(OTHER_SECTIONS_MAX, `at most ${OTHER_SECTIONS_MAX} other sections`)
    .default([]),
  seriesId: optionalId,
  seriesPosition: z.number().int().min(1, "must be 1 or more").max(10_000).nullable(),
  tagNames: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(60, "must be at most 60 characters")
        .refine((name) => slugify(name) !== "", "needs at least one letter or digit"),
    )
    .max(30, "at most 30 tags")
    .transform(uniqueBySlug),
  bylines: z
    .array(z.object({ contributorId: z.string().min(1).max(64) }))
    .max(10, "at most 10 bylines")
    .refine((list) => new Set(list.map((b) => b.contributorId)).size === list.length, "names someone twice"),
  // "Read more" chosen by hand, in order; the site fills the remaining places.
  related: z
    .array(z.object({ postId: z.string().min(1).max(64) }))
    .max(RELATED_PINNED_MAX, `at most ${RELATED_PINNED_MAX} articles`)
    .refine((list) => new Set(list.map((r) => r.postId)).size === list.length, "names an article twice")
    .default([]),
  // An empty hero slot (no media, no address) means "no hero image".
  hero: z.preprocess((v) => (isEmptyHero(v) ? null : v), heroSchema.nullable()),
  seoTitle: z
    .string()
    .trim()
    .max(300, "must be at most 300 characters")
    .nullable()
    .transform((v) => v ?? ""),
  seoDescription: z
    .string()
    .trim()
    .max(500, "must be at most 500 characters")
    .nullable()
    .transform((v) => v ?? ""),
  hashtag: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().replace(/^#/, "") || null : v),
    z
      .string()
      .regex(/^\w{1,50}$/, "must be one word of letters, digits or underscores, without #")
      .nullable(),
  ),
  commentsEnabled: z.boolean(),
  signOff: z.boolean(),
  // Standalone pages only (lib/pages); an article keeps the defaults.
  template: z.enum(PAGE_TEMPLATES).default("PLAIN"),
  contactId: optionalId.default(null),
});

// A position only means something inside a series; the primary section is
// not also one of the others, and none is named twice.
export const draftFieldsSchema = draftFieldsObject.transform((fields) => ({
  ...fields,
  seriesPosition: fields.seriesId === null ? null : fields.seriesPosition,
  otherSectionIds: [...new Set(fields.otherSectionIds)].filter((id) => id !== fields.sectionId),
}));

/** The editor's fields as the contract states them: a title is required outside autosave. */
export const postFieldsSchema = draftFieldsSchema.superRefine((fields, ctx) => {
  if (!fields.title) ctx.addIssue({ code: "custom", path: ["title"], message: "Give the post a title." });
});

export type PostFields = z.output<typeof draftFieldsSchema>;
export type PostFieldsInput = z.input<typeof draftFieldsSchema>;
export type PostFieldName = keyof PostFields;

/** Every editor field, in the schema's order. */
export const POST_FIELD_NAMES: readonly PostFieldName[] = draftFieldsObject.keyof().options;

/**
 * The editor fields out of something that holds more (an EditablePost, a form
 * kept in the browser), in the schema's order, so that two copies of the same
 * fields serialize alike.
 */
export function postFieldsOf<T extends Record<PostFieldName, unknown>>(source: T): Pick<T, PostFieldName> {
  return Object.fromEntries(POST_FIELD_NAMES.map((name) => [name, source[name]])) as Pick<T, PostFieldName>;
}

function uniqueBySlug(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const slug = slugify(name);
    if (seen.has(slug)) return false;
    seen.add(slug);
    return true;
  });
}

function isEmptyHero(value: unknown): boolean {
  if (!value || typeof value !== "object") return false;
  const hero = value as { mediaId?: unknown; url?: unknown };
  return !hero.mediaId && (typeof hero.url !== "string" || hero.url.trim() === "");
}
