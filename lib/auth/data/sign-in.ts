import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/data/record";
import { db } from "../../db";
import { admitWithBackoff, claimNotification, clear, hit, refund } from "../../throttle/data/counters";
import { verifyPassword } from "../password";
import {
  ACCOUNT_WINDOW_MS,
  ADDRESS_WINDOW_MS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  PAIR_BACKOFF,
  SIGN_IN_REFUSED,
  SIGN_IN_THROTTLED,
  signInDelayed,
  throttleKeys,
} from "../throttle/limits";
import { sendThrottleNotice } from "../throttle/data/unlock";

// Email-and-password sign-in, throttled as lib/auth/throttle/limits.ts
// describes. Every refusal for a wrong email or password reads the same, so
// the form cannot be used to find out which addresses have accounts; the
// counters are kept per email whether or not it has an account, for the same reason.

export { MAX_FAILURES_PER_ACCOUNT, SIGN_IN_MESSAGES, SIGN_IN_REFUSED, SIGN_IN_THROTTLED } from "../throttle/limits";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export class SignInError extends Error {}

export interface CheckedCredentials {
  id: string;
  email: string;
  name: string | null;
  /**
   * The account-wide ceiling is active: the password was right, but it is
   * not enough on its own. Only returned to a caller that passed
   * `secondFactorFollows` and will demand a second factor before signing in.
   */
  underAccountLock: boolean;
}

/** Attempts are admitted (and counted) before the password is checked, so parallel guesses cannot all be checked. */
async function admit(email: string, ip: string | null): Promise<{ accountFailures: number; pairAttempts: number }> {
  const pair = await admitWithBackoff(throttleKeys.pair(email, ip), PAIR_BACKOFF);
  if (!pair.admitted) throw new SignInError(signInDelayed(pair.retryAfterSeconds));
  if (ip !== null) {
    const address = await hit(throttleKeys.address(ip), {
      limit: MAX_FAILURES_PER_ADDRESS,
      windowMs: ADDRESS_WINDOW_MS,
    });
    if (!address.allowed) throw new SignInError(signInDelayed(address.retryAfterSeconds));
  }
  const account = await hit(throttleKeys.account(email), {
    limit: MAX_FAILURES_PER_ACCOUNT,
    windowMs: ACCOUNT_WINDOW_MS,
  });
  return { accountFailures: account.hits, pairAttempts: pair.attempts };
}

/** A right password gives back what admitting it counted. */
async function forgiveSuccess(email: string, ip: string | null): Promise<void> {
  await Promise.all([
    clear({ keys: [throttleKeys.pair(email, ip)] }),
    refund(throttleKeys.account(email)),
    ip === null ? undefined : refund(throttleKeys.address(ip)),
  ]);
}

/** The owner hears once per episode, when their account is first held back (a delay or the ceiling). */
async function noticeFailure(
  email: string,
  ip: string | null,
  userId: string | null,
  { accountFailures, pairAttempts }: { accountFailures: number; pairAttempts: number },
): Promise<void> {
  const throttled = pairAttempts >= PAIR_BACKOFF.free || accountFailures > MAX_FAILURES_PER_ACCOUNT;
  if (!throttled || !(await claimNotification(throttleKeys.account(email)))) return;
  await recordAudit(db, {
    actorId: null,
    action: "auth.login-failure-burst",
    subjectType: "user",
    subjectId: userId,
    data: { email, ip, failures: Math.max(accountFailures, pairAttempts) },
  });
  await sendThrottleNotice(email, accountFailures);
}

/**
 * `ip` is the client's address key, or null when the site cannot know it (no
 * trusted proxy): then all unknown visitors share one per-account delay, and
 * no per-address limit applies, since one shared bucket would let anyone shut
 * every account with a burst of wrong guesses.
 *
 * Under the account-wide ceiling a right password is refused like a wrong
 * one, unless the caller says `secondFactorFollows`: then it is returned with
 * `underAccountLock: true`, and the caller must not sign in without a second factor.
 */
export async function checkCredentials(
  input: unknown,
  ip: string | null,
  { secondFactorFollows = false }: { secondFactorFollows?: boolean } = {},
): Promise<CheckedCredentials> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new SignInError(SIGN_IN_REFUSED);
  const { email, password } = parsed.data;

  const counts = await admit(email, ip);
  const underAccountLock = counts.accountFailures > MAX_FAILURES_PER_ACCOUNT;

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  const allowed = valid && user !== null && !user.disabled && user.role !== "READER";
  const signsIn = allowed && (!underAccountLock || secondFactorFollows);

  await db.loginAttempt.create({ data: { email, ip: ip ?? "unknown", succeeded: signsIn } });
  if (!signsIn) {
    await noticeFailure(email, ip, user?.id ?? null, counts);
    throw new SignInError(underAccountLock ? SIGN_IN_THROTTLED : SIGN_IN_REFUSED);
  }
  // Under the ceiling the counters stay as they are until the second factor has been checked too.
  if (!underAccountLock) await forgiveSuccess(email, ip);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, underAccountLock };
}
