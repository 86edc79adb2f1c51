import "server-only";
import { authorize, type Viewer } from "../../auth/permissions";
import { db, type Prisma } from "../../db";
import type { InvitationPreview, StaffDirectory } from "../dto";
import type { StaffRole } from "../schema";
import { findTokenOwner } from "./tokens";

/** An account created by an invitation whose invitee has not chosen a password yet. */
export const PENDING_INVITATION = {
  role: { not: "READER" },
  passwordHash: null,
  tokens: { some: { purpose: "INVITATION" } },
} satisfies Prisma.UserWhereInput;

export async function listStaff(viewer: Viewer): Promise<StaffDirectory> {
  authorize(viewer, "user:manage");
  const [members, invited] = await Promise.all([
    db.user.findMany({
      where: { role: { not: "READER" }, NOT: PENDING_INVITATION },
      orderBy: [{ disabled: "asc" }, { name: "asc" }, { email: "asc" }],
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabled: true,
        lastLoginAt: true,
        totpSecret: { select: { confirmedAt: true } },
        _count: { select: { passkeys: true } },
      },
    }),
    db.user.findMany({
      where: PENDING_INVITATION,
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        invitedBy: { select: { name: true, email: true } },
        tokens: {
          where: { purpose: "INVITATION" },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { createdAt: true, expiresAt: true },
        },
      },
    }),
  ]);
  const now = new Date();
  return {
    members: members.map(({ totpSecret, _count, ...m }) => ({
      ...m,
      role: m.role as StaffRole,
      lastLoginAt: m.lastLoginAt?.toISOString() ?? null,
      isSelf: m.id === viewer.id,
      twoFactor: Boolean(totpSecret?.confirmedAt) || _count.passkeys > 0,
    })),
    invitations: invited.flatMap(({ id, email, name, role, invitedBy, tokens: [token] }) =>
      token
        ? [
            {
              userId: id,
              email,
              name,
              role: role as StaffRole,
              invitedByName: invitedBy ? (invitedBy.name ?? invitedBy.email) : null,
              sentAt: token.createdAt.toISOString(),
              expiresAt: token.expiresAt.toISOString(),
              expired: token.expiresAt <= now,
            },
          ]
        : [],
    ),
  };
}

/** Public: who an invitation link is for, or null when the link is unknown, used, expired or revoked. */
export async function getInvitationPreview(token: string): Promise<InvitationPreview | null> {
  const userId = await findTokenOwner(db, token, "INVITATION");
  if (!userId) return null;
  return db.user.findFirst({
    where: { id: userId, disabled: false, ...PENDING_INVITATION },
    select: { email: true, name: true },
  });
}

/** Public: whether a password-reset link can still be used. */
export async function isPasswordResetLinkLive(token: string): Promise<boolean> {
  return (await findTokenOwner(db, token, "PASSWORD_RESET")) !== null;
}
