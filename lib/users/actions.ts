"use server";

import { defineAction } from "../action";
import {
  acceptInvitation,
  changeRole,
  disableUser,
  enableUser,
  inviteUser,
  PASSWORD_RESET_REQUESTED,
  requestPasswordReset,
  resendInvitation,
  resetPassword,
  revokeInvitation,
} from "./data/mutations";
import {
  acceptInvitationSchema,
  changeRoleSchema,
  inviteUserSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  userIdSchema,
} from "./schema";

// Account administration (admins only) and the public account flows reached
// through emailed links.

export const inviteUserAction = defineAction({
  schema: inviteUserSchema,
  permission: "user:manage",
  handler: (input, viewer) => inviteUser(viewer, input),
});

export const resendInvitationAction = defineAction({
  schema: userIdSchema,
  permission: "user:manage",
  handler: (input, viewer) => resendInvitation(viewer, input),
});

export const revokeInvitationAction = defineAction({
  schema: userIdSchema,
  permission: "user:manage",
  handler: (input, viewer) => revokeInvitation(viewer, input),
});

export const changeRoleAction = defineAction({
  schema: changeRoleSchema,
  permission: "user:manage",
  handler: (input, viewer) => changeRole(viewer, input),
});

export const disableUserAction = defineAction({
  schema: userIdSchema,
  permission: "user:manage",
  handler: (input, viewer) => disableUser(viewer, input),
});

export const enableUserAction = defineAction({
  schema: userIdSchema,
  permission: "user:manage",
  handler: (input, viewer) => enableUser(viewer, input),
});

/** Answers the same whether or not the address has an account. */
export const requestPasswordResetAction = defineAction({
  schema: requestPasswordResetSchema,
  permission: "public",
  handler: async ({ email }) => {
    await requestPasswordReset(email);
    return { message: PASSWORD_RESET_REQUESTED };
  },
});

export const resetPasswordAction = defineAction({
  schema: resetPasswordSchema,
  permission: "public",
  handler: (input) => resetPassword(input),
});

export const acceptInvitationAction = defineAction({
  schema: acceptInvitationSchema,
  permission: "public",
  handler: (input) => acceptInvitation(input),
});
