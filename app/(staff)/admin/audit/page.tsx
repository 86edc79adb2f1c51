import type { Metadata } from "next";
import Link from "next/link";
import { AuditFiltersForm } from "@/components/admin/audit/audit-filters";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { PageLinks } from "@/components/ui/page-links";
import { adminPage } from "@/lib/auth/page-viewer";
import { listAuditActors, listAuditEntries } from "@/lib/audit/data/queries";
import { auditHref, parseAuditFilters } from "@/lib/audit/schema";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import "../manage.css";

export const instant = false;
export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const filters = parseAuditFilters(await searchParams);
  const { viewer, forbidden } = await adminPage("/admin/audit", auditHref(filters));
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const { timeZone, language } = await getSiteSettingsCached();
  const [entries, people] = await Promise.all([listAuditEntries(viewer, filters, timeZone), listAuditActors(viewer)]);
  const filtered = Boolean(filters.action || filters.actorId || filters.subjectType || filters.from || filters.to);
  return (
    <div className="manage-page">
      <header className="admin-page-header">
        <h1>Audit log</h1>
      </header>
      <p className="manage-intro">
        Every publication, deletion, role change, invitation, settings change and burst of failed sign-ins, with who did
        it and when.
      </p>
      <AuditFiltersForm filters={filters} people={people} timeZone={timeZone} />
      {entries.items.length === 0 ? (
        <p className="empty-state">
          {filtered ? (
            <>
              Nothing matches these filters. Try a wider date range, or{" "}
              <Link href="/admin/audit">show every entry</Link>.
            </>
          ) : filters.page > 1 ? (
            <>
              There are no older entries. <Link href="/admin/audit">Back to the newest</Link>.
            </>
          ) : (
            "Nothing has been recorded yet. Entries appear here as soon as staff publish, change settings or manage people."
          )}
        </p>
      ) : (
        <>
          <AuditTable entries={entries.items} timeZone={timeZone} language={language} />
          <PageLinks
            label="Pages of the audit log"
            page={entries.page}
            hasNext={entries.hasNext}
            href={(n) => auditHref(filters, n)}
          />
        </>
      )}
    </div>
  );
}
