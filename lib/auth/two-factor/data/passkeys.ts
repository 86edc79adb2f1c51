import "server-only";
import { createHash } from "node:crypto";
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { recordAudit } from "../../../audit/data/record";
import { db } from "../../../db";
import { NotFound, ValidationError } from "../../../errors";
import { getSiteSettings } from "../../../settings/data/queries";
import { hit } from "../../../throttle/data/counters";
import { authorize, type Viewer } from "../../permissions";
import type { RecoveryCodes } from "../dto";
import { openChallenge, relyingParty, sealChallenge } from "../passkey-party";
import { TICKET_LIFETIME_MS } from "../sign-in-ticket";
import { replaceRecoveryCodes } from "./codes";

// Passkeys as a second factor: registered from the account-security page,
// presented at sign-in after the password. User verification is preferred,
// not required: the password is already the other factor.

const REGISTRATION_FAILED = "The passkey could not be added. Please try again.";
const transportsOf = (values: string[]) => values as AuthenticatorTransport[];

export async function passkeyRegistrationOptions(
  viewer: Viewer,
): Promise<{ options: PublicKeyCredentialCreationOptionsJSON; ticket: string }> {
  authorize(viewer, "account:security");
  const [existing, { siteName }] = await Promise.all([
    db.passkey.findMany({ where: { userId: viewer.id }, select: { credentialId: true, transports: true } }),
    getSiteSettings(),
  ]);
  const options = await generateRegistrationOptions({
    rpName: siteName,
    rpID: relyingParty().rpID,
    userName: viewer.email,
    userDisplayName: viewer.name ?? viewer.email,
    userID: new TextEncoder().encode(viewer.id),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: transportsOf(p.transports) })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  return { options, ticket: sealChallenge(viewer.id, options.challenge) };
}

/** Stores a verified new passkey; the account's first second factor also brings recovery codes. */
export async function registerPasskey(
  viewer: Viewer,
  input: { name: string; ticket: string; response: string },
): Promise<RecoveryCodes> {
  authorize(viewer, "account:security");
  const challenge = openChallenge(input.ticket, viewer.id);
  if (!challenge) throw new ValidationError("That took too long. Please try adding the passkey again.");
  const { rpID, origin } = relyingParty();
  const verification = await verifyRegistrationResponse({
    response: JSON.parse(input.response) as RegistrationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) throw new ValidationError(REGISTRATION_FAILED);
  const { credential } = verification.registrationInfo;
  return db.$transaction(async (tx) => {
    const [totp, passkeys, unused] = await Promise.all([
      tx.totpSecret.count({ where: { userId: viewer.id, confirmedAt: { not: null } } }),
      tx.passkey.count({ where: { userId: viewer.id } }),
      tx.recoveryCode.count({ where: { userId: viewer.id, usedAt: null } }),
    ]);
    await tx.passkey.create({
      data: {
        userId: viewer.id,
        name: input.name,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
      },
    });
    const first = totp + passkeys === 0;
    await recordAudit(tx, {
      actorId: viewer.id,
      action: first ? "auth.two-factor-enable" : "auth.passkey-add",
      subjectType: "user",
      subjectId: viewer.id,
      data: { method: "passkey", name: input.name },
    });
    return { recoveryCodes: first || unused === 0 ? await replaceRecoveryCodes(tx, viewer.id) : [] };
  });
}

export async function removePasskey(viewer: Viewer, { passkeyId }: { passkeyId: string }): Promise<void> {
  authorize(viewer, "account:security");
  await db.$transaction(async (tx) => {
    const passkey = await tx.passkey.findFirst({ where: { id: passkeyId, userId: viewer.id }, select: { name: true } });
    if (!passkey) throw new NotFound("That passkey is no longer registered.");
    await tx.passkey.delete({ where: { id: passkeyId } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "auth.passkey-remove",
      subjectType: "user",
      subjectId: viewer.id,
      data: { name: passkey.name },
    });
  });
}

/** The sign-in's passkey challenge for an account whose password was right (the caller has checked its ticket). */
export async function passkeySignInOptions(userId: string): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const passkeys = await db.passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } });
  if (passkeys.length === 0) return null;
  return generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: transportsOf(p.transports) })),
    userVerification: "preferred",
  });
}

/**
 * Spends a sign-in challenge: true the first time only. The ticket carries the
 * challenge (nothing is kept server-side while it waits), and synced passkeys
 * keep no signature counter, so without this an answer overheard once would
 * sign in again for as long as its ticket lives.
 */
async function spendChallenge(challenge: string): Promise<boolean> {
  const key = `passkey-challenge:${createHash("sha256").update(challenge).digest("base64url")}`;
  return (await hit(key, { limit: 1, windowMs: TICKET_LIFETIME_MS })).allowed;
}

/** Whether the browser's answer proves one of this account's passkeys signed the challenge; each challenge answers once. */
export async function verifyPasskeySignIn(userId: string, challenge: string, response: string): Promise<boolean> {
  let parsed: AuthenticationResponseJSON;
  try {
    parsed = JSON.parse(response) as AuthenticationResponseJSON;
  } catch {
    return false;
  }
  if (typeof parsed?.id !== "string") return false;
  const passkey = await db.passkey.findFirst({ where: { userId, credentialId: parsed.id } });
  if (!passkey) return false;
  const { rpID, origin } = relyingParty();
  const result = await verifyAuthenticationResponse({
    response: parsed,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: Number(passkey.counter),
      transports: transportsOf(passkey.transports),
    },
    requireUserVerification: false,
  }).catch(() => null);
  if (!result?.verified || !(await spendChallenge(challenge))) return false;
  // A counter that does not move forward (when the authenticator keeps one) means a cloned key or a replay.
  const { count } = await db.passkey.updateMany({
    where: {
      id: passkey.id,
      counter: result.authenticationInfo.newCounter === 0 ? 0 : { lt: result.authenticationInfo.newCounter },
    },
    data: { counter: BigInt(result.authenticationInfo.newCounter), lastUsedAt: new Date() },
  });
  return count === 1;
}
