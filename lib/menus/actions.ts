"use server";

import { defineAction } from "../action";
import { afterInvalidating } from "../cache-invalidation";
import { saveMenu } from "./data/menus";
import { menuSaveSchema } from "./schema";

export const saveMenuAction = defineAction({
  schema: menuSaveSchema,
  permission: "menu:update",
  handler: async (input, viewer) => afterInvalidating(await saveMenu(viewer, input)),
});
