import type { Metadata } from "next";
import { AdminShell } from "@/components/admin/shell/admin-shell";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminNavFor } from "@/lib/auth/admin-pages";
import { adminPageViewer } from "@/lib/auth/page-viewer";
import { can } from "@/lib/auth/permissions";
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
  const [viewer, settings] = await Promise.all([adminPageViewer("/admin"), getSiteSettingsCached()]);
  if (!can(viewer, "admin:access")) {
    return (
      <main id="admin-main" className="admin-main">
        <ForbiddenNotice what="use the admin area" backHref="/" />
      </main>
    );
  }
  return (
    <AdminShell siteName={settings.siteName} viewerName={viewer.name ?? viewer.email} nav={adminNavFor(viewer)}>
      {children}
    </AdminShell>
  );
}
