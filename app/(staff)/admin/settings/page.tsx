import type { Metadata } from "next";
import { settingsFields } from "@/components/admin/settings/settings-fields";
import { SiteExportForm } from "@/components/admin/settings/site-export-form";
import { TwoFactorRolesForm } from "@/components/admin/settings/two-factor-roles-form";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { ActionForm } from "@/components/ui/action-form";
import { adminPage } from "@/lib/auth/page-viewer";
import { requiredTwoFactorRoles } from "@/lib/auth/two-factor/data/required-roles";
import { updateSettingsAction } from "@/lib/settings/actions";
import { getSiteSettings } from "@/lib/settings/data/queries";
import "../manage.css";

export const instant = false;
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { forbidden } = await adminPage("/admin/settings");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  // Read past the cache: the form must show what is stored right now.
  const [settings, twoFactorRoles] = await Promise.all([getSiteSettings(), requiredTwoFactorRoles()]);
  return (
    <div className="manage-page">
      <header className="admin-page-header">
        <h1>Settings</h1>
      </header>
      <p className="manage-intro">Changes show on every public page as soon as you save.</p>
      <ActionForm
        action={updateSettingsAction}
        fields={settingsFields(settings, Intl.supportedValuesOf("timeZone"))}
        submitLabel="Save settings"
        successMessage="Settings saved."
        className="manage-settings-form"
      />
      <section aria-labelledby="sign-in-settings-title" className="manage-settings-form">
        <h2 id="sign-in-settings-title">Staff sign-in</h2>
        <TwoFactorRolesForm required={twoFactorRoles} />
      </section>
      <section aria-labelledby="export-title" className="manage-settings-form">
        <h2 id="export-title">Export</h2>
        <SiteExportForm />
      </section>
    </div>
  );
}
