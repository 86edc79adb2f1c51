import "server-only";
import { zonedLocalToUtc } from "../../i18n/zoned-time";
import { type Viewer, authorize } from "../../auth/permissions";
import { db, type Prisma } from "../../db";
import { describeAuditData, rememberedName } from "../describe";
import type { AuditLogEntry, AuditLogPage } from "../dto";
import type { AuditFilters } from "../schema";

// The audit log for administrators: newest first on the createdAt index,
// filtered by action, person, kind of subject and days in the site's time zone.

export const AUDIT_PAGE_SIZE = 50;

function whereFor(filters: AuditFilters, timeZone: string): Prisma.AuditLogWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  const from = filters.from ? zonedLocalToUtc(`${filters.from}T00:00`, timeZone) : null;
  if (from) createdAt.gte = from;
  const to = filters.to ? zonedLocalToUtc(`${filters.to}T00:00`, timeZone) : null;
  // "To" includes that whole day: everything before the next midnight.
  if (to) createdAt.lt = zonedLocalToUtc(`${nextDay(filters.to!)}T00:00`, timeZone) ?? to;
  return {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.subjectType ? { subjectType: filters.subjectType } : {}),
    ...(from || to ? { createdAt } : {}),
  };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export async function listAuditEntries(viewer: Viewer, filters: AuditFilters, timeZone: string): Promise<AuditLogPage> {
  authorize(viewer, "audit:read");
  const rows = await db.auditLog.findMany({
    where: whereFor(filters, timeZone),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      subjectType: true,
      subjectId: true,
      data: true,
      actor: { select: { id: true, name: true, email: true } },
      viaApiToken: { select: { name: true } },
    },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const subjects = await subjectLinks(page);
  return {
    items: page.map((row) => ({
      id: row.id,
      at: row.createdAt,
      actor: row.actor ? { id: row.actor.id, name: row.actor.name ?? row.actor.email } : null,
      viaApiToken: row.viaApiToken?.name ?? null,
      action: row.action,
      subjectType: row.subjectType,
      subject: subjectOf(row, subjects),
      details: describeAuditData(row.data),
    })),
    page: filters.page,
    hasNext: rows.length > AUDIT_PAGE_SIZE,
  };
}

type Row = { subjectType: string; subjectId: string | null; data: unknown };
type Found = Map<string, { label: string; href: string | null }>;

const LOOKED_UP = new Set(["post", "section", "tag", "series", "contributor", "user", "media", "comment"]);

function subjectOf(row: Row, found: Found): AuditLogEntry["subject"] {
  if (row.subjectType === "settings") return { label: "Site settings", href: "/admin/settings" };
  if (row.subjectType === "menu") {
    return { label: row.subjectId === "HEADER" ? "Header menu" : "Footer menu", href: "/admin/menus" };
  }
  if (!row.subjectId) return null;
  const live = found.get(`${row.subjectType}:${row.subjectId}`);
  if (live) return live;
  if (!LOOKED_UP.has(row.subjectType)) return { label: rememberedName(row.data) ?? row.subjectId, href: null };
  return { label: `${rememberedName(row.data) ?? row.subjectId} (no longer exists)`, href: null };
}

/** Names and admin links of the subjects that still exist, a query per kind of subject on the page. */
async function subjectLinks(rows: Row[]): Promise<Found> {
  const ids = (type: string) => [
    ...new Set(rows.filter((r) => r.subjectType === type && r.subjectId).map((r) => r.subjectId!)),
  ];
  const found: Found = new Map();
  const add = (type: string, items: { id: string; label: string }[], href: (id: string) => string | null) => {
    for (const item of items) found.set(`${type}:${item.id}`, { label: item.label, href: href(item.id) });
  };
  const lookups: Promise<void>[] = [];
  const lookup = <T extends { id: string }>(
    type: string,
    query: (ids: string[]) => Promise<T[]>,
    label: (row: T) => string,
    href: (id: string) => string | null,
  ) => {
    const wanted = ids(type);
    if (wanted.length > 0)
      lookups.push(
        query(wanted).then((items) =>
          add(
            type,
            items.map((i) => ({ id: i.id, label: label(i) })),
            href,
          ),
        ),
      );
  };
  lookup(
    "post",
    (id) => db.post.findMany({ where: { id: { in: id } }, select: { id: true, title: true } }),
    (p) => p.title,
    (id) => `/admin/posts/${id}`,
  );
  lookup(
    "section",
    (id) => db.section.findMany({ where: { id: { in: id } }, select: { id: true, name: true } }),
    (s) => s.name,
    () => "/admin/sections",
  );
  lookup(
    "tag",
    (id) => db.tag.findMany({ where: { id: { in: id } }, select: { id: true, name: true, slug: true } }),
    (t) => t.name,
    () => "/admin/tags",
  );
  lookup(
    "series",
    (id) => db.series.findMany({ where: { id: { in: id } }, select: { id: true, title: true } }),
    (s) => s.title,
    () => "/admin/series",
  );
  lookup(
    "contributor",
    (id) => db.contributor.findMany({ where: { id: { in: id } }, select: { id: true, name: true } }),
    (c) => c.name,
    (id) => `/admin/contributors/${id}`,
  );
  lookup(
    "user",
    (id) => db.user.findMany({ where: { id: { in: id } }, select: { id: true, name: true, email: true } }),
    (u) => u.name ?? u.email,
    () => "/admin/users",
  );
  lookup(
    "media",
    (id) => db.media.findMany({ where: { id: { in: id } }, select: { id: true, originalName: true } }),
    (m) => m.originalName,
    () => "/admin/media",
  );
  lookup(
    "comment",
    (id) => db.comment.findMany({ where: { id: { in: id } }, select: { id: true, post: { select: { title: true } } } }),
    (c) => `Comment on “${c.post.title}”`,
    () => null,
  );
  await Promise.all(lookups);
  return found;
}

/** People the "who" filter offers: staff accounts, and anyone else who appears in the log. */
export async function listAuditActors(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  authorize(viewer, "audit:read");
  const users = await db.user.findMany({
    where: { OR: [{ role: { not: "READER" } }, { auditEntries: { some: {} } }] },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true },
  });
  return users.map((u) => ({ id: u.id, name: u.name ? `${u.name} (${u.email})` : u.email }));
}
