import { z } from "zod";
import type { MediaDTO } from "../media/dto";
import type { AdminPostRow, EditablePost } from "../posts/dto";
import { PAGE_TEMPLATES, POST_TYPES } from "../posts/editor-schema";
import { POST_STATUSES } from "../posts/admin-list-params";

// What the Admin API answers, as zod schemas for the OpenAPI document. The
// answers themselves are the admin's own DTOs (EditablePost, AdminPostRow,
// MediaDTO); the type checks at the end fail to compile when one of them
// changes and these do not, so the document cannot drift from the answers.

const time = z.iso.datetime().meta({ example: "2026-12-06T09:00:00.000Z" });
const status = z.enum(POST_STATUSES);

const permissions = z
  .object({
    canEdit: z.boolean(),
    canSubmit: z.boolean(),
    canReturn: z.boolean(),
    canPublish: z.boolean(),
    canSchedule: z.boolean(),
    canUnpublish: z.boolean(),
    canArchive: z.boolean(),
    canBackdate: z.boolean(),
    canDelete: z.boolean(),
    canRestore: z.boolean(),
  })
  .meta({ description: "What this token may do with the post now." });

export const apiPostSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["ARTICLE", "PAGE"]),
    version: z.int().meta({ description: "Send it back with a change; it goes up with every write." }),
    status,
    title: z.string(),
    slug: z.string(),
    type: z.enum(POST_TYPES),
    standfirst: z.string(),
    body: z.string().meta({ description: "Markdown." }),
    language: z.string(),
    sectionId: z.string().nullable(),
    otherSectionIds: z.array(z.string()),
    seriesId: z.string().nullable(),
    seriesPosition: z.int().nullable(),
    tags: z.array(z.object({ id: z.string(), name: z.string() })),
    bylines: z.array(
      z.object({
        contributorId: z.string(),
        name: z.string(),
        jobTitle: z.string().nullable(),
        organisation: z.string().nullable(),
      }),
    ),
    related: z.array(z.object({ postId: z.string(), title: z.string(), status })),
    hero: z
      .object({
        mediaId: z.string().nullable(),
        url: z.string(),
        alt: z.string(),
        caption: z.string(),
        credit: z.string(),
      })
      .nullable(),
    seoTitle: z.string(),
    seoDescription: z.string(),
    hashtag: z.string().nullable(),
    commentsEnabled: z.boolean(),
    signOff: z.boolean(),
    template: z.enum(PAGE_TEMPLATES),
    contactId: z.string().nullable(),
    publishedAt: time.nullable(),
    publishedByName: z.string().nullable(),
    scheduledAt: time.nullable(),
    reviewNote: z.string().nullable(),
    updatedAt: time,
    createdById: z.string().nullable(),
    missingForPublish: z.array(z.string()).meta({ description: "What must be filled in before it can be published." }),
    permissions,
  })
  .meta({ id: "Post" });

export const apiPostRowSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    slug: z.string(),
    status,
    type: z.enum(POST_TYPES),
    sectionName: z.string().nullable(),
    bylineNames: z.array(z.string()),
    updatedAt: time,
    publishedAt: time.nullable(),
    publishedByName: z.string().nullable(),
    scheduledAt: time.nullable(),
  })
  .meta({ id: "PostRow" });

export const apiMediaSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["image", "document"]),
    typeLabel: z.string(),
    url: z.string().meta({ description: "Put it in a post's body or hero." }),
    srcset: z.string(),
    sizes: z.string(),
    width: z.int(),
    height: z.int(),
    alt: z.string(),
    caption: z.string(),
    credit: z.string(),
    originalName: z.string(),
    mimeType: z.string(),
    bytes: z.int(),
    createdAt: time,
  })
  .meta({ id: "Media" });

export const postListSchema = z.object({
  data: z.array(apiPostRowSchema),
  page: z.int(),
  hasNext: z.boolean().meta({ description: "Whether `page + 1` has more." }),
});

/** A 409's body: what is stored now, to merge with before trying again. */
export const conflictSchema = z
  .object({ error: z.string(), current: apiPostSchema.nullable() })
  .meta({ id: "Conflict" });

// Compile-time agreement between the documented shapes and the DTOs sent (dates go out as ISO strings).
type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type DocumentedAnswers = [
  Holds<Same<z.infer<typeof apiPostSchema>, EditablePost>>,
  Holds<Same<z.infer<typeof apiPostRowSchema>, AdminPostRow>>,
  Holds<Same<z.infer<typeof apiMediaSchema>, Json<MediaDTO>>>,
];
