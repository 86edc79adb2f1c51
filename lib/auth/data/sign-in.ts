import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/data/record";
import { db } from "../../db";
import { verifyPassword } from "../password";

// Email-and-password sign-in with per-account and per-address limits. Every
// refusal for a wrong email or password reads the same, so the form cannot be
// used to find out which addresses have accounts.

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export const SIGN_IN_REFUSED = "That email and password don't match an account.";
export const SIGN_IN_THROTTLED = `Too many failed attempts. Please wait ${LOGIN_WINDOW_MINUTES} minutes and try again, or reset your password.`;

export class SignInError extends Error {}

/** Stored for attempts whose address the site cannot know; never counted as one address. */
const UNKNOWN_ADDRESS = "unknown";

/**
 * `ip` is the client's address key, or null when the site cannot know it (no
 * trusted proxy): then only the per-account limit applies, since one shared
 * bucket would let anyone lock every account out with 20 wrong guesses.
 */
export async function checkCredentials(
  input: unknown,
  ip: string | null,
): Promise<{ id: string; email: string; name: string | null }> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new SignInError(SIGN_IN_REFUSED);
  const { email, password } = parsed.data;

  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
  const [accountFailures, addressFailures] = await Promise.all([
    db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    ip === null ? 0 : db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS) {
    throw new SignInError(SIGN_IN_THROTTLED);
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  const allowed = valid && user !== null && !user.disabled && user.role !== "READER";

  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, ip: ip ?? UNKNOWN_ADDRESS, succeeded: allowed } });
    if (allowed) {
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    } else if (accountFailures + 1 === MAX_FAILURES_PER_ACCOUNT || addressFailures + 1 === MAX_FAILURES_PER_ADDRESS) {
      await recordAudit(tx, {
        actorId: null,
        action: "auth.login-failure-burst",
        subjectType: "user",
        subjectId: user?.id ?? null,
        data: {
          email,
          ip,
          failures: Math.max(accountFailures, addressFailures) + 1,
          windowMinutes: LOGIN_WINDOW_MINUTES,
        },
      });
    }
  });
  if (!allowed) throw new SignInError(SIGN_IN_REFUSED);
  return { id: user.id, email: user.email, name: user.name };
}
