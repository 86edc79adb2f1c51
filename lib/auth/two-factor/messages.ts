import type { MailMessage } from "../../mail/message";

// The email an account's owner gets when an administrator resets their
// two-factor sign-in: they learn of it even if they did not ask for it.

export function twoFactorResetMessage(input: {
  to: string;
  siteName: string;
  adminName: string;
  loginUrl: string;
}): MailMessage {
  const text = [
    `${input.adminName} has reset two-factor sign-in for your ${input.siteName} account.`,
    "Your authenticator app, passkeys and recovery codes no longer work for this account. Sign in with your password and set up two-factor sign-in again:",
    input.loginUrl,
    "If you did not ask for this, tell an administrator at once and change your password.",
  ].join("\n\n");
  return { to: input.to, subject: `Two-factor sign-in was reset on ${input.siteName}`, text: `${text}\n` };
}
