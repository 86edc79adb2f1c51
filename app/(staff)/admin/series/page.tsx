import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { SeriesTable } from "@/components/admin/taxonomy/series-table";
import { seriesFields } from "@/components/admin/taxonomy/taxonomy-fields";
import { ActionForm } from "@/components/ui/action-form";
import { adminPage } from "@/lib/auth/page-viewer";
import { createSeriesAction } from "@/lib/series/actions";
import { listSeriesForAdmin } from "@/lib/series/data/admin-queries";
import "../manage.css";

export const instant = false;
export const metadata: Metadata = { title: "Series" };

export default async function SeriesPage() {
  const { viewer, forbidden } = await adminPage("/admin/series");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const series = await listSeriesForAdmin(viewer);
  return (
    <div className="manage-page">
      <header className="admin-page-header">
        <h1>Series</h1>
      </header>
      <p className="manage-intro">
        A series links posts that are read in order. Choose a post&rsquo;s series and its part number in the post
        editor.
      </p>
      {series.length === 0 ? (
        <p className="empty-state">
          No series yet. Add one below, then pick it in the editor of each post that belongs to it.
        </p>
      ) : (
        <SeriesTable series={series} />
      )}
      <section className="manage-create" aria-labelledby="add-series">
        <h2 id="add-series">Add a series</h2>
        <ActionForm
          action={createSeriesAction}
          fields={seriesFields()}
          submitLabel="Add series"
          successMessage="Series added."
          resetOnSuccess
        />
      </section>
    </div>
  );
}
