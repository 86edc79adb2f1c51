import "server-only";
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { recordAudit } from "../../../audit/data/record";
import { db } from "../../../db";
import type { SecondFactorMethods } from "../dto";
import { issueTicket, openTicket } from "../sign-in-ticket";
import { PASSKEY_REFUSED, SECOND_FACTOR_REFUSED, SECOND_STEP_EXPIRED, SECOND_STEP_THROTTLED } from "../sign-in-step";
import { spendSecondFactorCode } from "./codes";
import { clearSignInThrottle } from "../../throttle/data/unlock";
import { admitSecondFactor, forgetSecondFactorAttempts, recordSecondFactorFailure } from "./failures";
import { passkeySignInOptions, verifyPasskeySignIn } from "./passkeys";

// The sign-in's second step: after checkCredentials accepted the password,
// an account with two-factor sign-in proves it with a code or a passkey.

export class SecondFactorError extends Error {}

export type SignedInUser = { id: string; email: string; name: string | null };

/** Whether the account with this (unparsed) email has a second factor: then a right password under the account-wide sign-in ceiling may still go on to the second step. */
export async function hasSecondFactor(email: unknown): Promise<boolean> {
  if (typeof email !== "string") return false;
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user !== null && (await secondFactorMethods(user.id)) !== null;
}

/** The account's second factors, or null when it has none (the password alone signs in). */
export async function secondFactorMethods(userId: string): Promise<SecondFactorMethods | null> {
  const [totp, passkeys] = await Promise.all([
    db.totpSecret.count({ where: { userId, confirmedAt: { not: null } } }),
    db.passkey.count({ where: { userId } }),
  ]);
  return totp + passkeys === 0 ? null : { totp: totp > 0, passkey: passkeys > 0 };
}

/** A passkey challenge for a ticket, sealed into a new ticket the answer must come back with. */
export async function passkeyChallenge(
  ticket: string,
): Promise<{ options: PublicKeyCredentialRequestOptionsJSON; ticket: string } | null> {
  const opened = openTicket(ticket);
  if (!opened) return null;
  const options = await passkeySignInOptions(opened.userId);
  return options ? { options, ticket: issueTicket(opened.userId, options.challenge) } : null;
}

export const secondStepSchema = z.object({
  ticket: z.string().min(1).max(2000),
  code: z.string().trim().max(40).optional(),
  passkey: z.string().max(20_000).optional(),
});

/**
 * Finishes a sign-in from its ticket and a second factor. A wrong factor is
 * recorded as a failed sign-in (recordSecondFactorFailure), so it counts
 * against the same limits as a wrong password.
 */
export async function completeSecondStep(input: unknown, ip: string | null): Promise<SignedInUser> {
  const parsed = secondStepSchema.safeParse(input);
  const ticket = parsed.success ? openTicket(parsed.data.ticket) : null;
  if (!parsed.success || !ticket) throw new SecondFactorError(SECOND_STEP_EXPIRED);
  const user = await db.user.findUnique({
    where: { id: ticket.userId },
    select: { id: true, email: true, name: true, role: true, disabled: true },
  });
  if (!user || user.disabled || user.role === "READER") throw new SecondFactorError(SECOND_STEP_EXPIRED);
  if (!(await admitSecondFactor(user.email))) throw new SecondFactorError(SECOND_STEP_THROTTLED);

  const { code, passkey } = parsed.data;
  const byPasskey = passkey !== undefined && passkey !== "";
  const accepted = byPasskey
    ? ticket.challenge !== undefined && (await verifyPasskeySignIn(user.id, ticket.challenge, passkey))
    : code !== undefined && (await spendSecondFactorCode(user.id, code));
  if (!accepted) {
    await recordSecondFactorFailure(user.email, ip);
    throw new SecondFactorError(byPasskey ? PASSKEY_REFUSED : SECOND_FACTOR_REFUSED);
  }
  // Password and second factor together prove the owner: the account's sign-in
  // limits start over, the account-wide ceiling included (lib/auth/throttle).
  await Promise.all([forgetSecondFactorAttempts(user.email), clearSignInThrottle(user.email)]);
  if (!byPasskey && code && !/^\d{6}$/.test(code.replace(/\s/g, ""))) {
    await recordAudit(db, {
      actorId: user.id,
      action: "auth.recovery-code-used",
      subjectType: "user",
      subjectId: user.id,
    });
  }
  return { id: user.id, email: user.email, name: user.name };
}
