"use server";

import { defineAction } from "../action";
import { createAdminApiToken, revokeAdminApiToken } from "./data/tokens";
import { createTokenSchema, tokenIdSchema } from "./schema";

// The Admin API tokens on /admin/api-keys. Tokens change no page of the
// site, so nothing is invalidated; the form refreshes the list itself.

export const createAdminApiTokenAction = defineAction({
  schema: createTokenSchema,
  permission: "admin-api:manage",
  handler: (input, viewer) => createAdminApiToken(viewer, input),
});

export const revokeAdminApiTokenAction = defineAction({
  schema: tokenIdSchema,
  permission: "admin-api:manage",
  handler: (input, viewer) => revokeAdminApiToken(viewer, input),
});
