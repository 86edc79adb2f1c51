import "server-only";
import { db } from "../../../db";

// A wrong second factor is a failed sign-in like a wrong password: it is
// stored with the password failures, so the per-account limit in
// lib/auth/data/sign-in.ts counts it, and the second step itself stops once
// the account has had too many failures lately.

export const SECOND_FACTOR_WINDOW_MINUTES = 15;
export const MAX_SECOND_FACTOR_FAILURES = 5;

/** Kept as the address when the site cannot know it, as the password check does. */
const UNKNOWN_ADDRESS = "unknown";

export async function recordSecondFactorFailure(email: string, ip: string | null): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip: ip ?? UNKNOWN_ADDRESS, succeeded: false } });
}

export async function secondFactorThrottled(email: string): Promise<boolean> {
  const since = new Date(Date.now() - SECOND_FACTOR_WINDOW_MINUTES * 60_000);
  const failures = await db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } });
  return failures >= MAX_SECOND_FACTOR_FAILURES;
}
