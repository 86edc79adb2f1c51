import type { Metadata } from "next";
import Link from "next/link";
import { contributorFields } from "@/components/admin/contributors/contributor-fields";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { ActionForm } from "@/components/ui/action-form";
import { adminPage } from "@/lib/auth/page-viewer";
import { createContributorProfileAction } from "@/lib/contributors/actions";
import "../../manage.css";

export const instant = false;
export const metadata: Metadata = { title: "New contributor" };

export default async function NewContributorPage() {
  const { forbidden } = await adminPage("/admin/contributors/new");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  return (
    <div className="manage-page">
      <p className="manage-back">
        <Link href="/admin/contributors">← All contributors</Link>
      </p>
      <header className="admin-page-header">
        <h1>New contributor</h1>
      </header>
      <p className="manage-intro">
        A guest writer: someone credited in bylines who does not sign in. Staff profiles are linked when their account
        is created.
      </p>
      <ActionForm
        action={createContributorProfileAction}
        fields={contributorFields()}
        submitLabel="Add contributor"
        successHref="/admin/contributors"
        className="manage-profile-form"
      />
    </div>
  );
}
