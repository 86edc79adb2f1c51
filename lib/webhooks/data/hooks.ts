import "server-only";
import { recordAudit } from "../../audit/data/record";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { env } from "../../env";
import { NotFound, ValidationError } from "../../errors";
import { enqueue } from "../../jobs/queue";
import type { CreatedWebhook, RotatedSecret, WebhookDeliveryRow, WebhookRow } from "../dto";
import { PING_EVENT, type WebhookEvent, type WebhookMessageType } from "../events";
import { newMessage } from "../payload";
import { PREVIOUS_SECRET_GRACE_MS } from "../policy";
import type { CreateWebhookInput, SetWebhookEnabledInput, WebhookIdInput } from "../schema";
import { newWebhookSecret } from "../secret";
import { refusedUrlReason } from "../url";
import { DELIVER_TASK, type DeliveryJob } from "../delivery-job";

// Webhooks as admins manage them (/admin/webhooks). The secret leaves this
// file only in the answers to createWebhook and rotateWebhookSecret.

/** Log entries shown per hook on the page (more are kept, up to the policy's limit). */
const SHOWN_DELIVERIES = 20;

const GONE = "That webhook no longer exists.";

export const urlPolicy = () => ({ allowLoopback: env().MASTHEAD_WEBHOOKS_ALLOW_LOOPBACK === "true" });

export async function listWebhooks(viewer: Viewer): Promise<WebhookRow[]> {
  authorize(viewer, "webhooks:manage");
  const rows = await db.webhook.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      url: true,
      events: true,
      enabled: true,
      disabledReason: true,
      disabledAt: true,
      consecutiveFailures: true,
      createdAt: true,
      createdBy: { select: { name: true, email: true } },
      deliveries: { orderBy: { createdAt: "desc" }, take: SHOWN_DELIVERIES },
    },
  });
  return rows.map(({ createdBy, deliveries, ...row }) => ({
    ...row,
    events: row.events as WebhookEvent[],
    disabledReason: row.disabledReason as WebhookRow["disabledReason"],
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    createdByName: createdBy ? (createdBy.name ?? createdBy.email) : null,
    deliveries: deliveries.map((d): WebhookDeliveryRow => ({
      id: d.id,
      messageId: d.messageId,
      eventType: d.eventType as WebhookMessageType,
      attempt: d.attempt,
      succeeded: d.succeeded,
      statusCode: d.statusCode,
      error: d.error,
      durationMs: d.durationMs,
      nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
      createdAt: d.createdAt.toISOString(),
    })),
  }));
}

function requireSafeUrl(url: string): void {
  const reason = refusedUrlReason(url, urlPolicy());
  if (reason) throw new ValidationError(reason, { url: [reason] });
}

export async function createWebhook(viewer: Viewer, input: CreateWebhookInput): Promise<CreatedWebhook> {
  authorize(viewer, "webhooks:manage");
  requireSafeUrl(input.url);
  const secret = newWebhookSecret();
  return db.$transaction(async (tx) => {
    const hook = await tx.webhook.create({
      data: { name: input.name, url: input.url, events: input.events, secret, createdById: viewer.id },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "webhook.create",
      subjectType: "webhook",
      subjectId: hook.id,
      data: { name: input.name, url: input.url, events: input.events },
    });
    return { ...hook, secret };
  });
}

/** A new secret at once; the old one keeps signing beside it for a grace period, so receivers can switch. */
export async function rotateWebhookSecret(viewer: Viewer, { webhookId }: WebhookIdInput): Promise<RotatedSecret> {
  authorize(viewer, "webhooks:manage");
  const secret = newWebhookSecret();
  const until = new Date(Date.now() + PREVIOUS_SECRET_GRACE_MS);
  return db.$transaction(async (tx) => {
    const hook = await tx.webhook.findUnique({ where: { id: webhookId }, select: { name: true, secret: true } });
    if (!hook) throw new NotFound(GONE);
    await tx.webhook.update({
      where: { id: webhookId },
      data: { secret, previousSecret: hook.secret, previousSecretUntil: until },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "webhook.rotate-secret",
      subjectType: "webhook",
      subjectId: webhookId,
      data: { name: hook.name },
    });
    return { id: webhookId, name: hook.name, secret, previousValidUntil: until.toISOString() };
  });
}

/** Turning a hook back on clears its failure count, so it is not turned off again by failures from before. */
export async function setWebhookEnabled(viewer: Viewer, input: SetWebhookEnabledInput): Promise<void> {
  authorize(viewer, "webhooks:manage");
  await db.$transaction(async (tx) => {
    const hook = await tx.webhook.findUnique({ where: { id: input.webhookId }, select: { name: true, enabled: true } });
    if (!hook) throw new NotFound(GONE);
    if (hook.enabled === input.enabled) return;
    await tx.webhook.update({
      where: { id: input.webhookId },
      data: input.enabled
        ? { enabled: true, disabledReason: null, disabledAt: null, consecutiveFailures: 0, failingSince: null }
        : { enabled: false, disabledReason: "admin", disabledAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: input.enabled ? "webhook.enable" : "webhook.disable",
      subjectType: "webhook",
      subjectId: input.webhookId,
      data: { name: hook.name },
    });
  });
}

/** Deletes the hook and its log; messages still queued for it are dropped when their turn comes. */
export async function deleteWebhook(viewer: Viewer, { webhookId }: WebhookIdInput): Promise<void> {
  authorize(viewer, "webhooks:manage");
  await db.$transaction(async (tx) => {
    const hook = await tx.webhook.findUnique({ where: { id: webhookId }, select: { name: true, url: true } });
    if (!hook) throw new NotFound(GONE);
    await tx.webhook.delete({ where: { id: webhookId } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "webhook.delete",
      subjectType: "webhook",
      subjectId: webhookId,
      data: { name: hook.name, url: hook.url },
    });
  });
}

/** Queues a test message for the hook (delivered even while it is off, to check the receiver before turning it on). */
export async function pingWebhook(viewer: Viewer, { webhookId }: WebhookIdInput): Promise<{ messageId: string }> {
  authorize(viewer, "webhooks:manage");
  return db.$transaction(async (tx) => {
    const hook = await tx.webhook.findUnique({ where: { id: webhookId }, select: { id: true, name: true } });
    if (!hook) throw new NotFound(GONE);
    const message = newMessage(PING_EVENT, { webhook: { id: hook.id, name: hook.name } });
    const job: DeliveryJob = { hookId: hook.id, message, attempt: 1 };
    await enqueue(tx, DELIVER_TASK, job);
    return { messageId: message.id };
  });
}
