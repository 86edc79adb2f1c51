import "server-only";
import { recordAudit } from "../../../audit/data/record";
import { db } from "../../../db";
import { env } from "../../../env";
import { NotFound, ValidationError } from "../../../errors";
import { sendMailOrLog } from "../../../mail/send";
import { getSiteSettings } from "../../../settings/data/queries";
import { authorize, type Viewer } from "../../permissions";
import { twoFactorResetMessage } from "../messages";

// A lost device without recovery codes: an administrator removes the
// account's second factors, the audit log says who and when, and the owner
// is told by email (so a reset they did not ask for does not go unnoticed).

export async function resetTwoFactor(viewer: Viewer, { userId }: { userId: string }): Promise<{ emailed: boolean }> {
  authorize(viewer, "user:manage");
  if (userId === viewer.id) {
    const message = "Reset your own two-factor sign-in from your Sign-in security page.";
    throw new ValidationError(message, { userId: [message] });
  }
  const user = await db.$transaction(async (tx) => {
    const found = await tx.user.findFirst({
      where: { id: userId, role: { not: "READER" } },
      select: { email: true, name: true },
    });
    if (!found) throw new NotFound("That account no longer exists.");
    const [totp, passkeys, codes] = await Promise.all([
      tx.totpSecret.deleteMany({ where: { userId } }),
      tx.passkey.deleteMany({ where: { userId } }),
      tx.recoveryCode.deleteMany({ where: { userId } }),
    ]);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "user.two-factor-reset",
      subjectType: "user",
      subjectId: userId,
      data: { email: found.email, removed: `${totp.count} app, ${passkeys.count} passkeys, ${codes.count} codes` },
    });
    return found;
  });
  const { siteName } = await getSiteSettings();
  const emailed = await sendMailOrLog(
    twoFactorResetMessage({
      to: user.email,
      siteName,
      adminName: viewer.name ?? viewer.email,
      loginUrl: new URL("/login", env().SITE_URL).toString(),
    }),
  );
  return { emailed };
}
