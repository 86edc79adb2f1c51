import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { InlineAction } from "@/components/ui/inline-action";
import { deleteTagAction, mergeTagsAction, updateTagAction } from "@/lib/taxonomy/actions";
import type { AdminTag } from "@/lib/taxonomy/dto";
import { plural } from "@/lib/text/plural";
import { tagFields } from "./taxonomy-fields";

/** One page of tags, each with edit, merge and (when unused) delete. */
export function TagTable({ tags }: { tags: AdminTag[] }) {
  return (
    <table className="admin-table manage-table">
      <caption className="visually-hidden">Tags</caption>
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">Posts</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {tags.map((tag) => (
          <tr key={tag.id}>
            <th scope="row">
              {tag.name}
              <span className="table-note">
                <Link href={`/tags/${tag.slug}`}>/tags/{tag.slug}</Link>
              </span>
            </th>
            <td>{plural(tag.postCount, "post")}</td>
            <td className="manage-change">
              <details className="manage-edit">
                <summary>
                  Edit<span className="visually-hidden"> {tag.name}</span>
                </summary>
                <ActionForm
                  action={updateTagAction}
                  hidden={{ id: tag.id }}
                  fields={tagFields(tag)}
                  submitLabel="Save tag"
                  successMessage="Saved."
                  legend={`Edit ${tag.name}`}
                />
              </details>
              <details className="manage-edit">
                <summary>
                  Merge<span className="visually-hidden"> {tag.name} into another tag</span>
                </summary>
                <ActionForm
                  action={mergeTagsAction}
                  hidden={{ sourceId: tag.id }}
                  legend={`Merge ${tag.name} into another tag`}
                  fields={[
                    {
                      kind: "text",
                      name: "targetSlug",
                      label: "Slug of the tag to keep",
                      required: true,
                      hint: `Its posts gain that tag, “${tag.name}” is deleted and /tags/${tag.slug} redirects there.`,
                    },
                  ]}
                  submitLabel="Merge tags"
                />
              </details>
              {tag.postCount === 0 ? (
                <InlineAction
                  action={deleteTagAction}
                  hidden={{ id: tag.id }}
                  label="Delete"
                  accessibleLabel={`Delete ${tag.name}`}
                  confirm={{ prompt: `Delete the tag “${tag.name}”?`, confirmLabel: "Yes, delete" }}
                />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
