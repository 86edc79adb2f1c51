import { hashPassword } from "../../../lib/auth/password";
import { recordAudit } from "../../../lib/audit/data/record";
import type { Db, Role } from "../../../lib/db";

/**
 * Sets an account's password as a reset link would: the hash, its failed
 * sign-ins cleared, its sessions ended and an audit entry, all or nothing.
 * Null when no account has the address.
 */
export async function setPassword(
  db: Db,
  email: string,
  password: string,
): Promise<{ email: string; role: Role } | null> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, role: true } });
    if (!user) return null;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.loginAttempt.deleteMany({ where: { email, succeeded: false } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.userToken.deleteMany({ where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null } });
    // No signed-in actor: whoever ran it had the server's shell.
    await recordAudit(tx, {
      actorId: null,
      action: "user.password-reset",
      subjectType: "user",
      subjectId: user.id,
      data: { via: "command line" },
    });
    return { email: user.email, role: user.role };
  });
}
