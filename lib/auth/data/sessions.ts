import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../../db";
import type { Viewer } from "../permissions";
import { mustEnrolTwoFactor } from "../two-factor/data/required-roles";

// Server-side session records. The signed cookie only carries the record's
// token, so signing out or disabling an account ends the session at once.

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function openSession(userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({
    data: { sessionToken, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return sessionToken;
}

export async function closeSession(sessionToken: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}

export async function closeAllSessions(userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

/** The viewer behind a live session token, or null when it is unknown, expired or its account is disabled. */
export async function viewerForSession(sessionToken: string): Promise<Viewer | null> {
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: {
      expires: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          disabled: true,
          bannedAt: true,
          contributor: { select: { id: true } },
        },
      },
    },
  });
  if (!session || session.expires <= new Date() || session.user.disabled) return null;
  const { user } = session;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    contributorId: user.contributor?.id ?? null,
    banned: user.bannedAt !== null,
    mustEnrolTwoFactor: await mustEnrolTwoFactor(user.id, user.role),
  };
}
