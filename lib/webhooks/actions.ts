"use server";

import { defineAction } from "../action";
import { createWebhook, deleteWebhook, pingWebhook, rotateWebhookSecret, setWebhookEnabled } from "./data/hooks";
import { createWebhookSchema, setWebhookEnabledSchema, webhookIdSchema } from "./schema";

// The webhooks page (/admin/webhooks). Hooks change no page of the site, so
// nothing is invalidated; the forms refresh the list themselves.

export const createWebhookAction = defineAction({
  schema: createWebhookSchema,
  permission: "webhooks:manage",
  handler: (input, viewer) => createWebhook(viewer, input),
});

export const rotateWebhookSecretAction = defineAction({
  schema: webhookIdSchema,
  permission: "webhooks:manage",
  handler: (input, viewer) => rotateWebhookSecret(viewer, input),
});

export const setWebhookEnabledAction = defineAction({
  schema: setWebhookEnabledSchema,
  permission: "webhooks:manage",
  handler: (input, viewer) => setWebhookEnabled(viewer, input),
});

export const deleteWebhookAction = defineAction({
  schema: webhookIdSchema,
  permission: "webhooks:manage",
  handler: (input, viewer) => deleteWebhook(viewer, input),
});

export const pingWebhookAction = defineAction({
  schema: webhookIdSchema,
  permission: "webhooks:manage",
  handler: (input, viewer) => pingWebhook(viewer, input),
});
