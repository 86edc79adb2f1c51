import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import { authorize, type Viewer } from "../../auth/permissions";
import { env } from "../../env";
import { Conflict, NotFound, ValidationError } from "../../errors";
import { jobStatusSchema, type JobStatus } from "./status";

// Imports started from the admin page. The uploaded export is kept in a
// folder of its own under MASTHEAD_DATA_DIR/imports, beside a note of which
// system it came from, and the work is done by that system's import command
// (scripts/import-wordpress.ts, scripts/import-blogger.ts) in a process of
// its own, started from here: minutes of parsing and rendering never run on
// the web server's threads. The command reports through the job's status file.

/** An export larger than this is refused: the command line imports any size. */
export const UPLOAD_LIMIT_BYTES = 512 * 1024 * 1024;

/** A running import writes its status at least this often; one silent for longer has died. */
const STALE_MS = 60_000;

export const jobIdSchema = z.string().regex(/^[a-f0-9]{24}$/, "is not an import");

export const importSystemSchema = z.enum(["wordpress", "blogger"]);
export type ImportSystem = z.output<typeof importSystemSchema>;

const COMMANDS: Record<ImportSystem, { script: string; npm: string }> = {
  wordpress: { script: "scripts/import-wordpress.ts", npm: "npm run import:wordpress" },
  blogger: { script: "scripts/import-blogger.ts", npm: "npm run import:blogger" },
};

const importsDir = () => path.resolve(env().MASTHEAD_DATA_DIR, "imports");
const jobDir = (id: string) => path.join(importsDir(), jobIdSchema.parse(id));
const exportFile = (id: string) => path.join(jobDir(id), "export.xml");
const statusPath = (id: string) => path.join(jobDir(id), "status.json");
const systemPath = (id: string) => path.join(jobDir(id), "system");

const tooLarge = (system: ImportSystem) =>
  new ValidationError(
    `The export is larger than ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB: import it with ${COMMANDS[system].npm}.`,
    { file: ["too large"] },
  );

/** Stores an uploaded export (the request body, streamed to disk) and starts its dry run. */
export async function uploadExport(
  viewer: Viewer,
  body: ReadableStream<Uint8Array> | null,
  length: number,
  system: ImportSystem = "wordpress",
): Promise<string> {
  authorize(viewer, "site:import");
  if (!body) throw new ValidationError("Choose the export file to upload.", { file: ["missing"] });
  if (length > UPLOAD_LIMIT_BYTES) throw tooLarge(system);
  await refuseWhileRunning();
  const id = randomBytes(12).toString("hex");
  await mkdir(jobDir(id), { recursive: true });
  let received = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(received > UPLOAD_LIMIT_BYTES ? tooLarge(system) : null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(body as import("node:stream/web").ReadableStream),
      counted,
      createWriteStream(exportFile(id)),
    );
  } catch (error) {
    await rm(jobDir(id), { recursive: true, force: true });
    throw error;
  }
  if (received === 0) throw new ValidationError("The uploaded file is empty.", { file: ["empty"] });
  await writeFile(systemPath(id), system);
  await startImportCommand(viewer, id, { dryRun: true, staffAccounts: false });
  return id;
}

/** Imports an export uploaded (and checked) before, for real. */
export async function confirmImport(viewer: Viewer, id: string, staffAccounts: boolean): Promise<void> {
  authorize(viewer, "site:import");
  await refuseWhileRunning();
  const status = await getJobStatus(viewer, id);
  // Checked and not yet imported, or an import that stopped part-way (a new run adds only what is missing).
  const ready = status && ((status.state === "done" && status.dryRun) || (status.state === "failed" && !status.dryRun));
  if (!ready) {
    throw new ValidationError("This export has not been checked yet, or was imported already.", {
      jobId: ["not ready"],
    });
  }
  await startImportCommand(viewer, id, { dryRun: false, staffAccounts });
}

/** What the job is doing; null before the command has written anything. */
export async function getJobStatus(viewer: Viewer, id: string): Promise<JobStatus | null> {
  authorize(viewer, "site:import");
  await stat(exportFile(id)).catch(() => {
    throw new NotFound("That import is not here (any more).");
  });
  const text = await readFile(statusPath(id), "utf8").catch(() => null);
  const parsed = text ? jobStatusSchema.safeParse(JSON.parse(text)) : null;
  const status = parsed?.success ? parsed.data : null;
  if (status?.state === "running" && Date.now() - Date.parse(status.updatedAt) > STALE_MS) {
    return {
      ...status,
      state: "failed",
      error: "The import stopped without finishing. Start it again: it continues where it stopped.",
    };
  }
  return status;
}

async function refuseWhileRunning(): Promise<void> {
  const ids = await readdir(importsDir()).catch(() => [] as string[]);
  for (const id of ids.filter((name) => jobIdSchema.safeParse(name).success)) {
    const text = await readFile(statusPath(id), "utf8").catch(() => null);
    const status = text ? jobStatusSchema.safeParse(JSON.parse(text)) : null;
    if (
      status?.success &&
      status.data.state === "running" &&
      Date.now() - Date.parse(status.data.updatedAt) < STALE_MS
    ) {
      throw new Conflict("Another import is running. Wait for it to finish.");
    }
  }
}

/** The import command in a process of its own, credited to this administrator. */
async function startImportCommand(
  viewer: Viewer,
  id: string,
  options: { dryRun: boolean; staffAccounts: boolean },
): Promise<void> {
  // An upload from before Blogger imports has no note: it was WordPress's.
  const noted = await readFile(systemPath(id), "utf8").catch(() => "wordpress");
  const system = importSystemSchema.catch("wordpress").parse(noted.trim());
  // Marked running before the command starts (it takes a few seconds to write anything), so a second click is refused.
  const starting: JobStatus = {
    state: "running",
    dryRun: options.dryRun,
    phase: "reading",
    done: 0,
    total: 0,
    report: null,
    error: null,
    updatedAt: new Date().toISOString(),
  };
  await writeFile(statusPath(id), JSON.stringify(starting));
  const args = [
    "--conditions=react-server",
    "--max-old-space-size=128",
    "--max-semi-space-size=8",
    "--import",
    "tsx",
    path.resolve(COMMANDS[system].script),
    exportFile(id),
    "--as",
    viewer.email,
    "--status-file",
    statusPath(id),
    ...(options.dryRun ? ["--dry-run"] : []),
    // Blogger hides its writers' addresses: there are no staff accounts to make.
    ...(options.staffAccounts && system === "wordpress" ? ["--staff-accounts"] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: process.cwd(), env: process.env, stdio: "ignore" });
  child.unref();
}
