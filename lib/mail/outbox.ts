import { randomBytes } from "node:crypto";
import { chmod, mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../env";

// Without SMTP settings every message is written here as one .eml file, so
// invitations and password resets work on a machine with no mail server.
// The messages hold sign-in and reset links: only the site's own user may
// read them (folder 0700, files 0600).

export const outboxDirectory = (): string => path.join(env().MASTHEAD_DATA_DIR, "outbox");

async function ensurePrivateFolder(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  // A folder made before the outbox was private, or by another umask.
  if ((await stat(directory)).mode & 0o077) await chmod(directory, 0o700);
}

/** Writes one raw message; file names sort in the order messages were sent. */
export async function writeToOutbox(raw: Buffer, directory = outboxDirectory()): Promise<string> {
  await ensurePrivateFolder(directory);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(directory, `${stamp}-${randomBytes(4).toString("hex")}.eml`);
  await writeFile(file, raw, { mode: 0o600, flag: "wx" });
  return file;
}
