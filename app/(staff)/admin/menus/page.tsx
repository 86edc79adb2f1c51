import type { Metadata } from "next";
import { MenuEditor } from "@/components/admin/menus/menu-editor";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminPage } from "@/lib/auth/page-viewer";
import { getEditableMenus } from "@/lib/menus/data/menus";
import "./menus.css";

export const instant = false;
export const metadata: Metadata = { title: "Menus" };

export default async function MenusPage() {
  const { viewer, forbidden } = await adminPage("/admin/menus", "/admin/menus");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const { menus, targets } = await getEditableMenus(viewer);
  return (
    <>
      <header className="admin-page-header">
        <h1>Menus</h1>
      </header>
      <p className="field-hint">
        The header navigation and the footer links on every public page. Links to pages that are not published yet
        appear once they are.
      </p>
      {menus.map((menu) => (
        <MenuEditor key={menu.name} menu={menu} targets={targets} />
      ))}
    </>
  );
}
