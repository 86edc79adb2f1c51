import { randomInt } from "node:crypto";
import { keyedHash } from "./seal";

// Ten one-time codes for a lost device. Shown once; only their keyed hashes
// are stored. No 0/O or 1/I/L, so a code copied from paper is read right.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** xxxxx-xxxxx: 10 characters from 31, about 49 bits each. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** How a typed code is compared: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

export function hashRecoveryCode(code: string): string {
  return keyedHash("recovery-code", normalizeRecoveryCode(code));
}

/** A recovery code has letters or is longer than a 6-digit authenticator code. */
export function looksLikeRecoveryCode(code: string): boolean {
  return normalizeRecoveryCode(code).length === 10;
}
