import "server-only";
import type { Db } from "../../db";
import { enqueue } from "../../jobs/queue";
import { DELIVER_TASK, type DeliveryJob } from "../delivery-job";
import type { WebhookEvent } from "../events";
import { newMessage } from "../payload";

// The one call a domain mutation makes to announce an event: inside its own
// transaction, so a message is queued exactly when the change is committed
// (rolled back: nothing is sent). One delivery job per subscribed hook; the
// data is read, in the same transaction, only when some hook wants it.

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function emitWebhookEvent(
  tx: Tx,
  type: WebhookEvent,
  data: () => Promise<Record<string, unknown> | null>,
): Promise<void> {
  const hooks = await tx.webhook.findMany({ where: { enabled: true, events: { has: type } }, select: { id: true } });
  if (hooks.length === 0) return;
  const payload = await data();
  // Nothing a reader may see (a comment on a post that is not public): nothing to announce.
  if (!payload) return;
  const message = newMessage(type, payload);
  for (const hook of hooks) {
    const job: DeliveryJob = { hookId: hook.id, message, attempt: 1 };
    await enqueue(tx, DELIVER_TASK, job);
  }
}
