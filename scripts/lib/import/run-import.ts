import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { ensureImportWorker } from "../cli/import-worker";
import { ensureInternalSecret } from "../cli/internal-secret";
import { progressBar } from "../cli/progress";
import { env, localSiteUrl } from "../../../lib/env";
import type { Db } from "../../../lib/db";
import { formatReport, type ImportReport } from "../../../lib/imports/wordpress/report";
import type { Progress } from "../../../lib/imports/wordpress/import";
import type { ImportArgs, ImportSystem } from "./args";
import { type StatusFile, statusFile } from "./status-file";
import { askSiteToDropListings } from "./revalidate";
import { administratorViewer } from "./viewer";

// The import commands' work once the database is open (WordPress and
// Blogger alike): two progress bars (reading the export for its index, then
// the posts), the report, and a word to the running site so its listings
// show what came in.

export class ExportUnreadable extends Error {}

/**
 * Threads that convert and render posts: IMPORT_WORKERS when set, else every
 * core but the one this thread and PostgreSQL share.
 */
export function importWorkerCount(): number {
  const chosen = Number(process.env.IMPORT_WORKERS);
  if (Number.isInteger(chosen) && chosen >= 1 && chosen <= 16) return chosen;
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

async function sizeOf(file: string): Promise<number> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new ExportUnreadable(`No export file at ${file}.`);
  return info.size;
}

export interface RunOutput {
  progress: boolean;
  /** Print the report and ask the running site to drop its cached listings (the command; not the benchmark). */
  report: boolean;
}

export async function runWordPressImport(
  db: Db,
  args: ImportArgs,
  output: RunOutput = { progress: true, report: true },
): Promise<ImportReport> {
  return withStatus(args, (status) => run(db, args, output, status, "wordpress"));
}

/** `npm run import:blogger`: the same command around the Blogger import (lib/imports/blogger). */
export async function runBloggerImport(
  db: Db,
  args: ImportArgs,
  output: RunOutput = { progress: true, report: true },
): Promise<ImportReport> {
  return withStatus(args, (status) => run(db, args, output, status, "blogger"));
}

async function withStatus(args: ImportArgs, work: (status: StatusFile | null) => Promise<ImportReport>) {
  const status = args.statusFile ? statusFile(args.statusFile, args.dryRun) : null;
  try {
    const report = await work(status);
    status?.finish(report);
    return report;
  } catch (error) {
    status?.fail(error instanceof Error ? error.message : String(error));
    throw error;
  }
}

/** A progress bar on the terminal and, for the admin page, the same counts in the status file. */
function progressOf(output: RunOutput, status: StatusFile | null, phase: "reading" | "importing", label: string) {
  return (total: number): Progress => {
    const bars = [
      ...(output.progress ? [progressBar(label, total)] : []),
      ...(status ? [status.phase(phase, total)] : []),
    ];
    return { tick: (n) => bars.forEach((bar) => bar.tick(n)), done: () => bars.forEach((bar) => bar.done()) };
  };
}

async function run(
  db: Db,
  args: ImportArgs,
  output: RunOutput,
  status: StatusFile | null,
  system: ImportSystem,
): Promise<ImportReport> {
  const bytes = await sizeOf(args.file);
  if (args.uploads) {
    const folder = await stat(args.uploads).catch(() => null);
    if (!folder?.isDirectory()) throw new ExportUnreadable(`--uploads ${args.uploads} is not a folder.`);
  }
  const viewer = await administratorViewer(db, args.as);
  const { startImportWorkers } = await import("../../../lib/imports/wordpress/content/pool");
  ensureImportWorker();
  const workers = startImportWorkers(importWorkerCount());

  let pass = 0;
  const open = () => {
    const stream = createReadStream(args.file);
    // The first pass reads the whole file for its index: its bar counts bytes.
    if (pass++ === 0) {
      const reading = progressOf(output, status, "reading", "Reading the export (bytes)")(bytes);
      stream.on("data", (chunk) => reading.tick(chunk.length));
      stream.on("end", () => reading.done());
    }
    return stream;
  };
  const label = args.dryRun ? "Checking posts and pages" : "Importing posts and pages";
  const common = {
    open,
    prepareContent: workers.prepare,
    dryRun: args.dryRun,
    progress: progressOf(output, status, "importing", system === "blogger" ? `${label} and comments` : label),
  };
  const { result, tags } = await (
    system === "blogger"
      ? import("../../../lib/imports/blogger/import").then(({ importBlogger }) => importBlogger(viewer, common))
      : import("../../../lib/imports/wordpress/import").then(({ importWordPress }) =>
          importWordPress(viewer, { ...common, uploadsDir: args.uploads, staffAccounts: args.staffAccounts }),
        )
  ).finally(() => workers.close());

  if (output.report) {
    console.log(formatReport(result));
    const config = env();
    const secret = ensureInternalSecret(config.MASTHEAD_DATA_DIR);
    if (tags.length) console.log(await askSiteToDropListings(localSiteUrl(config), secret, tags));
  }
  return result;
}
