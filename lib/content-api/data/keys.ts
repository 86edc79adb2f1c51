import "server-only";
import { recordAudit } from "../../audit/data/record";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { NotFound } from "../../errors";
import type { ContentApiKeyRow, CreatedContentApiKey } from "../dto";
import { newKeySecret } from "../key-secret";
import type { CreateKeyInput, KeyIdInput } from "../schema";

// Content API keys as admins manage them (/admin/api-keys). The secret is
// returned by createContentApiKey alone; no other function can give it back.

export async function listContentApiKeys(viewer: Viewer): Promise<ContentApiKeyRow[]> {
  authorize(viewer, "content-api:manage");
  const rows = await db.contentApiKey.findMany({
    // Working keys first, newest first within each group.
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      requestsPerMinute: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdByName: createdBy ? (createdBy.name ?? createdBy.email) : null,
  }));
}

export async function createContentApiKey(viewer: Viewer, input: CreateKeyInput): Promise<CreatedContentApiKey> {
  authorize(viewer, "content-api:manage");
  const { secret, prefix, secretHash } = newKeySecret();
  const key = await db.$transaction(async (tx) => {
    const created = await tx.contentApiKey.create({
      data: {
        name: input.name,
        prefix,
        secretHash,
        requestsPerMinute: input.requestsPerMinute,
        createdById: viewer.id,
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "content-api-key.create",
      subjectType: "content-api-key",
      subjectId: created.id,
      data: { name: input.name, prefix, requestsPerMinute: input.requestsPerMinute },
    });
    return created;
  });
  return { ...key, secret };
}

/** Stops a key working at once. Revoking a revoked key again changes nothing. */
export async function revokeContentApiKey(viewer: Viewer, { keyId }: KeyIdInput): Promise<void> {
  authorize(viewer, "content-api:manage");
  await db.$transaction(async (tx) => {
    const key = await tx.contentApiKey.findUnique({
      where: { id: keyId },
      select: { name: true, prefix: true, revokedAt: true },
    });
    if (!key) throw new NotFound("That key no longer exists.");
    if (key.revokedAt) return;
    await tx.contentApiKey.update({ where: { id: keyId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "content-api-key.revoke",
      subjectType: "content-api-key",
      subjectId: keyId,
      data: { name: key.name, prefix: key.prefix },
    });
  });
}
