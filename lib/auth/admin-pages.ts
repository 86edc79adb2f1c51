import { type Action, mayAttempt, type Viewer } from "./permissions";

// The admin area's pages and the permission each needs: the one table that
// both the pages (through adminPage() in page-viewer.ts) and the navigation
// read, so a section is never shown to someone its page turns away, nor hidden
// from someone it serves.

export interface AdminNavItem {
  href: string;
  label: string;
}

interface AdminPageRule {
  permission: Action;
  /** Completes "Your account does not have permission to …" on the 403 notice. */
  forbidden: string;
  /** The nav entry: a label for the page's own path, or one built per viewer (null: no entry for them). */
  nav?: string | ((viewer: Viewer) => AdminNavItem | null);
}

// Pages are checked on the role alone: the records they show are scoped by
// the data layer, which asks the matrix again about each one. In nav order.
const PAGES = {
  "/admin": { permission: "admin:access", forbidden: "use the admin area", nav: "Dashboard" },
  "/admin/posts": { permission: "post:read", forbidden: "see posts", nav: "Posts" },
  "/admin/posts/[id]": { permission: "post:read", forbidden: "edit posts" },
  "/admin/posts/[id]/preview": { permission: "post:read", forbidden: "preview posts" },
  "/admin/posts/[id]/revisions": { permission: "post:read", forbidden: "see posts" },
  "/admin/pages": { permission: "post:read", forbidden: "see pages", nav: "Pages" },
  "/admin/pages/[id]": { permission: "post:read", forbidden: "edit pages" },
  "/admin/media": { permission: "media:read", forbidden: "use the media library", nav: "Media" },
  "/admin/comments": { permission: "comment:moderate", forbidden: "moderate comments", nav: "Comments" },
  "/admin/sections": { permission: "taxonomy:manage", forbidden: "manage sections", nav: "Sections" },
  "/admin/tags": { permission: "taxonomy:manage", forbidden: "manage tags", nav: "Tags" },
  "/admin/series": { permission: "taxonomy:manage", forbidden: "manage series", nav: "Series" },
  "/admin/contributors": {
    permission: "contributor:update",
    forbidden: "see contributor profiles",
    nav: contributorsNav,
  },
  "/admin/contributors/new": { permission: "contributor:manage", forbidden: "add contributors" },
  "/admin/contributors/[id]": { permission: "contributor:update", forbidden: "edit contributor profiles" },
  "/admin/users": { permission: "user:manage", forbidden: "manage staff accounts", nav: "Users" },
  "/admin/audit": { permission: "audit:read", forbidden: "read the audit log", nav: "Audit log" },
  "/admin/menus": { permission: "menu:update", forbidden: "change the menus", nav: "Menus" },
  "/admin/settings": { permission: "settings:update", forbidden: "change the site settings", nav: "Settings" },
  "/admin/branding": { permission: "settings:update", forbidden: "change the site's branding", nav: "Branding" },
  "/admin/api-keys": { permission: "content-api:manage", forbidden: "manage Content API keys", nav: "API keys" },
  "/admin/webhooks": { permission: "webhooks:manage", forbidden: "manage webhooks", nav: "Webhooks" },
  "/admin/import": { permission: "site:import", forbidden: "import a site", nav: "Import" },
  "/admin/account/security": {
    permission: "account:security",
    forbidden: "use the admin area",
    nav: "Sign-in security",
  },
} satisfies Record<string, AdminPageRule>;

export type AdminPagePath = keyof typeof PAGES;

/** Two-factor sign-in, the one page an account the site requires to enrol may open. */
export const SECURITY_PAGE = "/admin/account/security" satisfies AdminPagePath;

/**
 * Those who manage profiles get the list of everyone; a writer gets their own
 * profile, which the contributor pages let them edit, once one is linked to
 * their account.
 */
function contributorsNav(viewer: Viewer): AdminNavItem | null {
  if (mayAttempt(viewer, "contributor:manage")) return { href: "/admin/contributors", label: "Contributors" };
  if (viewer.contributorId === null) return null;
  return { href: `/admin/contributors/${encodeURIComponent(viewer.contributorId)}`, label: "Your profile" };
}

/** What an admin page answers this viewer: null when they may open it, otherwise what the 403 notice says they lack. */
export function adminPageRefusal(viewer: Viewer | null, page: AdminPagePath): string | null {
  const rule: AdminPageRule = PAGES[page];
  return mayAttempt(viewer, rule.permission) ? null : rule.forbidden;
}

/** Each table path as a pattern for real addresses: "[id]" stands for one path segment. */
const PAGE_PATTERNS = (Object.keys(PAGES) as AdminPagePath[]).map(
  (page) => [page, new RegExp(`^${page.replace(/\[[^\]/]+\]/g, "[^/]+")}/?$`)] as const,
);

/** The table entry a request path opens ("/admin/posts/abc" → "/admin/posts/[id]"), or null for no admin page. */
export function adminPageForPath(pathname: string): AdminPagePath | null {
  return PAGE_PATTERNS.find(([, pattern]) => pattern.test(pathname))?.[0] ?? null;
}

export function adminNavFor(viewer: Viewer | null): AdminNavItem[] {
  if (!viewer) return [];
  return Object.entries(PAGES as Record<AdminPagePath, AdminPageRule>).flatMap(([href, rule]) => {
    if (rule.nav === undefined || !mayAttempt(viewer, rule.permission)) return [];
    const item = typeof rule.nav === "string" ? { href, label: rule.nav } : rule.nav(viewer);
    return item ? [item] : [];
  });
}

/** The nav entry a path belongs to: the longest matching prefix, so /admin/posts/x marks Posts, not Dashboard. */
export function activeNavHref(items: readonly AdminNavItem[], pathname: string): string | null {
  const matches = items.filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
