"use server";

import { defineAction } from "../action";
import { afterInvalidating } from "../cache-invalidation";
import { deleteByIdSchema } from "../schemas";
import { createContributor, createContributorProfile, deleteContributor, updateContributor } from "./data/mutations";
import { contributorInlineCreateSchema, contributorProfileSchema, contributorUpdateSchema } from "./schema";

/** The post editor's inline "new guest writer": answers exactly { id, name, slug, jobTitle, organisation }. */
export const createContributorAction = defineAction({
  schema: contributorInlineCreateSchema,
  permission: "contributor:create",
  handler: async (input, viewer) => afterInvalidating(await createContributor(viewer, input)),
});

export const createContributorProfileAction = defineAction({
  schema: contributorProfileSchema,
  permission: "contributor:manage",
  handler: async (input, viewer) => {
    const { id, slug } = await afterInvalidating(await createContributorProfile(viewer, input));
    return { id, slug };
  },
});

export const updateContributorAction = defineAction({
  schema: contributorUpdateSchema,
  permission: "contributor:update",
  handler: async (input, viewer) => {
    const { id, slug } = await afterInvalidating(await updateContributor(viewer, input));
    return { id, slug };
  },
});

export const deleteContributorAction = defineAction({
  schema: deleteByIdSchema,
  permission: "contributor:manage",
  handler: async ({ id }, viewer) => afterInvalidating(await deleteContributor(viewer, id)),
});
