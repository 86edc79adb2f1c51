import type { TokenRole } from "./schema";

// Tokens as the admin page shows them. The secret exists only in the answer
// that created the token.

export interface AdminApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  role: TokenRole;
  createdAt: string;
  createdByName: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** What creating a token answers, once. */
export interface CreatedAdminApiToken {
  id: string;
  name: string;
  secret: string;
  expiresAt: string;
}
