import "server-only";
import { recordAudit } from "../../audit/data/record";
import { hashPassword } from "../../auth/password";
import { authorize, type Viewer } from "../../auth/permissions";
import { closeAllSessions } from "../../auth/data/sessions";
import { db, Prisma, type Db } from "../../db";
import { env } from "../../env";
import { DomainError, NotFound, ValidationError } from "../../errors";
import { invitationMessage, passwordResetMessage } from "../../mail/message";
import { sendMailOrLog } from "../../mail/send";
import { clearSignInThrottle } from "../../auth/throttle/data/unlock";
import { getSiteSettings } from "../../settings/data/queries";
import { PENDING_INVITATION } from "./queries";
import type {
  AcceptInvitationInput,
  ChangeRoleInput,
  InviteUserInput,
  ResetPasswordInput,
  UserIdInput,
} from "../schema";
import { consumeToken, INVALID_LINK, issueToken, TOKEN_LIFETIME_MS, tokenLink } from "./tokens";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reset emails one account may trigger per hour; further requests get the same answer and no email. */
export const MAX_RESET_EMAILS_PER_HOUR = 3;

export const PASSWORD_RESET_REQUESTED =
  "If that address belongs to a staff account, we have sent it a link to choose a new password. It works for one hour.";

const LAST_ADMIN = "Masthead needs at least one enabled administrator: make someone else an administrator first.";
const ACCOUNT_NOT_FOUND = "That account no longer exists.";

/** Staff accounts, not pending invitations. */
const STAFF_MEMBER = { role: { not: "READER" }, NOT: PENDING_INVITATION } satisfies Prisma.UserWhereInput;

/**
 * Serializes every change that can remove an administrator, so two admins
 * demoting each other at the same moment cannot leave the site with none.
 */
