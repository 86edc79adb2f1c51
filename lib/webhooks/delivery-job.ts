import { z } from "zod";
import { PING_EVENT, WEBHOOK_EVENTS } from "./events";

// A delivery job's payload on the queue: one message for one hook, and which
// attempt this is. Parsed when the job runs: the queue is a boundary too.

export const DELIVER_TASK = "webhook.deliver";

export const deliveryJobSchema = z.object({
  hookId: z.string().min(1),
  attempt: z.number().int().min(1),
  message: z.object({
    id: z.string().min(1),
    type: z.enum([...WEBHOOK_EVENTS, PING_EVENT]),
    timestamp: z.string(),
    data: z.record(z.string(), z.unknown()),
  }),
});

export type DeliveryJob = z.output<typeof deliveryJobSchema>;
