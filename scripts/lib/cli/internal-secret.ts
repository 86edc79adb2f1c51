import path from "node:path";
import { readOrCreateSecret } from "../../../lib/db/secret-file";

/**
 * A secret from the environment when set, otherwise a random one kept in the
 * data folder, so a fresh machine needs no configuration and no two
 * installations share a default.
 */
function ensureSecret(dataDir: string, variable: "INTERNAL_API_SECRET" | "NEXTAUTH_SECRET", fileName: string): string {
  const secret = process.env[variable] || readOrCreateSecret(path.join(dataDir, fileName));
  process.env[variable] = secret;
  return secret;
}

/** The secrets the site and its out-of-process writers share: the internal API bearer and the session signing key. */
export function ensureInternalSecret(dataDir: string): string {
  ensureSecret(dataDir, "NEXTAUTH_SECRET", "nextauth-secret");
  return ensureSecret(dataDir, "INTERNAL_API_SECRET", "internal-api-secret");
}
