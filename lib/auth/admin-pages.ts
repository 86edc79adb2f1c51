import { type Action, can, type Viewer } from "./permissions";

// The admin area's sections and the permission each needs. The nav shows a
// section only to those who may use it; the pages check again themselves.

export interface AdminNavItem { href: string; label: string }

const SECTIONS: readonly (AdminNavItem & { permission: Action })[] = [
  { href: "/admin", label: "Dashboard", permission: "admin:access" },
  { href: "/admin/posts", label: "Posts", permission: "post:read" },
  { href: "/admin/media", label: "Media", permission: "media:read" },
  { href: "/admin/comments", label: "Comments", permission: "comment:moderate" },
  { href: "/admin/sections", label: "Sections", permission: "taxonomy:manage" },
  { href: "/admin/tags", label: "Tags", permission: "taxonomy:manage" },
  { href: "/admin/series", label: "Series", permission: "taxonomy:manage" },
  { href: "/admin/contributors", label: "Contributors", permission: "contributor:manage" },
  { href: "/admin/users", label: "Users", permission: "user:manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:read" },
  { href: "/admin/settings", label: "Settings", permission: "settings:update" },
];

export function adminNavFor(viewer: Viewer | null): AdminNavItem[] {
  return SECTIONS.filter((s) => can(viewer, s.permission)).map(({ href, label }) => ({ href, label }));
}

/** The nav entry a path belongs to: the longest matching prefix, so /admin/posts/x marks Posts, not Dashboard. */
export function activeNavHref(items: readonly AdminNavItem[], pathname: string): string | null {
  const matches = items.filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
