import "server-only";
import { recordAudit } from "../../../audit/data/record";
import { db } from "../../../db";
import { STAFF_ROLES, type StaffRole } from "../../../users/schema";
import { authorize, type Role, type Viewer } from "../../permissions";
import { requiredRolesSchema } from "../schema";

// Which staff roles must use two-factor sign-in. Kept in its own settings row,
// read here only: it is not a public setting, so it never enters the site
// settings that the cached readers hand out.

const KEY = "twoFactorRoles";

export async function requiredTwoFactorRoles(): Promise<StaffRole[]> {
  const row = await db.siteSetting.findUnique({ where: { key: KEY } });
  const parsed = requiredRolesSchema.shape.roles.safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

export async function updateRequiredTwoFactorRoles(
  viewer: Viewer,
  { roles }: { roles: StaffRole[] },
): Promise<StaffRole[]> {
  authorize(viewer, "settings:update");
  const next = STAFF_ROLES.filter((role) => roles.includes(role));
  await db.$transaction(async (tx) => {
    const row = await tx.siteSetting.findUnique({ where: { key: KEY } });
    const before = requiredRolesSchema.shape.roles.safeParse(row?.value ?? []);
    const previous = before.success ? before.data : [];
    if (previous.length === next.length && previous.every((role) => next.includes(role))) return;
    await tx.siteSetting.upsert({ where: { key: KEY }, create: { key: KEY, value: next }, update: { value: next } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "settings.two-factor-roles",
      subjectType: "settings",
      subjectId: null,
      data: { roles: [previous.join(", ") || "none", next.join(", ") || "none"] },
    });
  });
  return next;
}

/** Whether this account has an authenticator app or a passkey. */
export async function hasTwoFactorEnabled(userId: string): Promise<boolean> {
  const [totp, passkeys] = await Promise.all([
    db.totpSecret.count({ where: { userId, confirmedAt: { not: null } } }),
    db.passkey.count({ where: { userId } }),
  ]);
  return totp + passkeys > 0;
}

/** A staff account whose role requires two-factor sign-in and which has none yet: it may only enrol. */
export async function mustEnrolTwoFactor(userId: string, role: Role): Promise<boolean> {
  if (role === "READER") return false;
  const roles: readonly Role[] = await requiredTwoFactorRoles();
  return roles.includes(role) && !(await hasTwoFactorEnabled(userId));
}
