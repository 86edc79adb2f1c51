import type { StaffRole } from "@/lib/users/schema";

export const ROLE_LABELS: Record<StaffRole, string> = {
  ADMIN: "Administrator",
  EDITOR: "Editor",
  AUTHOR: "Author",
  MODERATOR: "Moderator",
};

/** What each role may do, as shown next to the role choice when inviting. */
export const ROLE_SUMMARY =
  "Authors write their own drafts; editors review, publish and manage sections, tags and contributors; " +
  "moderators handle reader comments; administrators also manage staff accounts and settings.";
