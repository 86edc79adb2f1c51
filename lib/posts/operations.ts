import { z } from "zod";
import { defineOperation } from "../action";
import { afterInvalidating } from "../cache-invalidation";
import { draftFieldsSchema, POST_TYPES } from "./editor-schema";
import { createPost, deletePost } from "./data/mutations";
import { savePost } from "./data/save";
import { publishPost, schedulePost, unpublishPost } from "./data/transitions";

// The post changes that both the editor's server actions (actions.ts) and the
// Admin API (lib/admin-api) make: one schema, one permission, one call into
// the data layer, and the same cache invalidation, whoever asks.

export const postIdSchema = z.string().min(1).max(64);
export const versionSchema = z.coerce.number().int().min(1);
const checkbox = z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean());

export const createPostOperation = defineOperation({
  schema: z.object({ type: z.enum(POST_TYPES).optional(), kind: z.enum(["ARTICLE", "PAGE"]).optional() }),
  permission: "post:create",
  handler: (input, viewer) =>
    createPost(viewer, { ...(input.type ? { type: input.type } : {}), ...(input.kind ? { kind: input.kind } : {}) }),
});

export const savePostOperation = defineOperation({
  schema: z
    .object({ postId: postIdSchema, version: versionSchema, autosave: z.boolean(), fields: draftFieldsSchema })
    // Autosave keeps a draft with no title yet ("Untitled"); a deliberate save asks for one.
    .superRefine((input, ctx) => {
      if (!input.autosave && !input.fields.title)
        ctx.addIssue({ code: "custom", path: ["fields", "title"], message: "Give the post a title." });
    }),
  permission: "post:update",
  handler: async (input, viewer) => afterInvalidating(await savePost(viewer, input)),
});

export const publishPostOperation = defineOperation({
  schema: z.object({ postId: postIdSchema, version: versionSchema }),
  permission: "post:publish",
  handler: async (input, viewer) => afterInvalidating(await publishPost(viewer, input)),
});

export const schedulePostOperation = defineOperation({
  schema: z.object({
    postId: postIdSchema,
    version: versionSchema,
    scheduledAt: z.iso.datetime({ offset: true, message: "must be a date and time" }).transform((v) => new Date(v)),
  }),
  permission: "post:schedule",
  handler: async (input, viewer) => afterInvalidating(await schedulePost(viewer, input)),
});

export const unpublishPostOperation = defineOperation({
  schema: z.object({ postId: postIdSchema, archive: checkbox.default(false) }),
  permission: "post:unpublish",
  handler: async (input, viewer) => afterInvalidating(await unpublishPost(viewer, input)),
});

export const deletePostOperation = defineOperation({
  schema: z.object({ postId: postIdSchema }),
  permission: "post:delete",
  handler: async (input, viewer) => afterInvalidating(await deletePost(viewer, input)),
});
