import { z } from "zod";

// The unlock link's one input: the token from the emailed address.

export const unlockTokenSchema = z
  .string({ error: "This link is incomplete." })
  .trim()
  .min(1, "This link is incomplete.")
  .max(200, "This link is incomplete.")
  .regex(/^[A-Za-z0-9_-]+$/, "This link is incomplete.");

export const unlockAccountSchema = z.object({ token: unlockTokenSchema });
export type UnlockAccountInput = z.output<typeof unlockAccountSchema>;
