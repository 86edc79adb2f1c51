import { z } from "zod";
import type { ImportReport } from "../wordpress/report";

// What an import started from the admin page is doing, as the import
// command writes it to the job's status file (--status-file) and the page
// reads it back. The file is the only channel between the two processes.

export const jobStatusSchema = z.object({
  state: z.enum(["running", "done", "failed"]),
  dryRun: z.boolean(),
  phase: z.enum(["reading", "importing"]),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** The report once done (ImportReport, trusted: written by the import command itself). */
  report: z.custom<ImportReport>((value) => typeof value === "object" && value !== null).nullable(),
  error: z.string().nullable(),
  updatedAt: z.string(),
});

export type JobStatus = z.output<typeof jobStatusSchema>;
