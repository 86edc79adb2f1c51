"use server";

import { defineAction } from "../action";
import { invalidateTags } from "../cache-tags";
import { createComment, deleteOwnComment, editOwnComment, reportComment, setDisplayName } from "./reader-mutations";
import { commentCreateSchema, commentDeleteSchema, commentEditSchema, commentReportSchema, displayNameSchema } from "./schema";

// Readers' comment actions. The builder checks the role-level permission; the
// mutations check the concrete comment and post.

export const createCommentAction = defineAction({
  schema: commentCreateSchema,
  permission: "comment:create",
  handler: async (input, viewer) => {
    const { tags, ...created } = await createComment(viewer, input);
    invalidateTags(tags);
    return created;
  },
});

export const editOwnCommentAction = defineAction({
  schema: commentEditSchema,
  permission: "comment:edit-own",
  handler: async (input, viewer) => (await editOwnComment(viewer, input)).comment,
});

export const deleteOwnCommentAction = defineAction({
  schema: commentDeleteSchema,
  permission: "comment:delete-own",
  handler: async (input, viewer) => {
    const { tags, id } = await deleteOwnComment(viewer, input);
    invalidateTags(tags);
    return { id };
  },
});

export const reportCommentAction = defineAction({
  schema: commentReportSchema,
  permission: "comment:report",
  handler: (input, viewer) => reportComment(viewer, input),
});

export const setDisplayNameAction = defineAction({
  schema: displayNameSchema,
  permission: "comment:create",
  handler: async (input, viewer) => {
    const { tags, name } = await setDisplayName(viewer, input);
    invalidateTags(tags);
    return { name };
  },
});
