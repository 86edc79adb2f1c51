import { randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";
import type { WebhookMessageType } from "./events";

// A webhook message and its signature (Standard Webhooks): the body is
// {type, timestamp, data}; the headers carry the message id (the same on
// every retry, so receivers can drop duplicates), the time of this attempt,
// and one signature per secret in force.

export interface WebhookMessage {
  /** The webhook-id header: "msg_" and a UUID. */
  id: string;
  type: WebhookMessageType;
  /** When the event happened, ISO 8601. */
  timestamp: string;
  data: Record<string, unknown>;
}

export function newMessage(
  type: WebhookMessageType,
  data: Record<string, unknown>,
  at: Date = new Date(),
): WebhookMessage {
  return { id: `msg_${randomUUID()}`, type, timestamp: at.toISOString(), data };
}

/** The exact bytes sent, and signed. */
export function messageBody(message: WebhookMessage): string {
  return JSON.stringify({ type: message.type, timestamp: message.timestamp, data: message.data });
}

/** The Standard Webhooks headers for one attempt; during a rotation both secrets sign (space-separated signatures). */
export function signedHeaders(
  message: WebhookMessage,
  body: string,
  secrets: readonly string[],
  sentAt: Date = new Date(),
): Record<string, string> {
  return {
    "webhook-id": message.id,
    "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
    "webhook-signature": secrets.map((secret) => new Webhook(secret).sign(message.id, sentAt, body)).join(" "),
  };
}
