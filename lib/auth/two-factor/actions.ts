"use server";

import { z } from "zod";
import { defineAction } from "../../action";
import { confirmTotp, disableTwoFactor, regenerateRecoveryCodes, startTotpEnrolment } from "./data/enrolment";
import { passkeyRegistrationOptions, registerPasskey, removePasskey } from "./data/passkeys";
import { resetTwoFactor } from "./data/admin-reset";
import { updateRequiredTwoFactorRoles } from "./data/required-roles";
import { passkeyChallenge } from "./data/second-step";
import {
  confirmTotpSchema,
  disableTwoFactorSchema,
  passkeyIdSchema,
  registerPasskeySchema,
  requiredRolesSchema,
  resetTwoFactorSchema,
  ticketSchema,
} from "./schema";
import { SECOND_STEP_EXPIRED } from "./sign-in-step";
import { ValidationError } from "../../errors";

// A staff member's own two-factor sign-in, the sign-in's passkey challenge,
// and the two admin controls (roles that require it; resetting someone's).

const nothing = z.object({}).optional();

export const startTotpEnrolmentAction = defineAction({
  schema: nothing,
  permission: "account:security",
  handler: (_input, viewer) => startTotpEnrolment(viewer),
});

export const confirmTotpAction = defineAction({
  schema: confirmTotpSchema,
  permission: "account:security",
  handler: (input, viewer) => confirmTotp(viewer, input),
});

export const regenerateRecoveryCodesAction = defineAction({
  schema: nothing,
  permission: "account:security",
  handler: (_input, viewer) => regenerateRecoveryCodes(viewer),
});

export const disableTwoFactorAction = defineAction({
  schema: disableTwoFactorSchema,
  permission: "account:security",
  handler: (input, viewer) => disableTwoFactor(viewer, input),
});

export const passkeyRegistrationOptionsAction = defineAction({
  schema: nothing,
  permission: "account:security",
  handler: (_input, viewer) => passkeyRegistrationOptions(viewer),
});

export const registerPasskeyAction = defineAction({
  schema: registerPasskeySchema,
  permission: "account:security",
  handler: (input, viewer) => registerPasskey(viewer, input),
});

export const removePasskeyAction = defineAction({
  schema: passkeyIdSchema,
  permission: "account:security",
  handler: (input, viewer) => removePasskey(viewer, input),
});

/** Public: the sign-in's second step has no session yet; the sealed ticket stands for the correct password. */
export const passkeySignInChallengeAction = defineAction({
  schema: ticketSchema,
  permission: "public",
  handler: async ({ ticket }) => {
    const challenge = await passkeyChallenge(ticket);
    if (!challenge) throw new ValidationError(SECOND_STEP_EXPIRED);
    return challenge;
  },
});

export const updateRequiredTwoFactorRolesAction = defineAction({
  schema: requiredRolesSchema,
  permission: "settings:update",
  handler: async (input, viewer) => ({ roles: await updateRequiredTwoFactorRoles(viewer, input) }),
});

export const resetTwoFactorAction = defineAction({
  schema: resetTwoFactorSchema,
  permission: "user:manage",
  handler: (input, viewer) => resetTwoFactor(viewer, input),
});
