import Link from "next/link";
import type { AdminPostRow } from "@/lib/posts/dto";
import { formatInZone } from "@/lib/i18n/zoned-time";
import { SelectAllCheckbox } from "./select-all-checkbox";
import { StatusBadge, TYPE_LABELS } from "./status-badge";

/** The posts list; with `bulkFormId`, each row has a checkbox for the bulk archive form. */
export function PostsTable({
  rows,
  timeZone,
  bulkFormId,
}: {
  rows: AdminPostRow[];
  timeZone: string;
  bulkFormId: string | null;
}) {
  return (
    <table className="admin-table posts-table">
      <caption className="visually-hidden">Posts</caption>
      <thead>
        <tr>
          {bulkFormId ? (
            <th scope="col">
              <SelectAllCheckbox formId={bulkFormId} />
            </th>
          ) : null}
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col">Type</th>
          <th scope="col">Section</th>
          <th scope="col">By</th>
          <th scope="col">Last changed</th>
          <th scope="col">Published</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {bulkFormId ? (
              <td>
                <input
                  type="checkbox"
                  name="postIds[]"
                  value={row.id}
                  form={bulkFormId}
                  aria-label={`Select “${row.title}”`}
                />
              </td>
            ) : null}
            <th scope="row">
              <Link href={`/admin/posts/${row.id}`}>{row.title || "Untitled"}</Link>
            </th>
            <td>
              <StatusBadge status={row.status} />
              {row.status === "SCHEDULED" && row.scheduledAt ? (
                <span className="table-note">for {formatInZone(row.scheduledAt, timeZone)}</span>
              ) : null}
            </td>
            <td>{TYPE_LABELS[row.type]}</td>
            <td>{row.sectionName ?? "—"}</td>
            <td>{row.bylineNames.join(", ") || "—"}</td>
            <td>
              <time dateTime={row.updatedAt}>{formatInZone(row.updatedAt, timeZone)}</time>
            </td>
            <td>
              {row.publishedAt ? (
                <>
                  <time dateTime={row.publishedAt}>{formatInZone(row.publishedAt, timeZone)}</time>
                  {row.publishedByName ? <span className="table-note">by {row.publishedByName}</span> : null}
                </>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
