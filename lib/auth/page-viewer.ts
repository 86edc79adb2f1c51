import "server-only";
import { redirect } from "next/navigation";
import { type AdminPagePath, adminPageRefusal, SECURITY_PAGE } from "./admin-pages";
import type { Viewer } from "./permissions";
import { getViewer } from "./viewer";

/** The signed-in viewer, and what the page's 403 notice says when the page table turns them away. */
export interface AdminPageAccess {
  viewer: Viewer;
  /** Null when the viewer may open the page; otherwise completes "does not have permission to …". */
  forbidden: string | null;
}

/**
 * Opens an admin page as its entry in the page table allows: anyone signed
 * out is sent to sign in and brought back to `path` (the page's real address
 * with its query; the table's path by default), and the page learns whether
 * to answer with the ForbiddenNotice instead.
 */
export async function adminPage(page: AdminPagePath, path: string = page): Promise<AdminPageAccess> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  // issue 13: an account that must set up two-factor sign-in first reaches only that page.
  if (viewer.mustEnrolTwoFactor && page !== SECURITY_PAGE) redirect(SECURITY_PAGE);
  return { viewer, forbidden: adminPageRefusal(viewer, page) };
}
