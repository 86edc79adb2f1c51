import { z } from "zod";
import { STAFF_ROLES } from "../../users/schema";

// What the account-security forms and the sign-in's second step send.

const CODE_REQUIRED = "Enter the 6-digit code from your authenticator app.";

export const totpCodeSchema = z
  .string({ error: CODE_REQUIRED })
  .trim()
  .transform((code) => code.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, CODE_REQUIRED));

export const confirmTotpSchema = z.object({ code: totpCodeSchema });

/** A 6-digit code or a recovery code: which one is decided by its shape. */
export const secondFactorCodeSchema = z
  .string({ error: "Enter a code." })
  .trim()
  .min(6, "Enter the 6-digit code from your authenticator app, or a recovery code.")
  .max(40, "That is not a code from your app or a recovery code.");

export const disableTwoFactorSchema = z
  .object({
    password: z.string().max(1024).optional().default(""),
    code: z.string().trim().max(40).optional().default(""),
  })
  .refine((input) => input.password !== "" || input.code !== "", {
    message: "Enter your password or a current code.",
    path: ["password"],
  });

export const passkeyNameSchema = z
  .string({ error: "Give the passkey a name." })
  .trim()
  .min(1, "Give the passkey a name, such as “Work laptop”.")
  .max(60, "Keep the name under 60 characters.");

export const registerPasskeySchema = z.object({
  name: passkeyNameSchema,
  ticket: z.string().min(1).max(2000),
  // The browser's registration response; @simplewebauthn/server checks its shape.
  response: z.string().min(1).max(20_000),
});

export const passkeyIdSchema = z.object({ passkeyId: z.string().min(1).max(64) });

export const ticketSchema = z.object({ ticket: z.string().min(1).max(2000) });

export const requiredRolesSchema = z.object({
  roles: z.array(z.enum(STAFF_ROLES)).max(STAFF_ROLES.length).default([]),
});

export const resetTwoFactorSchema = z.object({ userId: z.string().min(1).max(64) });
