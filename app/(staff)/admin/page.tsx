import type { Metadata } from "next";
import { DashboardView } from "@/components/admin/dashboard/dashboard-view";
import { getDashboard } from "@/lib/posts/data/dashboard";
import { adminPage } from "@/lib/auth/page-viewer";
import { mayAttempt } from "@/lib/auth/permissions";
import { getSiteSettingsCached } from "@/lib/settings/cached";

export const instant = false;
export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { viewer, forbidden } = await adminPage("/admin");
  // The layout answers 403 for accounts without admin access; render nothing twice.
  if (forbidden) return null;
  const [dashboard, settings] = await Promise.all([getDashboard(viewer), getSiteSettingsCached()]);
  return (
    <DashboardView
      dashboard={dashboard}
      timeZone={settings.timeZone}
      viewerName={viewer.name ?? viewer.email}
      canCreate={mayAttempt(viewer, "post:create")}
    />
  );
}
