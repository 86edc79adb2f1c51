import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { SectionTable } from "@/components/admin/taxonomy/section-table";
import { sectionFields } from "@/components/admin/taxonomy/taxonomy-fields";
import { ActionForm } from "@/components/ui/action-form";
import { adminPage } from "@/lib/auth/page-viewer";
import { createSectionAction } from "@/lib/taxonomy/actions";
import { listSectionsForAdmin } from "@/lib/taxonomy/data/admin-queries";
import "../manage.css";

export const instant = false;
export const metadata: Metadata = { title: "Sections" };

export default async function SectionsPage() {
  const { viewer, forbidden } = await adminPage("/admin/sections");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const sections = await listSectionsForAdmin(viewer);
  return (
    <div className="manage-page">
      <header className="admin-page-header">
        <h1>Sections</h1>
      </header>
      <p className="manage-intro">Sections are the site&rsquo;s main navigation. Every post belongs to at most one.</p>
      {sections.length === 0 ? (
        <p className="empty-state">
          No sections yet. Add the first one below; it appears in the site&rsquo;s navigation straight away.
        </p>
      ) : (
        <SectionTable sections={sections} />
      )}
      <section className="manage-create" aria-labelledby="add-section">
        <h2 id="add-section">Add a section</h2>
        <ActionForm
          action={createSectionAction}
          fields={sectionFields()}
          submitLabel="Add section"
          successMessage="Section added."
          resetOnSuccess
        />
      </section>
    </div>
  );
}
