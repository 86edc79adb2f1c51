import Link from "next/link";
import { SignOutButton } from "@/components/admin/sign-out-button";
import type { AdminNavItem } from "@/lib/auth/admin-pages";
import { AdminNav } from "./admin-nav";

/** Skip link, header (site name, who is signed in, sign out), section navigation and the page. */
export function AdminShell({
  siteName,
  viewerName,
  nav,
  children,
}: {
  siteName: string;
  viewerName: string;
  nav: AdminNavItem[];
  children: React.ReactNode;
}) {
  return (
    <div className="admin">
      <a className="skip-link" href="#admin-main">
        Skip to content
      </a>
      <header className="admin-header">
        <p className="admin-site-name">
          <Link href="/admin">{siteName}</Link> <span className="admin-site-area">Admin</span>
        </p>
        <div className="admin-account">
          <Link href="/">View site</Link>
          <span>
            Signed in as <strong>{viewerName}</strong>
          </span>
          <SignOutButton />
        </div>
      </header>
      <AdminNav items={nav} />
      <main id="admin-main" className="admin-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
