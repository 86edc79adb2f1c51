"use server";

import { defineAction } from "../action";
import { createContentApiKey, revokeContentApiKey } from "./data/keys";
import { createKeySchema, keyIdSchema } from "./schema";

// The API keys page (/admin/api-keys). Keys change no page of the site, so
// nothing is invalidated; the form refreshes the list itself.

export const createContentApiKeyAction = defineAction({
  schema: createKeySchema,
  permission: "content-api:manage",
  handler: (input, viewer) => createContentApiKey(viewer, input),
});

export const revokeContentApiKeyAction = defineAction({
  schema: keyIdSchema,
  permission: "content-api:manage",
  handler: (input, viewer) => revokeContentApiKey(viewer, input),
});
