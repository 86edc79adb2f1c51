import "server-only";
import type { Viewer } from "../../auth/permissions";
import type { Db, Prisma } from "../../db";

// One row per consequential act. Written inside the same transaction as the
// change it records, so the log never claims a change that was rolled back.

type Tx = Pick<Db, "auditLog">;

export type AuditAction =
  | "post.create"
  | "post.update"
  | "post.delete"
  | "post.submit"
  | "post.return"
  | "post.publish"
  | "post.schedule"
  | "post.unpublish"
  | "post.archive"
  | "post.restore-revision"
  | "post.auto-publish"
  | "post.backdate"
  | "post.revoke-preview-links"
  | "user.invite"
  | "user.invitation-revoke"
  | "user.role-change"
  | "user.disable"
  | "user.enable"
  | "user.password-reset"
  | "auth.login-failure-burst"
  | "auth.unlock"
  | "media.upload"
  | "media.delete"
  | "taxonomy.create"
  | "taxonomy.rename"
  | "taxonomy.merge"
  | "taxonomy.delete"
  | "contributor.create"
  | "contributor.update"
  | "contributor.delete"
  | "settings.update"
  | "menu.update"
  | "settings.branding"
  | "comment.approve"
  | "comment.reject"
  | "comment.spam"
  | "comment.auto-spam"
  | "comment.edit"
  | "comment.undo"
  | "reader.ban"
  | "reader.unban"
  // issue 13: twofactor
  | "auth.two-factor-enable"
  | "auth.two-factor-disable"
  | "auth.passkey-add"
  | "auth.passkey-remove"
  | "auth.recovery-codes-regenerate"
  | "auth.recovery-code-used"
  | "user.two-factor-reset"
  | "settings.two-factor-roles"
  // issue 15: moving in and out
  | "content-api-key.create"
  | "content-api-key.revoke"
  | "admin-api-token.create"
  | "admin-api-token.revoke"
  | "site.export"
  | "import.wordpress"
  | "import.blogger"
  // issue 15: webhooks
  | "webhook.create"
  | "webhook.rotate-secret"
  | "webhook.enable"
  | "webhook.disable"
  | "webhook.auto-disable"
  | "webhook.delete";

export interface AuditEntry {
  actorId: string | null;
  /** The Admin API token the actor used, if they acted through one. */
  viaApiTokenId?: string | null;
  action: AuditAction;
  subjectType: string;
  subjectId?: string | null;
  data?: Prisma.InputJsonObject;
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      viaApiTokenId: entry.viaApiTokenId ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      data: entry.data ?? {},
    },
  });
}

/** Who an entry names as acting: the viewer, and the Admin API token they came through, if any. */
export function actorOf(viewer: Viewer): Pick<AuditEntry, "actorId" | "viaApiTokenId"> {
  return { actorId: viewer.id, viaApiTokenId: viewer.apiToken?.id ?? null };
}
