import Link from "next/link";
import type { AdminContributorSummary } from "@/lib/contributors/dto";
import { plural } from "@/lib/text/plural";

export function ContributorTable({ contributors }: { contributors: AdminContributorSummary[] }) {
  return (
    <table className="admin-table manage-table">
      <caption className="visually-hidden">Contributors</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Kind</th>
          <th scope="col">Bylines</th>
        </tr>
      </thead>
      <tbody>
        {contributors.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <Link href={`/admin/contributors/${c.id}`}>{c.name}</Link>
              <span className="table-note">
                <Link href={`/contributors/${c.slug}`}>/contributors/{c.slug}</Link>
              </span>
            </th>
            <td>{[c.jobTitle, c.organisation].filter(Boolean).join(", ") || "—"}</td>
            <td>
              {c.isGuest ? (
                <span className="badge badge-guest">Guest writer</span>
              ) : (
                <span className="badge">Staff</span>
              )}
            </td>
            <td>{plural(c.bylineCount, "post")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
