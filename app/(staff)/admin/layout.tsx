import type { Metadata } from "next";
import { AdminShell } from "@/components/admin/shell/admin-shell";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminNavFor, SECURITY_PAGE } from "@/lib/auth/admin-pages";
import { adminPage } from "@/lib/auth/page-viewer";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import "./admin.css";

// Every admin request reads the session cookie; nothing here can be prerendered.
export const instant = false;

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin" },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // Pages ask for sign-in with their own path; this catches any that forget.
  // The shell opens for every staff account, including one that must set up
  // two-factor sign-in first: each page then sends that account to enrolment.
  const [{ viewer, forbidden }, settings] = await Promise.all([
    adminPage(SECURITY_PAGE, "/admin"),
    getSiteSettingsCached(),
  ]);
  if (forbidden) {
    return (
      <main id="admin-main" className="admin-main">
        <ForbiddenNotice what={forbidden} backHref="/" />
      </main>
    );
  }
  return (
    <AdminShell siteName={settings.siteName} viewerName={viewer.name ?? viewer.email} nav={adminNavFor(viewer)}>
      {children}
    </AdminShell>
  );
}
