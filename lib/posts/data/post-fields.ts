import "server-only";
import type { Prisma } from "../../db";
import type { EditableFields } from "../dto";
import { draftFieldsSchema, type PostFields, UNTITLED } from "../editor-schema";

// The editor's fields (editor-schema.ts) in the database: one select and a
// mapping each way for the posts table, and the copy a revision keeps. Tags,
// bylines and chosen related articles are rows of their own, which the save resolves and rewrites
// (post-references.ts); the slug is the save's choice (it may follow the title).

export const editableFieldsSelect = {
  title: true,
  slug: true,
  type: true,
  standfirst: true,
  body: true,
  language: true,
  sectionId: true,
  otherSections: { orderBy: { position: "asc" }, select: { sectionId: true } },
  seriesId: true,
  seriesPosition: true,
  heroMediaId: true,
  heroImageUrl: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  seoTitle: true,
  seoDescription: true,
  hashtag: true,
  commentsEnabled: true,
  signOff: true,
  pageTemplate: true,
  pageContactId: true,
  tags: { select: { tag: { select: { id: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
  bylines: {
    orderBy: { position: "asc" },
    select: { contributorId: true, jobTitle: true, organisation: true, contributor: { select: { name: true } } },
  },
  pinnedRelated: {
    orderBy: { position: "asc" },
    select: { relatedId: true, related: { select: { title: true, status: true } } },
  },
} satisfies Prisma.PostSelect;

export type EditableFieldsRow = Prisma.PostGetPayload<{ select: typeof editableFieldsSelect }>;

export function editableFieldsOf(row: EditableFieldsRow): EditableFields {
  return {
    title: row.title,
    slug: row.slug,
    type: row.type,
    standfirst: row.standfirst,
    body: row.body,
    language: row.language,
    sectionId: row.sectionId,
    otherSectionIds: row.otherSections.map((s) => s.sectionId),
    seriesId: row.seriesId,
    seriesPosition: row.seriesPosition,
    tags: row.tags.map(({ tag }) => tag),
    bylines: row.bylines.map((b) => ({
      contributorId: b.contributorId,
      name: b.contributor.name,
      jobTitle: b.jobTitle,
      organisation: b.organisation,
    })),
    related: row.pinnedRelated.map((r) => ({ postId: r.relatedId, title: r.related.title, status: r.related.status })),
    // The address decides whether there is a hero; the other columns are only its details.
    hero:
      row.heroImageUrl === null
        ? null
        : {
            mediaId: row.heroMediaId,
            url: row.heroImageUrl,
            alt: row.heroAlt ?? "",
            caption: row.heroCaption ?? "",
            credit: row.heroCredit ?? "",
          },
    seoTitle: row.seoTitle ?? "",
    seoDescription: row.seoDescription ?? "",
    hashtag: row.hashtag,
    commentsEnabled: row.commentsEnabled,
    signOff: row.signOff,
    template: row.pageTemplate,
    contactId: row.pageContactId,
  };
}

/** The posts columns the fields fill, apart from the slug. An empty title is stored as "Untitled". */
export function postColumnsOf(fields: PostFields) {
  const hero = fields.hero;
  return {
    title: fields.title || UNTITLED,
    type: fields.type,
    standfirst: fields.standfirst,
    body: fields.body,
    language: fields.language,
    sectionId: fields.sectionId,
    seriesId: fields.seriesId,
    seriesPosition: fields.seriesPosition,
    heroMediaId: hero?.mediaId ?? null,
    heroImageUrl: hero?.url ?? null,
    heroAlt: hero?.alt ?? null,
    heroCaption: hero?.caption || null,
    heroCredit: hero?.credit || null,
    seoTitle: fields.seoTitle || null,
    seoDescription: fields.seoDescription || null,
    hashtag: fields.hashtag,
    commentsEnabled: fields.commentsEnabled,
    signOff: fields.signOff,
    pageTemplate: fields.template,
    pageContactId: fields.contactId,
  } satisfies Prisma.PostUncheckedUpdateManyInput;
}

/**
 * A revision's copy of the fields: the text in columns of its own, every
 * other field as JSON in `fields`. Revisions already stored have this shape,
 * and restoring reads them back through the editor schema.
 */
export interface RevisionSnapshot {
  title: string;
  standfirst: string;
  body: string;
  fields: Omit<PostFields, "title" | "standfirst" | "body">;
}

export function revisionSnapshotOf(fields: PostFields): RevisionSnapshot {
  const { title, standfirst, body, ...rest } = fields;
  return { title: title || UNTITLED, standfirst, body, fields: rest };
}

/** The fields a stored revision holds, or null when they no longer satisfy the editor schema. */
export function fieldsOfRevision(revision: {
  title: string;
  standfirst: string;
  body: string;
  fields: Prisma.JsonValue;
}): PostFields | null {
  const stored = typeof revision.fields === "object" && revision.fields !== null ? revision.fields : {};
  const parsed = draftFieldsSchema.safeParse({
    ...stored,
    title: revision.title,
    standfirst: revision.standfirst,
    body: revision.body,
  });
  return parsed.success ? parsed.data : null;
}
