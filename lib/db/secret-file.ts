import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A random secret kept in a file only its owner can read (0600), created on
 * first use, so a fresh installation needs no configuration and no two
 * installations share one. Two processes starting at once read the same one.
 */
export function readOrCreateSecret(file: string): string {
  // The folder keeps its usual mode: run as root, the embedded PostgreSQL's
  // own system user must still reach its data folder inside it.
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Made before secrets were kept private, or copied in by hand.
    if (statSync(file).mode & 0o077) chmodSync(file, 0o600);
  }
  const secret = readFileSync(file, "utf8").trim();
  if (!secret) throw new Error(`The secret file ${file} is empty: delete it and start again to make a new one.`);
  return secret;
}
