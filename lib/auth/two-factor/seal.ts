import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../../env";

// Secrets at rest and short-lived tickets, sealed with AES-256-GCM under keys
// derived from NEXTAUTH_SECRET with HKDF: one key per purpose, so a ticket can
// never be opened as a stored secret or the other way round. Rotating
// NEXTAUTH_SECRET makes stored authenticator secrets unreadable: an admin then
// resets those accounts' two-factor sign-in.

export type SealPurpose = "totp-secret" | "sign-in-ticket" | "passkey-challenge" | "recovery-code";

const VERSION = "v1";

function keyFor(purpose: SealPurpose): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET must be set to use two-factor sign-in.");
  return Buffer.from(hkdfSync("sha256", secret, "masthead", `masthead:${purpose}`, 32));
}

export function seal(purpose: SealPurpose, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The plaintext, or null for anything this site did not seal for this purpose. */
export function unseal(purpose: SealPurpose, sealed: string): string | null {
  const [version, payload] = sealed.split(".");
  if (version !== VERSION || !payload) return null;
  const bytes = Buffer.from(payload, "base64url");
  if (bytes.length < 29) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** A keyed hash for values looked up by equality (recovery codes): high-entropy, so no slow hash is needed. */
export function keyedHash(purpose: SealPurpose, value: string): string {
  return createHmac("sha256", keyFor(purpose)).update(value).digest("base64url");
}
