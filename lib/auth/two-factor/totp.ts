import { Secret, TOTP } from "otpauth";

// Authenticator-app codes (RFC 6238: SHA-1, 6 digits, 30 seconds), as every
// common app expects them.

export const TOTP_PERIOD_SECONDS = 30;

/** A new random secret, base32 as apps and the manual-entry text show it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, account = "", issuer = "") {
  return new TOTP({ issuer, label: account, secret: Secret.fromBase32(secret), period: TOTP_PERIOD_SECONDS });
}

/** The otpauth:// address the enrolment QR code holds. */
export function totpUri(secret: string, account: string, issuer: string): string {
  return totpFor(secret, account, issuer).toString();
}

/**
 * The time step a code belongs to, allowing one step either side for clocks
 * that drift, or null when it matches none. Callers refuse a step at or
 * before the last one accepted, so no code works twice.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/** The current code: for tests and the enrolment page's own checks. */
export function currentTotp(secret: string, now = Date.now()): string {
  return totpFor(secret).generate({ timestamp: now });
}

/** Spaces in groups of four, as the manual-entry text shows the secret. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
