"use server";

import { defineAction } from "../action";
import { afterInvalidating } from "../cache-invalidation";
import {
  createSection,
  createTag,
  deleteSection,
  deleteTag,
  mergeTags,
  moveSection,
  updateSection,
  updateTag,
} from "./data/mutations";
import { deleteByIdSchema } from "../schemas";
import {
  sectionCreateSchema,
  sectionMoveSchema,
  sectionUpdateSchema,
  tagCreateSchema,
  tagMergeSchema,
  tagUpdateSchema,
} from "./schema";

export const createSectionAction = defineAction({
  schema: sectionCreateSchema,
  permission: "taxonomy:manage",
  handler: async (input, viewer) => afterInvalidating(await createSection(viewer, input)),
});
export const updateSectionAction = defineAction({
  schema: sectionUpdateSchema,
  permission: "taxonomy:manage",
  handler: async (input, viewer) => afterInvalidating(await updateSection(viewer, input)),
});
export const moveSectionAction = defineAction({
  schema: sectionMoveSchema,
  permission: "taxonomy:manage",
  handler: async (input, viewer) => afterInvalidating(await moveSection(viewer, input)),
});
export const deleteSectionAction = defineAction({
  schema: deleteByIdSchema,
  permission: "taxonomy:manage",
  handler: async ({ id }, viewer) => afterInvalidating(await deleteSection(viewer, id)),
});

export const createTagAction = defineAction({
  schema: tagCreateSchema,
  permission: "taxonomy:manage",
  handler: async (input, viewer) => afterInvalidating(await createTag(viewer, input)),
});
export const updateTagAction = defineAction({
  schema: tagUpdateSchema,
  permission: "taxonomy:manage",
  handler: async (input, viewer) => afterInvalidating(await updateTag(viewer, input)),
});
export const mergeTagsAction = defineAction({
  schema: tagMergeSchema,
  permission: "taxonomy:manage",
  handler: async (input, viewer) => afterInvalidating(await mergeTags(viewer, input)),
});
export const deleteTagAction = defineAction({
  schema: deleteByIdSchema,
  permission: "taxonomy:manage",
  handler: async ({ id }, viewer) => afterInvalidating(await deleteTag(viewer, id)),
});
