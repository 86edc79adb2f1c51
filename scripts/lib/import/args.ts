import { parseArgs } from "node:util";
import { z } from "zod";

// `npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--staff-accounts] [--as EMAIL]`
// and `npm run import:blogger -- blog.atom [--dry-run] [--as EMAIL]`,
// checked before anything touches the database.

export const IMPORT_USAGE =
  "Usage: npm run import:wordpress -- <export.xml> [--uploads path/to/wp-content/uploads] [--dry-run] [--staff-accounts] [--as admin@example.org]";

export const BLOGGER_IMPORT_USAGE =
  "Usage: npm run import:blogger -- <blog.atom or feed.atom> [--dry-run] [--as admin@example.org]";

export type ImportSystem = "wordpress" | "blogger";

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

export function parseImportArgs(argv: string[], system: ImportSystem = "wordpress"): ImportArgs {
  const usage = system === "wordpress" ? IMPORT_USAGE : BLOGGER_IMPORT_USAGE;
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv, system);
  } catch (error) {
    throw new ImportArgsError(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new ImportArgsError(`Name one export file.\n${usage}`);
  const args = argsSchema.safeParse({
    file: positionals[0],
    uploads: values.uploads ?? null,
    dryRun: values["dry-run"] ?? false,
    staffAccounts: values["staff-accounts"] ?? false,
    as: values.as ?? null,
    statusFile: values["status-file"] ?? null,
  });
  if (!args.success) throw new ImportArgsError(`${args.error.issues[0]!.message}\n${usage}`);
  return args.data;
}

const OPTIONS = {
  uploads: { type: "string" },
  "dry-run": { type: "boolean" },
  "staff-accounts": { type: "boolean" },
  as: { type: "string" },
  "status-file": { type: "string" },
} as const;

/** Blogger exports carry no uploads folder, and its writers' addresses are hidden: no staff accounts to make. */
const BLOGGER_OPTIONS = { "dry-run": OPTIONS["dry-run"], as: OPTIONS.as, "status-file": OPTIONS["status-file"] };

function parse(argv: string[], system: ImportSystem) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: system === "wordpress" ? OPTIONS : (BLOGGER_OPTIONS as typeof OPTIONS),
  });
}
