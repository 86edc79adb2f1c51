import "server-only";
import { recordAudit } from "../../../audit/data/record";
import { db } from "../../../db";
import { env } from "../../../env";
import { Conflict, NotFound, ValidationError } from "../../../errors";
import { getSiteSettings } from "../../../settings/data/queries";
import { verifyPassword } from "../../password";
import { authorize, type Viewer } from "../../permissions";
import type { RecoveryCodes, TotpEnrolment, TwoFactorStatus } from "../dto";
import { qrCodeShape } from "../qr-code";
import { seal, unseal } from "../seal";
import { groupedSecret, newTotpSecret, totpStep, totpUri } from "../totp";
import { replaceRecoveryCodes, spendSecondFactorCode } from "./codes";
import { requiredTwoFactorRoles } from "./required-roles";

// A staff member's own two-factor settings: the authenticator app, recovery
// codes, and turning it all off. Passkeys are in passkeys.ts.

const WRONG_CODE = "That code did not match. Check the time on your phone and enter the newest code.";

export async function twoFactorStatus(viewer: Viewer): Promise<TwoFactorStatus> {
  authorize(viewer, "account:security");
  const [totp, passkeys, recoveryCodesLeft, roles] = await Promise.all([
    db.totpSecret.findUnique({ where: { userId: viewer.id }, select: { confirmedAt: true } }),
    db.passkey.findMany({
      where: { userId: viewer.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    }),
    db.recoveryCode.count({ where: { userId: viewer.id, usedAt: null } }),
    requiredTwoFactorRoles(),
  ]);
  return {
    totp: Boolean(totp?.confirmedAt),
    passkeys: passkeys.map((p) => ({
      id: p.id,
      name: p.name,
      createdAt: p.createdAt.toISOString(),
      lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
    })),
    recoveryCodesLeft,
    requiredForRole: (roles as readonly string[]).includes(viewer.role),
  };
}

/** A new secret waiting for its first code; starting again replaces one not yet confirmed. */
export async function startTotpEnrolment(viewer: Viewer): Promise<TotpEnrolment> {
  authorize(viewer, "account:security");
  const existing = await db.totpSecret.findUnique({ where: { userId: viewer.id }, select: { confirmedAt: true } });
  if (existing?.confirmedAt) throw new Conflict("An authenticator app is already set up for this account.");
  const secret = newTotpSecret();
  const sealed = seal("totp-secret", secret);
  await db.totpSecret.upsert({
    where: { userId: viewer.id },
    create: { userId: viewer.id, secret: sealed },
    update: { secret: sealed, confirmedAt: null, lastUsedStep: null },
  });
  const { siteName } = await getSiteSettings();
  const uri = totpUri(secret, viewer.email, siteName || new URL(env().SITE_URL).host);
  return { secret: groupedSecret(secret), uri, qrCode: qrCodeShape(uri) };
}

/**
 * Turns the authenticator app on once the owner types a valid code for the
 * pending secret. The first second factor also brings ten recovery codes.
 */
export async function confirmTotp(viewer: Viewer, { code }: { code: string }): Promise<RecoveryCodes> {
  authorize(viewer, "account:security");
  return db.$transaction(async (tx) => {
    const pending = await tx.totpSecret.findUnique({ where: { userId: viewer.id } });
    if (!pending) throw new NotFound("Start setting up an authenticator app first.");
    if (pending.confirmedAt) throw new Conflict("An authenticator app is already set up for this account.");
    const secret = unseal("totp-secret", pending.secret);
    const step = secret ? totpStep(secret, code) : null;
    if (step === null) throw new ValidationError(WRONG_CODE, { code: [WRONG_CODE] });
    await tx.totpSecret.update({ where: { userId: viewer.id }, data: { confirmedAt: new Date(), lastUsedStep: step } });
    const unused = await tx.recoveryCode.count({ where: { userId: viewer.id, usedAt: null } });
    const recoveryCodes = unused === 0 ? await replaceRecoveryCodes(tx, viewer.id) : [];
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "auth.two-factor-enable",
      subjectType: "user",
      subjectId: viewer.id,
      data: { method: "authenticator app" },
    });
    return { recoveryCodes };
  });
}

export async function regenerateRecoveryCodes(viewer: Viewer): Promise<RecoveryCodes> {
  authorize(viewer, "account:security");
  return db.$transaction(async (tx) => {
    const [totp, passkeys] = await Promise.all([
      tx.totpSecret.count({ where: { userId: viewer.id, confirmedAt: { not: null } } }),
      tx.passkey.count({ where: { userId: viewer.id } }),
    ]);
    if (totp + passkeys === 0) throw new Conflict("Turn on two-factor sign-in first.");
    const recoveryCodes = await replaceRecoveryCodes(tx, viewer.id);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "auth.recovery-codes-regenerate",
      subjectType: "user",
      subjectId: viewer.id,
    });
    return { recoveryCodes };
  });
}

const DISABLE_REFUSED = "That password or code is not right.";

/** Removes every second factor. Asks for the password or a current code, so an unattended session cannot do it. */
export async function disableTwoFactor(viewer: Viewer, input: { password: string; code: string }): Promise<void> {
  authorize(viewer, "account:security");
  if ((await requiredTwoFactorRoles()).includes(viewer.role as never)) {
    throw new Conflict("Your role requires two-factor sign-in, so it cannot be turned off.");
  }
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { passwordHash: true } });
    const proven = input.code
      ? await spendSecondFactorCode(viewer.id, input.code, tx)
      : await verifyPassword(user.passwordHash, input.password);
    if (!proven) throw new ValidationError(DISABLE_REFUSED, { [input.code ? "code" : "password"]: [DISABLE_REFUSED] });
    await tx.totpSecret.deleteMany({ where: { userId: viewer.id } });
    await tx.passkey.deleteMany({ where: { userId: viewer.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: viewer.id } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "auth.two-factor-disable",
      subjectType: "user",
      subjectId: viewer.id,
    });
  });
}
