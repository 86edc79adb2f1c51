import { z } from "zod";

// Inputs of the account flows. The same schemas validate the server actions
// and drive the forms' field messages, so both sides agree on every rule.

export const PASSWORD_MIN_LENGTH = 10;

export const STAFF_ROLES = ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter an email address such as name@example.org."));

export const passwordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(1024, "Use at most 1024 characters.");

const nameSchema = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(120, "Use at most 120 characters.");

const tokenSchema = z.string({ error: "This link is incomplete." }).trim().min(1, "This link is incomplete.").max(200);

const idSchema = z.string().min(1).max(40);

export const staffRoleSchema = z.enum(STAFF_ROLES, { error: "Choose a role." });

/** A new password typed twice. */
const newPasswordFields = {
  password: passwordSchema,
  confirmPassword: z.string({ error: "Repeat the password." }),
};

function passwordsMatch(value: { password: string; confirmPassword: string }, context: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) {
    context.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords are not the same." });
  }
}

export const signInFormSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024),
});

export const inviteUserSchema = z.object({ email: emailSchema, name: nameSchema, role: staffRoleSchema });
export type InviteUserInput = z.output<typeof inviteUserSchema>;

export const userIdSchema = z.object({ userId: idSchema });
export type UserIdInput = z.output<typeof userIdSchema>;

export const changeRoleSchema = z.object({ userId: idSchema, role: staffRoleSchema });
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ token: tokenSchema, ...newPasswordFields }).superRefine(passwordsMatch);
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;

export const acceptInvitationSchema = z
  .object({ token: tokenSchema, name: nameSchema, ...newPasswordFields })
  .superRefine(passwordsMatch);
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;
