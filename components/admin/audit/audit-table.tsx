import Link from "next/link";
import { translator } from "@/lib/i18n";
import { formatInZone } from "@/lib/i18n/zoned-time";
import type { AuditLogEntry } from "@/lib/audit/dto";
import { AUDIT_ACTION_LABELS } from "@/lib/audit/schema";

const label = (action: string) => (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;

export function AuditTable({
  entries,
  timeZone,
  language,
}: {
  entries: AuditLogEntry[];
  timeZone: string;
  /** The site's language, for the note on what was done through an Admin API token. */
  language: string;
}) {
  const t = translator(language);
  return (
    <table className="admin-table manage-table audit-table">
      <caption className="visually-hidden">Audit log entries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Subject</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>
              <time dateTime={e.at.toISOString()}>{formatInZone(e.at, timeZone)}</time>
            </td>
            <td>
              {e.actor ? e.actor.name : <span className="table-note">The system</span>}
              {e.viaApiToken ? (
                <span className="table-note">{t("adminApi.audit.via", { name: e.viaApiToken })}</span>
              ) : null}
            </td>
            <th scope="row">
              {label(e.action)}
              <span className="table-note">
                <code>{e.action}</code>
              </span>
            </th>
            <td>
              {e.subject === null ? (
                "—"
              ) : e.subject.href ? (
                <Link href={e.subject.href}>{e.subject.label}</Link>
              ) : (
                e.subject.label
              )}
            </td>
            <td>
              {e.details.length === 0 ? (
                "—"
              ) : (
                <dl className="audit-details">
                  {e.details.map((d) => (
                    <div key={d.label}>
                      <dt>{d.label}</dt>
                      <dd>{d.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
