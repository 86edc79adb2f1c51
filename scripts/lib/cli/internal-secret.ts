import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A secret from the environment when set, otherwise a random one kept in the
 * data folder, so a fresh machine needs no configuration and no two
 * installations share a default.
 */
function ensureSecret(dataDir: string, variable: "INTERNAL_API_SECRET" | "NEXTAUTH_SECRET", fileName: string): string {
  const given = process.env[variable];
  if (given) return given;
  const file = path.join(dataDir, fileName);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  const secret = readFileSync(file, "utf8").trim();
  process.env[variable] = secret;
  return secret;
}

/** The secrets the site and its out-of-process writers share: the internal API bearer and the session signing key. */
export function ensureInternalSecret(dataDir: string): string {
  ensureSecret(dataDir, "NEXTAUTH_SECRET", "nextauth-secret");
  return ensureSecret(dataDir, "INTERNAL_API_SECRET", "internal-api-secret");
}
