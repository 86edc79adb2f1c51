import type { Metadata } from "next";
import { WordPressImport } from "@/components/admin/import/wordpress-import";
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
        <h1>Import from WordPress</h1>
      </header>
      <p className="manage-intro">
        Upload the export file of a WordPress site to see what it holds, then import it: posts, pages, authors,
        categories, tags and comments, with their dates. Nothing is written until you confirm. Importing the same file
        again adds only what is new. Images come along only with <code>npm run import:wordpress -- --uploads</code> on
        the server (see the README); here they stay links to the old site.
      </p>
      <WordPressImport />
    </div>
  );
}
