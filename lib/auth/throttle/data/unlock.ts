import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "../../../audit/data/record";
import { db } from "../../../db";
import { env } from "../../../env";
import { ValidationError } from "../../../errors";
import { sendMailOrLog } from "../../../mail/send";
import { escapeHtml } from "../../../text/escape-html";
import { getSiteSettings } from "../../../settings/data/queries";
import { clear } from "../../../throttle/data/counters";
import { throttleKeys, UNLOCK_LINK_MINUTES } from "../limits";

// The owner's way back in while their account is throttled: a single-use
// link, mailed once per episode, that lifts the account-wide lock and the
// per-address delays. Only the token's SHA-256 is stored.

export const INVALID_UNLOCK_LINK = "This unlock link has expired or has already been used.";

const hashToken = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");

/** Staff accounts only: readers have no password, and a disabled account stays shut. */
const STAFF = { role: { not: "READER" }, disabled: false } as const;

/** Mails the owner of `email`, if it is a staff account, a link that lifts the throttle. */
export async function sendThrottleNotice(email: string, failures: number): Promise<void> {
  const user = await db.user.findFirst({ where: { email, ...STAFF }, select: { id: true, email: true } });
  if (!user) return;
  const token = randomBytes(32).toString("base64url");
  await db.accountUnlockToken.create({
    data: {
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + UNLOCK_LINK_MINUTES * 60_000),
    },
  });
  const link = new URL("/login/unlock", env().SITE_URL);
  link.searchParams.set("token", token);
  const { siteName } = await getSiteSettings();
  const lines = [
    `Several attempts to sign in to your ${siteName} account have failed (${failures} so far).`,
    "To protect the account, further attempts are being slowed down. If that was you, you can simply wait; if you forgot your password, reset it from the sign-in page.",
    `If you cannot sign in, this link lifts the limits (it works once, for ${UNLOCK_LINK_MINUTES} minutes):`,
  ];
  const closing = "If these attempts were not yours, consider choosing a new, stronger password.";
  await sendMailOrLog({
    to: user.email,
    subject: `Failed sign-in attempts on your ${siteName} account`,
    text: `${lines.join("\n\n")}\n${link.toString()}\n\n${closing}\n`,
    html: [
      ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
      `<p><a href="${escapeHtml(link.toString())}">Unlock my account</a></p>`,
      `<p>${escapeHtml(closing)}</p>`,
    ].join("\n"),
  });
}

/** Whether the unlock page should offer its button. */
export async function isUnlockLinkLive(token: string): Promise<boolean> {
  const row = await db.accountUnlockToken.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: new Date() } },
    select: { userId: true },
  });
  return row !== null;
}

/** Public. Uses the link up (the conditional update lets two simultaneous uses succeed once) and lifts the throttle. */
export async function unlockAccount(token: string): Promise<void> {
  const email = await db.$transaction(async (tx) => {
    const hash = hashToken(token);
    const { count } = await tx.accountUnlockToken.updateMany({
      where: { tokenHash: hash, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    const row = count === 1 ? await tx.accountUnlockToken.findUnique({ where: { tokenHash: hash } }) : null;
    const user = row ? await tx.user.findFirst({ where: { id: row.userId, ...STAFF }, select: { email: true } }) : null;
    if (!row || !user) throw new ValidationError(INVALID_UNLOCK_LINK, { token: [INVALID_UNLOCK_LINK] });
    await tx.accountUnlockToken.deleteMany({ where: { userId: row.userId, usedAt: null } });
    await recordAudit(tx, { actorId: row.userId, action: "auth.unlock", subjectType: "user", subjectId: row.userId });
    return user.email;
  });
  await clearSignInThrottle(email);
}

/** Forgets the account's ceiling and every per-address delay on it (an unlock link, a password reset). */
export async function clearSignInThrottle(email: string): Promise<void> {
  await clear({ keys: [throttleKeys.account(email)], prefixes: [throttleKeys.pairsOf(email)] });
}
