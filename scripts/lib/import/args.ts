import { parseArgs } from "node:util";
import { z } from "zod";

// `npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--staff-accounts] [--as EMAIL]`,
// checked before anything touches the database.

export const IMPORT_USAGE =
  "Usage: npm run import:wordpress -- <export.xml> [--uploads path/to/wp-content/uploads] [--dry-run] [--staff-accounts] [--as admin@example.org]";

export class ImportArgsError extends Error {}

const argsSchema = z.object({
  file: z.string().min(1),
  uploads: z.string().min(1).nullable(),
  dryRun: z.boolean(),
  staffAccounts: z.boolean(),
  as: z.email("--as must be an email address").nullable(),
  /** Where to keep the progress and the report for the admin page (lib/imports/jobs). */
  statusFile: z.string().min(1).nullable(),
});

export type ImportArgs = z.output<typeof argsSchema>;

export function parseImportArgs(argv: string[]): ImportArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ImportArgsError(`${(error as Error).message}\n${IMPORT_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new ImportArgsError(`Name one export file.\n${IMPORT_USAGE}`);
  const args = argsSchema.safeParse({
    file: positionals[0],
    uploads: values.uploads ?? null,
    dryRun: values["dry-run"] ?? false,
    staffAccounts: values["staff-accounts"] ?? false,
    as: values.as ?? null,
    statusFile: values["status-file"] ?? null,
  });
  if (!args.success) throw new ImportArgsError(`${args.error.issues[0]!.message}\n${IMPORT_USAGE}`);
  return args.data;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      uploads: { type: "string" },
      "dry-run": { type: "boolean" },
      "staff-accounts": { type: "boolean" },
      as: { type: "string" },
      "status-file": { type: "string" },
    },
  });
}