async function assertAnotherAdminRemains(tx: Tx, userId: string, field: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('masthead:last-admin'))`;
  const others = await tx.user.count({
    where: { ...STAFF_MEMBER, role: "ADMIN", disabled: false, id: { not: userId } },
  });
  if (others === 0) throw new ValidationError(LAST_ADMIN, { [field]: [LAST_ADMIN] });
}

async function sendInvitation(
  viewer: Viewer,
  user: { email: string; role: InviteUserInput["role"] },
  token: string,
): Promise<boolean> {
  const { siteName } = await getSiteSettings();
  return sendMailOrLog(
    invitationMessage({
      to: user.email,
      siteName,
      inviterName: viewer.name ?? viewer.email,
      role: user.role,
      link: tokenLink(env().SITE_URL, "INVITATION", token),
      validDays: TOKEN_LIFETIME_MS.INVITATION / DAY_MS,
    }),
  );
}

export async function inviteUser(
  viewer: Viewer,
  input: InviteUserInput,
): Promise<{ userId: string; emailSent: boolean }> {
  authorize(viewer, "user:manage");
  const taken = () =>
    new ValidationError("Some fields need attention.", {
      email: ["This email address already belongs to an account or an invitation."],
    });
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw taken();
  try {
    const { userId, token } = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, invitedById: viewer.id },
      });
      const { token } = await issueToken(tx, user.id, "INVITATION");
      await recordAudit(tx, {
        actorId: viewer.id,
        action: "user.invite",
        subjectType: "user",
        subjectId: user.id,
        data: { email: input.email, role: input.role },
      });
      return { userId: user.id, token };
    });
    return { userId, emailSent: await sendInvitation(viewer, input, token) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw taken();
    throw error;
  }
}

/** A new link for a pending invitation; the earlier links stop working. */
export async function resendInvitation(viewer: Viewer, { userId }: UserIdInput): Promise<void> {
  authorize(viewer, "user:manage");
  const { user, token } = await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: userId, ...PENDING_INVITATION },
      select: { id: true, email: true, role: true },
    });
    if (!user) throw new NotFound("That invitation no longer exists.");
    await tx.userToken.deleteMany({ where: { userId, purpose: "INVITATION" } });
    const { token } = await issueToken(tx, userId, "INVITATION");
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "user.invite",
      subjectType: "user",
      subjectId: userId,
      data: { email: user.email, role: user.role, resent: true },
    });
    return { user, token };
  });
  if (!(await sendInvitation(viewer, { email: user.email, role: user.role as InviteUserInput["role"] }, token))) {
    throw new DomainError(
      "A new link was made, but the email could not be sent. Check the mail settings and try again.",
    );
  }
}

/** Withdraws a pending invitation: the account, which was never used, is removed with its links. */
export async function revokeInvitation(viewer: Viewer, { userId }: UserIdInput): Promise<void> {
  authorize(viewer, "user:manage");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: userId, ...PENDING_INVITATION },
      select: { email: true, role: true },
    });
    if (!user) throw new NotFound("That invitation no longer exists.");
    await tx.user.delete({ where: { id: userId } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "user.invitation-revoke",
      subjectType: "user",
      subjectId: userId,
      data: { email: user.email, role: user.role },
    });
  });
}

export async function changeRole(viewer: Viewer, { userId, role }: ChangeRoleInput): Promise<void> {
  authorize(viewer, "user:manage");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: userId, ...STAFF_MEMBER },
      select: { role: true, disabled: true },
    });
    if (!user) throw new NotFound(ACCOUNT_NOT_FOUND);
    if (user.role === role) return;
    if (user.role === "ADMIN" && !user.disabled) await assertAnotherAdminRemains(tx, userId, "role");
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "user.role-change",
      subjectType: "user",
      subjectId: userId,
      data: { from: user.role, to: role },
    });
  });
}

/** Disables an account and ends its sessions at once; its outstanding links stop working. */
export async function disableUser(viewer: Viewer, { userId }: UserIdInput): Promise<void> {
  authorize(viewer, "user:manage");
  if (userId === viewer.id) {
    throw new ValidationError("You cannot disable your own account.", {
      userId: ["You cannot disable your own account."],
    });
  }
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: userId, ...STAFF_MEMBER },
      select: { role: true, disabled: true },
    });
    if (!user) throw new NotFound(ACCOUNT_NOT_FOUND);
    if (user.disabled) return;
    if (user.role === "ADMIN") await assertAnotherAdminRemains(tx, userId, "userId");
    await tx.user.update({ where: { id: userId }, data: { disabled: true } });
    await tx.userToken.deleteMany({ where: { userId, usedAt: null } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "user.disable",
      subjectType: "user",
      subjectId: userId,
      data: { role: user.role },
    });
  });
  await closeAllSessions(userId);
}

export async function enableUser(viewer: Viewer, { userId }: UserIdInput): Promise<void> {
  authorize(viewer, "user:manage");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: userId, ...STAFF_MEMBER },
      select: { role: true, disabled: true },
    });
    if (!user) throw new NotFound(ACCOUNT_NOT_FOUND);
    if (!user.disabled) return;
    await tx.user.update({ where: { id: userId }, data: { disabled: false } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "user.enable",
      subjectType: "user",
      subjectId: userId,
      data: { role: user.role },
    });
  });
}

/**
 * Public. Emails a reset link to an enabled staff account with this address.
 * Callers answer the same whatever happens here, so the form cannot be used
 * to find out which addresses have accounts.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await db.user.findFirst({
    where: { email, disabled: false, ...STAFF_MEMBER },
    select: { id: true, email: true },
  });
  if (!user) return;
  const recent = await db.userToken.count({
    where: { userId: user.id, purpose: "PASSWORD_RESET", createdAt: { gte: new Date(Date.now() - 60 * 60 * 1000) } },
  });
  if (recent >= MAX_RESET_EMAILS_PER_HOUR) return;
  const { token } = await issueToken(db, user.id, "PASSWORD_RESET");
  const { siteName } = await getSiteSettings();
  await sendMailOrLog(
    passwordResetMessage({
      to: user.email,
      siteName,
      link: tokenLink(env().SITE_URL, "PASSWORD_RESET", token),
      validMinutes: TOKEN_LIFETIME_MS.PASSWORD_RESET / 60_000,
    }),
  );
}

/**
 * Public. Sets a new password through a reset link. Signs the account out
 * everywhere, and clears its failed sign-ins, as the throttling message promises.
 */
export async function resetPassword(input: ResetPasswordInput): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const { userId, email } = await db.$transaction(async (tx) => {
    const userId = await consumeToken(tx, input.token, "PASSWORD_RESET");
    const user = await tx.user.findFirst({
      where: { id: userId, disabled: false, ...STAFF_MEMBER },
      select: { email: true },
    });
    if (!user) throw new ValidationError(INVALID_LINK, { token: [INVALID_LINK] });
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.userToken.deleteMany({ where: { userId, purpose: "PASSWORD_RESET", usedAt: null } });
    await tx.loginAttempt.deleteMany({ where: { email: user.email, succeeded: false } });
    await recordAudit(tx, { actorId: userId, action: "user.password-reset", subjectType: "user", subjectId: userId });
    return { userId, email: user.email };
  });
  await clearSignInThrottle(email);
  await closeAllSessions(userId);
}

/** Public. The invitee chooses their name and password; the account can sign in from then on. */
export async function acceptInvitation(input: AcceptInvitationInput): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const userId = await consumeToken(tx, input.token, "INVITATION");
    const user = await tx.user.findFirst({
      where: { id: userId, disabled: false, role: { not: "READER" }, passwordHash: null },
      select: { id: true },
    });
    if (!user) throw new ValidationError(INVALID_LINK, { token: [INVALID_LINK] });
    await tx.user.update({
      where: { id: userId },
      data: { name: input.name, passwordHash, emailVerified: new Date() },
    });
    await tx.userToken.deleteMany({ where: { userId, purpose: "INVITATION", usedAt: null } });
  });
}
