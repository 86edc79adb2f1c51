import { z } from "zod";
import type { AuditAction } from "./data/record";

// The audit log page's filters, read from the query string. A value that
// makes no sense is dropped rather than answered with an error page.

/**
 * What each action means, in the order the filter lists them. Keyed by action
 * so the compiler refuses this file when record.ts gains an action missing
 * here: the log can never show, or hide, one without a name.
 */
export const AUDIT_ACTION_LABELS = {
  "post.create": "Post created",
  "post.update": "Post saved through the Admin API",
  "post.submit": "Post sent for review",
  "post.return": "Post returned to draft",
  "post.publish": "Post published",
  "post.schedule": "Post scheduled",
  "post.auto-publish": "Scheduled post published",
  "post.backdate": "Publication date moved earlier",
  "post.unpublish": "Post unpublished",
  "post.archive": "Post archived",
  "post.delete": "Post deleted",
  "post.restore-revision": "Revision restored",
  "post.revoke-preview-links": "Preview links revoked",
  "user.invite": "Person invited",
  "user.invitation-revoke": "Invitation withdrawn",
  "user.role-change": "Role changed",
  "user.disable": "Account disabled",
  "user.enable": "Account enabled",
  "user.password-reset": "Password reset",
  "auth.login-failure-burst": "Repeated failed sign-ins",
  "auth.unlock": "Sign-in limits lifted by unlock link",
  "media.upload": "Image uploaded",
  "media.delete": "Image deleted",
  "taxonomy.create": "Section, tag or series created",
  "taxonomy.rename": "Section, tag or series changed",
  "taxonomy.merge": "Tags merged",
  "taxonomy.delete": "Section, tag or series deleted",
  "contributor.create": "Contributor added",
  "contributor.update": "Contributor profile changed",
  "contributor.delete": "Contributor deleted",
  "settings.update": "Settings changed",
  "menu.update": "Menu changed",
  "settings.branding": "Branding changed",
  "comment.approve": "Comment approved",
  "comment.reject": "Comment rejected",
  "comment.spam": "Comment marked as spam",
  "comment.auto-spam": "Comment sent to spam automatically",
  "comment.edit": "Comment edited",
  "comment.undo": "Moderation undone",
  "reader.ban": "Reader banned",
  "reader.unban": "Reader ban lifted",
  // issue 13: twofactor
  "auth.two-factor-enable": "Two-factor sign-in turned on",
  "auth.two-factor-disable": "Two-factor sign-in turned off",
  "auth.passkey-add": "Passkey added",
  "auth.passkey-remove": "Passkey removed",
  "auth.recovery-codes-regenerate": "New recovery codes made",
  "auth.recovery-code-used": "Recovery code used to sign in",
  "user.two-factor-reset": "Two-factor sign-in reset by an administrator",
  "settings.two-factor-roles": "Two-factor requirement changed",
  // issue 15: moving in and out
  "content-api-key.create": "Content API key created",
  "content-api-key.revoke": "Content API key revoked",
  "admin-api-token.create": "Admin API token created",
  "admin-api-token.revoke": "Admin API token revoked",
  "site.export": "Site exported (posts, people and media downloaded)",
  "import.wordpress": "WordPress site imported",
  "import.blogger": "Blogger blog imported",
  // issue 15: webhooks
  "webhook.create": "Webhook added",
  "webhook.rotate-secret": "Webhook signing secret replaced",
  "webhook.enable": "Webhook turned on",
  "webhook.disable": "Webhook turned off",
  "webhook.auto-disable": "Webhook turned off after failed deliveries",
  "webhook.delete": "Webhook deleted",
} satisfies Record<AuditAction, string>;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as [AuditAction, ...AuditAction[]];

export const AUDIT_SUBJECT_LABELS = {
  post: "Posts",
  section: "Sections",
  tag: "Tags",
  series: "Series",
  contributor: "Contributors",
  user: "People",
  media: "Images",
  comment: "Comments",
  settings: "Settings",
  menu: "Menus",
  "content-api-key": "Content API keys",
  "admin-api-token": "Admin API tokens",
  import: "Imports",
  webhook: "Webhooks",
} as const;

export const AUDIT_SUBJECT_TYPES = Object.keys(AUDIT_SUBJECT_LABELS) as [
  keyof typeof AUDIT_SUBJECT_LABELS,
  ...(keyof typeof AUDIT_SUBJECT_LABELS)[],
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const auditFiltersSchema = z.object({
  action: optional(z.enum(AUDIT_ACTIONS)),
  actorId: optional(z.string().trim().min(1).max(40)),
  subjectType: optional(z.enum(AUDIT_SUBJECT_TYPES)),
  /** Days in the site's time zone, both inclusive. */
  from: optional(z.string().regex(DAY)),
  to: optional(z.string().regex(DAY)),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

/** The query string's values, first of each, as the schema reads them. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const first = (value: string | string[] | undefined) => {
    const v = Array.isArray(value) ? value[0] : value;
    return v === "" ? undefined : v;
  };
  return auditFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, first(v)])));
}

/** The URL of the log with these filters (page 1 omitted). */
export function auditHref(filters: AuditFilters, page = filters.page): string {
  const query = new URLSearchParams();
  for (const key of ["action", "actorId", "subjectType", "from", "to"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}
