import type { StaffRole } from "./schema";

// What the staff administration page shows; dates are ISO strings so the
// DTOs cross into client components unchanged.

export interface StaffMember {
  id: string;
  email: string;
  name: string | null;
  role: StaffRole;
  disabled: boolean;
  lastLoginAt: string | null;
  /** The viewing admin's own account. */
  isSelf: boolean;
  /** Has an authenticator app or a passkey. */
  twoFactor: boolean;
}

export interface PendingInvitation {
  userId: string;
  email: string;
  name: string | null;
  role: StaffRole;
  invitedByName: string | null;
  sentAt: string;
  expiresAt: string;
  expired: boolean;
}

export interface StaffDirectory {
  members: StaffMember[];
  invitations: PendingInvitation[];
}

/** The account an invitation link is for, shown on the page where the invitee chooses a password. */
export interface InvitationPreview {
  email: string;
  name: string | null;
}
