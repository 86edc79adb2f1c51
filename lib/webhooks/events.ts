// What a webhook can subscribe to. subscriber.confirmed is listed for the
// newsletter work, which emits it; nothing emits it yet.

export const WEBHOOK_EVENTS = [
  "post.published",
  "post.updated",
  "post.unpublished",
  "comment.approved",
  "subscriber.confirmed",
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The test message an admin sends from the page: delivered once, never retried, never counted towards disabling. */
export const PING_EVENT = "webhook.ping";

export type WebhookMessageType = WebhookEvent | typeof PING_EVENT;
