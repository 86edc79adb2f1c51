import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { InlineAction } from "@/components/ui/inline-action";
import { deleteSeriesAction, updateSeriesAction } from "@/lib/series/actions";
import type { AdminSeries } from "@/lib/series/dto";
import { plural } from "@/lib/text/plural";
import { seriesFields } from "./taxonomy-fields";

export function SeriesTable({ series }: { series: AdminSeries[] }) {
  return (
    <table className="admin-table manage-table">
      <caption className="visually-hidden">Series</caption>
      <thead>
        <tr>
          <th scope="col">Series</th>
          <th scope="col">Parts</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {series.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              {s.title}
              <span className="table-note">
                <Link href={`/series/${s.slug}`}>/series/{s.slug}</Link>
              </span>
            </th>
            <td>{plural(s.postCount, "post")}</td>
            <td className="manage-change">
              <details className="manage-edit">
                <summary>
                  Edit<span className="visually-hidden"> {s.title}</span>
                </summary>
                <ActionForm
                  action={updateSeriesAction}
                  hidden={{ id: s.id }}
                  fields={seriesFields(s)}
                  submitLabel="Save series"
                  successMessage="Saved."
                  legend={`Edit ${s.title}`}
                />
              </details>
              {s.postCount === 0 ? (
                <InlineAction
                  action={deleteSeriesAction}
                  hidden={{ id: s.id }}
                  label="Delete"
                  accessibleLabel={`Delete ${s.title}`}
                  confirm={{ prompt: `Delete the series “${s.title}”?`, confirmLabel: "Yes, delete" }}
                />
              ) : (
                <span className="table-note">Has posts: take them out of the series to delete it.</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
