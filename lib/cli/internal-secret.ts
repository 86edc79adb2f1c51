import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The secret the site and its out-of-process writers share: INTERNAL_API_SECRET
 * when set, otherwise a random one kept in the data folder, so a fresh machine
 * needs no configuration and no two installations share a default.
 */
export function ensureInternalSecret(dataDir: string): string {
  if (process.env.INTERNAL_API_SECRET) return process.env.INTERNAL_API_SECRET;
  const file = path.join(dataDir, "internal-api-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  process.env.INTERNAL_API_SECRET = readFileSync(file, "utf8").trim();
  return process.env.INTERNAL_API_SECRET;
}
