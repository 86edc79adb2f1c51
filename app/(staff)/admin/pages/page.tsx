import type { Metadata } from "next";
import { NewPostButton } from "@/components/admin/posts/new-post-button";
import { PagesTable } from "@/components/admin/pages/pages-table";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminPage } from "@/lib/auth/page-viewer";
import { mayAttempt } from "@/lib/auth/permissions";
import { listAdminPages } from "@/lib/pages/data/admin-list";
import { getSiteSettingsCached } from "@/lib/settings/cached";

export const instant = false;
export const metadata: Metadata = { title: "Pages" };

export default async function PagesPage() {
  const { viewer, forbidden } = await adminPage("/admin/pages", "/admin/pages");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const [pages, settings] = await Promise.all([listAdminPages(viewer), getSiteSettingsCached()]);
  return (
    <>
      <header className="admin-page-header">
        <h1>Pages</h1>
        {mayAttempt(viewer, "post:create") ? <NewPostButton kind="PAGE" /> : null}
      </header>
      <p className="field-hint">
        Standalone pages such as About or Privacy live at their own address (/about), without a byline or date, and
        appear in no listing, feed or search: link them from the menus.
      </p>
      {pages.length === 0 ? (
        <p className="empty-state">No pages yet. Use “New page” to write the first one.</p>
      ) : (
        <PagesTable rows={pages} timeZone={settings.timeZone} />
      )}
    </>
  );
}
