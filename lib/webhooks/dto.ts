import type { WebhookEvent, WebhookMessageType } from "./events";

// What the admin page shows of webhooks. The signing secret appears only in
// CreatedWebhook and RotatedSecret, the answers to the two acts that make one.

export interface WebhookRow {
  id: string;
  name: string;
  url: string;
  events: WebhookEvent[];
  enabled: boolean;
  /** "admin" or "failures" (turned off automatically) while disabled. */
  disabledReason: "admin" | "failures" | null;
  disabledAt: string | null;
  consecutiveFailures: number;
  createdAt: string;
  createdByName: string | null;
  deliveries: WebhookDeliveryRow[];
}

export interface WebhookDeliveryRow {
  id: string;
  messageId: string;
  eventType: WebhookMessageType;
  attempt: number;
  succeeded: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  nextAttemptAt: string | null;
  createdAt: string;
}

export interface CreatedWebhook {
  id: string;
  name: string;
  secret: string;
}

export interface RotatedSecret {
  id: string;
  name: string;
  secret: string;
  /** Until when the old secret still signs too. */
  previousValidUntil: string;
}
