import Link from "next/link";
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_SUBJECT_LABELS,
  AUDIT_SUBJECT_TYPES,
  type AuditFilters,
} from "@/lib/audit/schema";

/** A plain GET form: every filtered view of the log has its own URL and works without JavaScript. */
export function AuditFiltersForm({
  filters,
  people,
  timeZone,
}: {
  filters: AuditFilters;
  people: { id: string; name: string }[];
  timeZone: string;
}) {
  const filtered = Boolean(filters.action || filters.actorId || filters.subjectType || filters.from || filters.to);
  return (
    <form className="manage-filters" method="get" action="/admin/audit" role="search" aria-label="Filter the audit log">
      <div className="field">
        <label htmlFor="audit-action">What happened</label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""}>
          <option value="">Anything</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {AUDIT_ACTION_LABELS[a]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-actor">Who</label>
        <select id="audit-actor" name="actorId" defaultValue={filters.actorId ?? ""}>
          <option value="">Anyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-subject">About</label>
        <select id="audit-subject" name="subjectType" defaultValue={filters.subjectType ?? ""}>
          <option value="">Anything</option>
          {AUDIT_SUBJECT_TYPES.map((s) => (
            <option key={s} value={s}>
              {AUDIT_SUBJECT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-from">From</label>
        <input
          id="audit-from"
          name="from"
          type="date"
          defaultValue={filters.from ?? ""}
          aria-describedby="audit-dates-hint"
        />
      </div>
      <div className="field">
        <label htmlFor="audit-to">To</label>
        <input
          id="audit-to"
          name="to"
          type="date"
          defaultValue={filters.to ?? ""}
          aria-describedby="audit-dates-hint"
        />
      </div>
      <p id="audit-dates-hint" className="field-hint manage-filters-hint">
        Whole days in the site&rsquo;s time zone ({timeZone}), both included.
      </p>
      <div className="form-actions">
        <button type="submit" className="button">
          Show entries
        </button>
        {filtered ? <Link href="/admin/audit">Clear filters</Link> : null}
      </div>
    </form>
  );
}
