import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { InvitationsTable } from "@/components/admin/users/invitations-table";
import { InviteForm } from "@/components/admin/users/invite-form";
import { StaffTable } from "@/components/admin/users/staff-table";
import { adminPage } from "@/lib/auth/page-viewer";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { listStaff } from "@/lib/users/data/queries";
import "../../auth.css";

export const instant = false;
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { viewer, forbidden } = await adminPage("/admin/users");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const [{ members, invitations }, settings] = await Promise.all([listStaff(viewer), getSiteSettingsCached()]);
  const format = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: settings.timeZone,
  });
  const formatDate = (iso: string) => format.format(new Date(iso));
  return (
    <>
      <header className="admin-page-header">
        <h1>Users</h1>
      </header>
      <p className="users-intro">
        Everyone who can sign in to the admin area. Disabling an account signs it out at once; its posts and history
        stay.
      </p>
      <InviteForm />
      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title">Pending invitations</h2>
        {invitations.length === 0 ? (
          <p className="empty-state">No invitations are waiting to be accepted.</p>
        ) : (
          <InvitationsTable invitations={invitations} formatDate={formatDate} />
        )}
      </section>
      <section aria-labelledby="staff-title">
        <h2 id="staff-title">Staff accounts</h2>
        <StaffTable members={members} formatDate={formatDate} />
      </section>
    </>
  );
}
