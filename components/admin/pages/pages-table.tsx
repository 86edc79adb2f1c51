import Link from "next/link";
import { StatusBadge } from "@/components/admin/posts/status-badge";
import { formatInZone } from "@/lib/i18n/zoned-time";
import type { AdminPageRow } from "@/lib/pages/dto";

/** The standalone pages, each with its public address. */
export function PagesTable({ rows, timeZone }: { rows: AdminPageRow[]; timeZone: string }) {
  return (
    <table className="admin-table">
      <caption className="visually-hidden">Pages</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Address</th>
          <th scope="col">Status</th>
          <th scope="col">Last changed</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <Link href={`/admin/pages/${row.id}`}>{row.title || "Untitled"}</Link>
            </th>
            <td>
              {row.status === "PUBLISHED" ? <Link href={`/${row.slug}`}>/{row.slug}</Link> : <code>/{row.slug}</code>}
            </td>
            <td>
              <StatusBadge status={row.status} />
            </td>
            <td>{formatInZone(row.updatedAt, timeZone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
