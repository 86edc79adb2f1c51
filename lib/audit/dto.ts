import type { AuditDetail } from "./describe";

// What the audit log page shows: plain data for the admin table.

export interface AuditLogEntry {
  id: string;
  at: Date;
  actor: { id: string; name: string } | null;
  /** The name of the Admin API token the actor used; null when they acted signed in. */
  viaApiToken: string | null;
  action: string;
  subjectType: string;
  /** What the entry is about, with a link while it still exists. */
  subject: { label: string; href: string | null } | null;
  details: AuditDetail[];
}

export interface AuditLogPage {
  items: AuditLogEntry[];
  page: number;
  hasNext: boolean;
}
