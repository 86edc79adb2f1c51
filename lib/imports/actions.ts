"use server";

import { z } from "zod";
import { defineAction } from "../action";
import { confirmImport, jobIdSchema } from "./jobs/jobs";

/** Imports for real an export (WordPress or Blogger) the admin page uploaded and checked. */
export const confirmImportAction = defineAction({
  schema: z.object({ jobId: jobIdSchema, staffAccounts: z.boolean() }),
  permission: "site:import",
  handler: async ({ jobId, staffAccounts }, viewer) => {
    await confirmImport(viewer, jobId, staffAccounts);
    return { jobId };
  },
});
