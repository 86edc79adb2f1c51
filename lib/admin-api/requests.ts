import { z } from "zod";
import { POST_STATUSES, POST_TYPES } from "../posts/admin-list-params";
import { draftFieldsObject } from "../posts/editor-schema";

// What Admin API clients send. The post fields are the editor's own schema
// (lib/posts/editor-schema.ts): a client names only the fields it changes,
// the rest keep their stored values, and the whole is then checked by the
// same operation the editor's save runs. These schemas also describe the
// requests in the OpenAPI document.

/** Some of the editor's fields; unknown names are refused rather than silently dropped. */
export const postFieldsPatchSchema = draftFieldsObject.partial().strict().meta({
  id: "PostFields",
  description:
    "The editor's fields. Name only those you change; the others keep their stored values. A save needs a title.",
});

const version = z
  .int()
  .min(1)
  .meta({ description: "The `version` of the post you read; a newer stored one answers 409 with the current post." });

export const createPostRequestSchema = z
  .object({ fields: postFieldsPatchSchema.optional() })
  .strict()
  .meta({ id: "CreatePost" });

export const updatePostRequestSchema = z.object({ version, fields: postFieldsPatchSchema }).strict().meta({
  id: "UpdatePost",
});

export const publishRequestSchema = z.object({ version }).strict().meta({ id: "PublishPost" });

export const scheduleRequestSchema = z
  .object({
    version,
    scheduledAt: z.iso
      .datetime({ offset: true })
      .meta({ description: "When to publish; must be in the future.", example: "2027-01-15T09:00:00+01:00" }),
  })
  .strict()
  .meta({ id: "SchedulePost" });

export const unpublishRequestSchema = z
  .object({
    archive: z.boolean().default(false).meta({ description: "Archive the post rather than returning it to draft." }),
  })
  .strict()
  .meta({ id: "UnpublishPost" });

export const postListQuerySchema = z.object({
  q: z.string().max(200).optional().meta({ description: "Words in the title." }),
  status: z.enum(POST_STATUSES).optional(),
  type: z.enum(POST_TYPES).optional(),
  section: z.string().max(64).optional().meta({ description: "A section id." }),
  contributor: z.string().max(64).optional().meta({ description: "A contributor id on the byline." }),
  sort: z.enum(["updated", "published", "title"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

export const postIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

/** The multipart form of an upload; the file is checked by its bytes, not by what the client calls it. */
export const uploadRequestSchema = z
  .object({
    file: z.string().meta({ format: "binary", description: "An image (JPEG, PNG, WebP, GIF, AVIF) or a document." }),
    alt: z.string().max(500).optional(),
    caption: z.string().max(1000).optional(),
    credit: z.string().max(200).optional(),
  })
  .meta({ id: "Upload" });
