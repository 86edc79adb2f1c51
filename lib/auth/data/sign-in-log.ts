import "server-only";
import { db } from "../../db";

// Every sign-in attempt is recorded (./sign-in.ts) for looking into abuse
// afterwards; the limits themselves count in ThrottleCounter. The record is
// kept for 90 days, so a password-spraying run cannot grow it without end.

export const SIGN_IN_LOG_DAYS = 90;

/** Deletes attempts older than the retention period; answers how many went. */
export async function forgetOldSignInAttempts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SIGN_IN_LOG_DAYS * 24 * 60 * 60_000);
  const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
