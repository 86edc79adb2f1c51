"use server";

import { defineAction } from "../action";
import { afterInvalidating } from "../cache-invalidation";
import { getSiteSettings } from "../settings/data/queries";
import { deleteMedia, updateMediaDetails } from "./data/mutations";
import { listMedia } from "./data/queries";
import { deleteMediaSchema, listMediaSchema, updateMediaSchema } from "./schema";

export const updateMediaAction = defineAction({
  schema: updateMediaSchema,
  permission: "media:update",
  handler: async ({ id, ...details }, viewer) => afterInvalidating(await updateMediaDetails(viewer, id, details)),
});

export const deleteMediaAction = defineAction({
  schema: deleteMediaSchema,
  permission: "media:delete",
  handler: async ({ id }, viewer) => {
    await deleteMedia(viewer, id);
    return { id };
  },
});

/** One page of the library for the picker, with the upload limit its upload zone checks against. */
export const listMediaAction = defineAction({
  schema: listMediaSchema,
  permission: "media:read",
  handler: async (input, viewer) => {
    const [page, settings] = await Promise.all([listMedia(viewer, input), getSiteSettings()]);
    return { ...page, maxUploadMegabytes: settings.maxUploadMegabytes };
  },
});
