import { z } from "zod";
import { WEBHOOK_EVENTS } from "./events";
import { urlShapeReason } from "./url";

// The admin's webhook forms. The URL's shape is checked here with the other
// fields; its addresses (no private ones) need the server's loopback setting,
// so the data layer checks them once this passes (url.ts), on the same field.

export const createWebhookSchema = z.object({
  name: z
    .string({ error: "Name the webhook." })
    .trim()
    .min(1, "Name the webhook, e.g. after the service that receives it.")
    .max(80, "Use at most 80 characters."),
  url: z
    .string({ error: "Enter the address that receives the events." })
    .trim()
    .min(1, { error: "Enter the address that receives the events.", abort: true })
    .max(2000, "Use an address of at most 2,000 characters.")
    .refine((url) => urlShapeReason(url) === null, { error: (issue) => urlShapeReason(String(issue.input)) }),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { error: "Choose events from the list." }), {
      error: "Choose at least one event.",
    })
    .min(1, "Choose at least one event.")
    .transform((events) => [...new Set(events)]),
});
export type CreateWebhookInput = z.output<typeof createWebhookSchema>;

export const webhookIdSchema = z.object({ webhookId: z.string().min(1).max(40) });
export type WebhookIdInput = z.output<typeof webhookIdSchema>;

export const setWebhookEnabledSchema = webhookIdSchema.extend({
  enabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type SetWebhookEnabledInput = z.output<typeof setWebhookEnabledSchema>;
