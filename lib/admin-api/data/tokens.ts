import "server-only";
import { actorOf, recordAudit } from "../../audit/data/record";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { NotFound, ValidationError } from "../../errors";
import { getSiteSettings } from "../../settings/data/queries";
import type { AdminApiTokenRow, CreatedAdminApiToken } from "../dto";
import type { CreateTokenInput, TokenIdInput, TokenRole } from "../schema";
import { newTokenSecret } from "../token-secret";
import { expiryOf } from "../token-rules";

// Admin API tokens as admins manage them (/admin/api-keys). The secret is
// returned by createAdminApiToken alone; no other function can give it back.

export async function listAdminApiTokens(viewer: Viewer): Promise<AdminApiTokenRow[]> {
  authorize(viewer, "admin-api:manage");
  const rows = await db.adminApiToken.findMany({
    // Working tokens first, newest first within each group.
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({
    ...row,
    role: row.role as TokenRole,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdByName: createdBy.name ?? createdBy.email,
  }));
}

export async function createAdminApiToken(viewer: Viewer, input: CreateTokenInput): Promise<CreatedAdminApiToken> {
  authorize(viewer, "admin-api:manage");
  const { timeZone } = await getSiteSettings();
  const expiresAt = expiryOf(input, new Date(), timeZone);
  if (!expiresAt) throw new ValidationError("adminApi.error.fields", { expiresOn: ["adminApi.error.expiresOn"] });
  const { secret, prefix, secretHash } = newTokenSecret();
  const token = await db.$transaction(async (tx) => {
    const created = await tx.adminApiToken.create({
      data: { name: input.name, prefix, secretHash, role: input.role, expiresAt, createdById: viewer.id },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      ...actorOf(viewer),
      action: "admin-api-token.create",
      subjectType: "admin-api-token",
      subjectId: created.id,
      data: { name: input.name, prefix, role: input.role, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  return { ...token, secret, expiresAt: expiresAt.toISOString() };
}

/** Stops a token working at once. Revoking a revoked token again changes nothing. */
export async function revokeAdminApiToken(viewer: Viewer, { tokenId }: TokenIdInput): Promise<void> {
  authorize(viewer, "admin-api:manage");
  await db.$transaction(async (tx) => {
    const token = await tx.adminApiToken.findUnique({
      where: { id: tokenId },
      select: { name: true, prefix: true, revokedAt: true },
    });
    if (!token) throw new NotFound("That token no longer exists.");
    if (token.revokedAt) return;
    await tx.adminApiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      ...actorOf(viewer),
      action: "admin-api-token.revoke",
      subjectType: "admin-api-token",
      subjectId: tokenId,
      data: { name: token.name, prefix: token.prefix },
    });
  });
}
