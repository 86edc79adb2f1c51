import "server-only";
import type { TaskList } from "graphile-worker";
import { env } from "../env";
import { deliverWebhook } from "../webhooks/data/deliver";
import { DELIVER_TASK, deliveryJobSchema } from "../webhooks/delivery-job";
import { DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from "../webhooks/policy";

// What the queue's workers run: each task parses its payload and calls the
// domain's own code. The newsletter work adds its tasks here.

export interface TaskSettings {
  webhooks: DeliveryPolicy;
}

export function defaultTaskSettings(): TaskSettings {
  return {
    webhooks: { ...DEFAULT_DELIVERY_POLICY, allowLoopback: env().MASTHEAD_WEBHOOKS_ALLOW_LOOPBACK === "true" },
  };
}

export function jobTasks(settings: TaskSettings = defaultTaskSettings()): TaskList {
  return {
    [DELIVER_TASK]: (payload) => deliverWebhook(deliveryJobSchema.parse(payload), settings.webhooks),
  };
}
