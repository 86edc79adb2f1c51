import "server-only";
import { redirect } from "next/navigation";
import type { Viewer } from "./permissions";
import { getViewer } from "./viewer";

/** The signed-in viewer for an admin page; anyone else is sent to sign in and brought back to `path`. */
export async function adminPageViewer(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return viewer;
}
