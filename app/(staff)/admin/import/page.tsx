import type { Metadata } from "next";
import { SiteImport } from "@/components/admin/import/site-import";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminPage } from "@/lib/auth/page-viewer";
import "../manage.css";

export const instant = false;
export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const { forbidden } = await adminPage("/admin/import");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  return (
    <div className="manage-page">
      <header className="admin-page-header">
        <h1>Import from WordPress or Blogger</h1>
      </header>
      <p className="manage-intro">
        Upload the export file of a WordPress site or a Blogger blog to see what it holds, then import it: posts, pages,
        authors, categories, tags or labels, and comments, with their dates. Nothing is written until you confirm.
        Importing the same file again adds only what is new. WordPress images come along only with{" "}
        <code>npm run import:wordpress -- --uploads</code> on the server (see the README); here, and for Blogger, they
        stay links to the old site.
      </p>
      <SiteImport />
    </div>
  );
}
