"use server";

import { defineAction } from "../action";
import { afterInvalidating } from "../cache-invalidation";
import { removeBrandImage, setAccentColor, setBrandImage } from "./data/mutations";
import { accentInputSchema, brandRemoveSchema, brandUploadSchema } from "./schema";

export const uploadBrandImageAction = defineAction({
  schema: brandUploadSchema,
  permission: "settings:update",
  handler: async ({ kind, file }, viewer) =>
    afterInvalidating(
      await setBrandImage(viewer, kind, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) }),
    ),
});

export const removeBrandImageAction = defineAction({
  schema: brandRemoveSchema,
  permission: "settings:update",
  handler: async ({ kind }, viewer) => afterInvalidating(await removeBrandImage(viewer, kind)),
});

export const setAccentColorAction = defineAction({
  schema: accentInputSchema,
  permission: "settings:update",
  handler: async ({ accentColor }, viewer) => afterInvalidating(await setAccentColor(viewer, accentColor)),
});
