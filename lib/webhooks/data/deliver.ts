import "server-only";
import { recordAudit } from "../../audit/data/record";
import { db } from "../../db";
import { enqueue } from "../../jobs/queue";
import { DELIVER_TASK, type DeliveryJob } from "../delivery-job";
import { PING_EVENT } from "../events";
import { messageBody, signedHeaders } from "../payload";
import type { DeliveryPolicy } from "../policy";
import { sendWebhook } from "../send";
import type { Tx } from "./emit";

// One delivery attempt, run by the job queue. The outcome is logged, the next
// attempt (if any) queued, and the hook's failure count moved, in one
// transaction: a retry exists exactly when its failed attempt is logged.
// Receivers may see a message twice (the queue delivers at least once); the
// webhook-id header is the same on every attempt, for them to drop repeats.

const isSuccess = (status: number | null) => status !== null && status >= 200 && status < 300;

export async function deliverWebhook(job: DeliveryJob, policy: DeliveryPolicy): Promise<void> {
  const hook = await db.webhook.findUnique({
    where: { id: job.hookId },
    select: { url: true, enabled: true, secret: true, previousSecret: true, previousSecretUntil: true },
  });
  const isPing = job.message.type === PING_EVENT;
  // Deleted, or turned off since the message was queued: it is dropped, not kept for later.
  if (!hook || (!hook.enabled && !isPing)) return;

  const now = new Date();
  const secrets = [hook.secret];
  if (hook.previousSecret && hook.previousSecretUntil && hook.previousSecretUntil > now)
    secrets.push(hook.previousSecret);
  const body = messageBody(job.message);
  const sent = await sendWebhook(hook.url, body, signedHeaders(job.message, body, secrets, now), policy);
  const succeeded = isSuccess(sent.statusCode);
  const redirected = sent.statusCode !== null && sent.statusCode >= 300 && sent.statusCode < 400;
  const error = succeeded ? null : (sent.error ?? (redirected ? "Redirects are not followed." : null));
  const retryIn = succeeded || isPing ? undefined : policy.retryDelaysMs[job.attempt - 1];
  const nextAttemptAt = retryIn === undefined ? null : new Date(Date.now() + retryIn);

  await db.$transaction(async (tx) => {
    // The hook may have been deleted while the request was out.
    const stillThere = await tx.webhook.findUnique({ where: { id: job.hookId }, select: { id: true } });
    if (!stillThere) return;
    await tx.webhookDelivery.create({
      data: {
        webhookId: job.hookId,
        messageId: job.message.id,
        eventType: job.message.type,
        attempt: job.attempt,
        succeeded,
        statusCode: sent.statusCode,
        error,
        durationMs: sent.durationMs,
        nextAttemptAt,
      },
    });
    if (nextAttemptAt) {
      const retry: DeliveryJob = { ...job, attempt: job.attempt + 1 };
      await enqueue(tx, DELIVER_TASK, retry, { runAt: nextAttemptAt });
    }
    if (!isPing) await countOutcome(tx, job.hookId, succeeded, policy);
    await pruneLog(tx, job.hookId, policy.keepDeliveries);
  });
}

/** A success clears the count; a failure adds to it, and turns the hook off past either limit. */
async function countOutcome(tx: Tx, hookId: string, succeeded: boolean, policy: DeliveryPolicy): Promise<void> {
  if (succeeded) {
    await tx.webhook.update({ where: { id: hookId }, data: { consecutiveFailures: 0, failingSince: null } });
    return;
  }
  const now = new Date();
  const hook = await tx.webhook.update({
    where: { id: hookId },
    data: { consecutiveFailures: { increment: 1 } },
    select: { name: true, enabled: true, consecutiveFailures: true, failingSince: true },
  });
  const failingSince = hook.failingSince ?? now;
  if (!hook.failingSince) await tx.webhook.update({ where: { id: hookId }, data: { failingSince: now } });
  const tooMany = hook.consecutiveFailures >= policy.disableAfterFailures;
  const tooLong = now.getTime() - failingSince.getTime() >= policy.disableAfterMs;
  if (!hook.enabled || !(tooMany || tooLong)) return;
  await tx.webhook.update({
    where: { id: hookId },
    data: { enabled: false, disabledReason: "failures", disabledAt: now },
  });
  await recordAudit(tx, {
    actorId: null,
    action: "webhook.auto-disable",
    subjectType: "webhook",
    subjectId: hookId,
    data: { name: hook.name, failedAttempts: hook.consecutiveFailures, failingSince: failingSince.toISOString() },
  });
}

/** Keeps the newest entries of the hook's log. */
async function pruneLog(tx: Tx, hookId: string, keep: number): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "WebhookDelivery" WHERE "webhookId" = ${hookId} AND id NOT IN (
      SELECT id FROM "WebhookDelivery" WHERE "webhookId" = ${hookId} ORDER BY "createdAt" DESC, id DESC LIMIT ${keep})`;
}
