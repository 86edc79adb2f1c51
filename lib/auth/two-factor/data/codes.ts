import "server-only";
import type { Db } from "../../../db";
import { db } from "../../../db";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from "../recovery-codes";
import { unseal } from "../seal";
import { totpStep } from "../totp";

// Checking and spending codes. Each check is one conditional write, so two
// requests racing with the same code cannot both succeed.

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Accepts a current authenticator code once: its time step must be newer than the last one used. */
export async function spendTotpCode(userId: string, code: string, client: Tx | Db = db): Promise<boolean> {
  const stored = await client.totpSecret.findUnique({ where: { userId } });
  if (!stored?.confirmedAt) return false;
  const secret = unseal("totp-secret", stored.secret);
  const step = secret ? totpStep(secret, code) : null;
  if (step === null) return false;
  const { count } = await client.totpSecret.updateMany({
    where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step },
  });
  return count === 1;
}

export async function spendRecoveryCode(userId: string, code: string, client: Tx | Db = db): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const { count } = await client.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

/** A 6-digit code from the app, or one of the recovery codes. */
export async function spendSecondFactorCode(userId: string, code: string, client: Tx | Db = db): Promise<boolean> {
  const compact = code.replace(/\s/g, "");
  return /^\d{6}$/.test(compact) ? spendTotpCode(userId, compact, client) : spendRecoveryCode(userId, code, client);
}

/** Replaces every recovery code with ten new ones and answers them (the only time they are readable). */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}
