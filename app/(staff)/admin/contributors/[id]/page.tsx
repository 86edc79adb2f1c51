import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { contributorFields } from "@/components/admin/contributors/contributor-fields";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { ActionForm } from "@/components/ui/action-form";
import { InlineAction } from "@/components/ui/inline-action";
import { adminPage } from "@/lib/auth/page-viewer";
import { can } from "@/lib/auth/permissions";
import { deleteContributorAction, updateContributorAction } from "@/lib/contributors/actions";
import { getContributorForEdit } from "@/lib/contributors/data/admin-queries";
import { NotFound } from "@/lib/errors";
import { plural } from "@/lib/text/plural";
import "../../manage.css";

export const instant = false;
export const metadata: Metadata = { title: "Edit contributor" };

type Props = { params: Promise<{ id: string }> };

export default async function EditContributorPage({ params }: Props) {
  const { id } = await params;
  const { viewer, forbidden } = await adminPage(
    "/admin/contributors/[id]",
    `/admin/contributors/${encodeURIComponent(id)}`,
  );
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const contributor = await getContributorForEdit(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const manages = can(viewer, "contributor:manage", { id: contributor.id, userId: contributor.userId });
  return (
    <div className="manage-page">
      <p className="manage-back">
        <Link href="/admin/contributors">← {manages ? "All contributors" : "Your profile"}</Link>
      </p>
      <header className="admin-page-header">
        <h1>{contributor.name}</h1>
        {contributor.isGuest ? (
          <span className="badge badge-guest">Guest writer</span>
        ) : (
          <span className="badge">Staff</span>
        )}
      </header>
      <p className="manage-intro">
        Credited on {plural(contributor.bylineCount, "post")}.{" "}
        <Link href={`/contributors/${contributor.slug}`}>View the public profile</Link>.
      </p>
      <ActionForm
        action={updateContributorAction}
        hidden={{ id: contributor.id }}
        fields={contributorFields(contributor)}
        submitLabel="Save profile"
        successMessage="Profile saved."
        className="manage-profile-form"
      />
      {manages ? (
        <section className="manage-danger" aria-labelledby="delete-contributor">
          <h2 id="delete-contributor">Delete this profile</h2>
          {contributor.bylineCount === 0 ? (
            <InlineAction
              action={deleteContributorAction}
              hidden={{ id: contributor.id }}
              label="Delete profile"
              successHref="/admin/contributors"
              confirm={{
                prompt: `Delete ${contributor.name}'s profile? This cannot be undone.`,
                confirmLabel: "Yes, delete",
              }}
            />
          ) : (
            <p>
              {contributor.name} is credited on {plural(contributor.bylineCount, "post")}, so the profile cannot be
              deleted. Remove them from those bylines first.
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
