"use server";

import { z } from "zod";
import { defineAction } from "../action";
import { afterInvalidating } from "../cache-invalidation";
import { requireReadable } from "./data/access";
import { backdatePost } from "./data/backdate";
import { draftFieldsSchema, POST_TYPES, postBodySchema } from "./editor-schema";
import { createPost, deletePost } from "./data/mutations";
import { createPreviewLink, renderBodyPreview, revokePreviewLinks } from "./data/preview";
import { restoreRevision } from "./data/revisions";
import { savePost } from "./data/save";
import { findArticlesToPin } from "./data/pin-candidates";
import { checkSlug } from "./data/slug-availability";
import {
  bulkArchive,
  publishPost,
  restorePost,
  returnToDraft,
  schedulePost,
  submitForReview,
  unpublishPost,
} from "./data/transitions";

// The post editor's server actions. Each parses its input, is gated by role
// in defineAction, and hands over to lib/posts, which authorizes against the
// concrete post; what readers can see is invalidated before the answer goes back.

const postId = z.string().min(1).max(64);
const version = z.coerce.number().int().min(1);
const checkbox = z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean());

export const createPostAction = defineAction({
  schema: z.object({ type: z.enum(POST_TYPES).optional(), kind: z.enum(["ARTICLE", "PAGE"]).optional() }),
  permission: "post:create",
  handler: (input, viewer) =>
    createPost(viewer, { ...(input.type ? { type: input.type } : {}), ...(input.kind ? { kind: input.kind } : {}) }),
});

export const savePostAction = defineAction({
  schema: z
    .object({ postId, version, autosave: z.boolean(), fields: draftFieldsSchema })
    // Autosave keeps a draft with no title yet ("Untitled"); a deliberate save asks for one.
    .superRefine((input, ctx) => {
      if (!input.autosave && !input.fields.title)
        ctx.addIssue({ code: "custom", path: ["fields", "title"], message: "Give the post a title." });
    }),
  permission: "post:update",
  handler: async (input, viewer) => afterInvalidating(await savePost(viewer, input)),
});

export const checkSlugAction = defineAction({
  schema: z.object({ postId, slug: z.string().trim().max(300) }),
  permission: "post:create",
  handler: async (input, viewer) => {
    const post = await requireReadable(viewer, input.postId);
    return checkSlug(viewer, input.slug, post);
  },
});

export const renderPreviewAction = defineAction({
  schema: z.object({ body: postBodySchema, language: z.string().max(35), postId: postId.optional() }),
  permission: "post:create",
  handler: async (input, viewer) => renderBodyPreview(viewer, input.body, input.postId),
});

export const findArticlesToPinAction = defineAction({
  schema: z.object({ query: z.string().trim().min(3, "Type at least 3 letters of the title.").max(200), postId }),
  permission: "post:create",
  handler: (input, viewer) => findArticlesToPin(viewer, input),
});

export const submitForReviewAction = defineAction({
  schema: z.object({ postId, version }),
  permission: "post:submit",
  handler: async (input, viewer) => afterInvalidating(await submitForReview(viewer, input)),
});

export const returnToDraftAction = defineAction({
  schema: z.object({ postId, note: z.string().trim().max(2000, "must be at most 2,000 characters").default("") }),
  permission: "post:review",
  handler: async (input, viewer) => afterInvalidating(await returnToDraft(viewer, input)),
});

export const publishPostAction = defineAction({
  schema: z.object({ postId, version }),
  permission: "post:publish",
  handler: async (input, viewer) => afterInvalidating(await publishPost(viewer, input)),
});

export const schedulePostAction = defineAction({
  schema: z.object({
    postId,
    version,
    scheduledAt: z.iso.datetime({ offset: true, message: "must be a date and time" }).transform((v) => new Date(v)),
  }),
  permission: "post:schedule",
  handler: async (input, viewer) => afterInvalidating(await schedulePost(viewer, input)),
});

export const backdatePostAction = defineAction({
  schema: z.object({
    postId,
    version,
    publishedAt: z.iso
      .datetime({ offset: true, message: "Enter the date and time of publication" })
      .transform((v) => new Date(v))
      .refine((d) => d.getUTCFullYear() >= 1900, "Enter a date from 1900 on"),
  }),
  permission: "post:publish",
  handler: async (input, viewer) => afterInvalidating(await backdatePost(viewer, input)),
});

export const unpublishPostAction = defineAction({
  schema: z.object({ postId, archive: checkbox.default(false) }),
  permission: "post:unpublish",
  handler: async (input, viewer) => afterInvalidating(await unpublishPost(viewer, input)),
});

export const restorePostAction = defineAction({
  schema: z.object({ postId }),
  permission: "post:archive",
  handler: async (input, viewer) => afterInvalidating(await restorePost(viewer, input)),
});

export const deletePostAction = defineAction({
  schema: z.object({ postId }),
  permission: "post:delete",
  handler: async (input, viewer) => afterInvalidating(await deletePost(viewer, input)),
});

export const bulkArchiveAction = defineAction({
  schema: z.object({ postIds: z.array(postId).min(1, "Select the posts to archive first.").max(500) }),
  permission: "post:archive",
  handler: async (input, viewer) => afterInvalidating(await bulkArchive(viewer, input.postIds)),
});

export const restoreRevisionAction = defineAction({
  schema: z.object({ postId, revisionId: z.string().min(1).max(64), version }),
  permission: "post:update",
  handler: async (input, viewer) => afterInvalidating(await restoreRevision(viewer, input)),
});

export const createPreviewLinkAction = defineAction({
  schema: z.object({ postId }),
  permission: "post:preview-link",
  handler: (input, viewer) => createPreviewLink(viewer, input.postId),
});

export const revokePreviewLinksAction = defineAction({
  schema: z.object({ postId }),
  permission: "post:preview-link",
  handler: (input, viewer) => revokePreviewLinks(viewer, input.postId),
});
