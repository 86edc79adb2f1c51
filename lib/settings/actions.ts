"use server";

import { defineAction } from "../action";
import { afterInvalidating } from "../cache-invalidation";
import { settingsInputSchema } from "./input";
import { updateSettings } from "./data/mutations";

export const updateSettingsAction = defineAction({
  schema: settingsInputSchema,
  permission: "settings:update",
  handler: async (input, viewer) => ({
    changed: (await afterInvalidating(await updateSettings(viewer, input))).changed,
  }),
});
