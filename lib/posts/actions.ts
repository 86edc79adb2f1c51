"use server";

import { z } from "zod";
import { defineAction } from "../action";
import { afterInvalidating } from "../cache-invalidation";
import { requireReadable } from "./data/access";
import { backdatePost } from "./data/backdate";
import { postBodySchema } from "./editor-schema";
import {
  createPostOperation,
  deletePostOperation,
  postIdSchema as postId,
  publishPostOperation,
  savePostOperation,
  schedulePostOperation,
  unpublishPostOperation,
  versionSchema as version,
} from "./operations";
import { createPreviewLink, renderBodyPreview, revokePreviewLinks } from "./data/preview";
import { restoreRevision } from "./data/revisions";
import { findArticlesToPin } from "./data/pin-candidates";
import { checkSlug } from "./data/slug-availability";
import { bulkArchive, restorePost, returnToDraft, submitForReview } from "./data/transitions";

// The post editor's server actions. Each parses its input, is gated by role
// in defineAction, and hands over to lib/posts, which authorizes against the
// concrete post; what readers can see is invalidated before the answer goes back.
// Those the Admin API makes too are operations.ts's, shared with it.

export const createPostAction = defineAction(createPostOperation);

export const savePostAction = defineAction(savePostOperation);

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

export const publishPostAction = defineAction(publishPostOperation);

export const schedulePostAction = defineAction(schedulePostOperation);

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

export const unpublishPostAction = defineAction(unpublishPostOperation);

export const restorePostAction = defineAction({
  schema: z.object({ postId }),
  permission: "post:archive",
  handler: async (input, viewer) => afterInvalidating(await restorePost(viewer, input)),
});

export const deletePostAction = defineAction(deletePostOperation);

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
