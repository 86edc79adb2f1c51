import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../env";

// Without SMTP settings every message is written here as one .eml file, so
// invitations and password resets work on a machine with no mail server.

export const outboxDirectory = (): string => path.join(env().MASTHEAD_DATA_DIR, "outbox");

/** Writes one raw message; file names sort in the order messages were sent. */
export async function writeToOutbox(raw: Buffer, directory = outboxDirectory()): Promise<string> {
  await mkdir(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(directory, `${stamp}-${randomBytes(4).toString("hex")}.eml`);
  await writeFile(file, raw);
  return file;
}
