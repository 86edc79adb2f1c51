import "server-only";
import { db } from "../../../db";
import { clear, hit } from "../../../throttle/data/counters";

// A wrong second factor is a failed sign-in like a wrong password. The second
// step is admitted by an atomic counter before the code is checked, so
// parallel guesses with one ticket cannot all be tried; the failure is also
// logged with the password failures.

export const SECOND_FACTOR_WINDOW_MS = 15 * 60_000;
export const MAX_SECOND_FACTOR_ATTEMPTS = 5;

/** Kept as the address when the site cannot know it, as the password check does. */
const UNKNOWN_ADDRESS = "unknown";

const secondFactorKey = (email: string) => `sign-in:second-factor:${email}`;

/** Counts one second-step attempt; false once the account has used up its attempts for the window. */
export async function admitSecondFactor(email: string): Promise<boolean> {
  const { allowed } = await hit(secondFactorKey(email), {
    limit: MAX_SECOND_FACTOR_ATTEMPTS,
    windowMs: SECOND_FACTOR_WINDOW_MS,
  });
  return allowed;
}

export async function recordSecondFactorFailure(email: string, ip: string | null): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip: ip ?? UNKNOWN_ADDRESS, succeeded: false } });
}

/** A second factor that was right gives back every attempt the step counted. */
export async function forgetSecondFactorAttempts(email: string): Promise<void> {
  await clear({ keys: [secondFactorKey(email)] });
}
