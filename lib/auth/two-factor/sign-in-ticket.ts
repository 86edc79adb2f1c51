import { z } from "zod";
import { seal, unseal } from "./seal";

// After a correct password, an account with two-factor sign-in gets a sealed,
// short-lived ticket instead of a session; the second step presents it with a
// code or a passkey, so the password is never sent twice. A passkey attempt
// carries its WebAuthn challenge inside the ticket (nothing kept server-side).

export const TICKET_LIFETIME_MS = 5 * 60_000;

const ticketSchema = z.object({
  userId: z.string().min(1),
  expiresAt: z.number().int(),
  challenge: z.string().min(1).optional(),
});

export type SignInTicket = z.infer<typeof ticketSchema>;

export function issueTicket(userId: string, challenge?: string, now = Date.now()): string {
  const ticket: SignInTicket = { userId, expiresAt: now + TICKET_LIFETIME_MS, ...(challenge ? { challenge } : {}) };
  return seal("sign-in-ticket", JSON.stringify(ticket));
}

/** The ticket's content, or null when it was not sealed here or has expired. */
export function openTicket(sealed: unknown, now = Date.now()): SignInTicket | null {
  if (typeof sealed !== "string" || sealed.length > 2000) return null;
  const plain = unseal("sign-in-ticket", sealed);
  if (!plain) return null;
  const parsed = ticketSchema.safeParse(JSON.parse(plain));
  return parsed.success && parsed.data.expiresAt > now ? parsed.data : null;
}
