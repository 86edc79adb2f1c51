"use server";

import { z } from "zod";
import { defineAction } from "../action";
import { confirmImport, jobIdSchema } from "./jobs/jobs";

/** Imports for real an export the admin page uploaded and checked. */
export const confirmWordPressImportAction = defineAction({
  schema: z.object({ jobId: jobIdSchema, staffAccounts: z.boolean() }),
  permission: "site:import",
  handler: async ({ jobId, staffAccounts }, viewer) => {
    await confirmImport(viewer, jobId, staffAccounts);
    return { jobId };
  },
});
