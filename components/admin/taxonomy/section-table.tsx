import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { InlineAction } from "@/components/ui/inline-action";
import { deleteSectionAction, moveSectionAction, updateSectionAction } from "@/lib/taxonomy/actions";
import type { AdminSection } from "@/lib/taxonomy/dto";
import { plural } from "@/lib/text/plural";
import { sectionFields } from "./taxonomy-fields";

/** Sections in navigation order, each with move, edit and delete controls. */
export function SectionTable({ sections }: { sections: AdminSection[] }) {
  return (
    <table className="admin-table manage-table">
      <caption className="visually-hidden">Sections in navigation order</caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col">Posts</th>
          <th scope="col">Order</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {sections.map((section, index) => (
          <tr key={section.id}>
            <th scope="row">
              {section.name}
              <span className="table-note">
                <Link href={`/sections/${section.slug}`}>/sections/{section.slug}</Link>
              </span>
            </th>
            <td>{plural(section.postCount, "post")}</td>
            <td className="manage-order">
              {index > 0 ? (
                <InlineAction
                  action={moveSectionAction}
                  hidden={{ id: section.id, direction: "up" }}
                  label="↑ Up"
                  accessibleLabel={`Move ${section.name} up`}
                />
              ) : null}
              {index < sections.length - 1 ? (
                <InlineAction
                  action={moveSectionAction}
                  hidden={{ id: section.id, direction: "down" }}
                  label="↓ Down"
                  accessibleLabel={`Move ${section.name} down`}
                />
              ) : null}
            </td>
            <td className="manage-change">
              <details className="manage-edit">
                <summary>
                  Edit<span className="visually-hidden"> {section.name}</span>
                </summary>
                <ActionForm
                  action={updateSectionAction}
                  hidden={{ id: section.id }}
                  fields={sectionFields(section)}
                  submitLabel="Save section"
                  successMessage="Saved."
                  legend={`Edit ${section.name}`}
                />
              </details>
              {section.postCount === 0 ? (
                <InlineAction
                  action={deleteSectionAction}
                  hidden={{ id: section.id }}
                  label="Delete"
                  accessibleLabel={`Delete ${section.name}`}
                  confirm={{ prompt: `Delete the section “${section.name}”?`, confirmLabel: "Yes, delete" }}
                />
              ) : (
                <span className="table-note">In use: move its posts to delete it.</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
