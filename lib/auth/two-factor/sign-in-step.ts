import type { SecondFactorMethods } from "./dto";

// The words of the sign-in's second step, shared by the credentials provider
// and the login form. next-auth hands the form only an error message, so the
// "now a second factor" answer travels as one: a prefix, the methods, and the
// sealed ticket that stands for the correct password.

export const SECOND_FACTOR_PREFIX = "two-factor:";

export const SECOND_FACTOR_REFUSED =
  "That code is not right. Enter the newest code from your authenticator app, or one of your recovery codes.";
export const PASSKEY_REFUSED = "The passkey was not accepted. Try again, or enter a code instead.";
export const SECOND_STEP_EXPIRED = "Signing in took too long. Please enter your email and password again.";
export const SECOND_STEP_THROTTLED =
  "Too many wrong codes. Please wait 15 minutes and try again, or ask an administrator to reset your two-factor sign-in.";

export const SECOND_STEP_ERRORS = [SECOND_FACTOR_REFUSED, PASSKEY_REFUSED, SECOND_STEP_EXPIRED, SECOND_STEP_THROTTLED];

export function secondFactorNeeded(methods: SecondFactorMethods, ticket: string): string {
  const names = [methods.totp ? "totp" : null, methods.passkey ? "passkey" : null].filter(Boolean).join(",");
  return `${SECOND_FACTOR_PREFIX}${names}:${ticket}`;
}

/** The methods and ticket from a "second factor needed" message, or null for any other message. */
export function readSecondFactorNeeded(message: string): { methods: SecondFactorMethods; ticket: string } | null {
  if (!message.startsWith(SECOND_FACTOR_PREFIX)) return null;
  const [names = "", ticket = ""] = message.slice(SECOND_FACTOR_PREFIX.length).split(":");
  if (!ticket) return null;
  const list = names.split(",");
  return { methods: { totp: list.includes("totp"), passkey: list.includes("passkey") }, ticket };
}
