import type { Viewer } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { getJobStatus } from "../../lib/imports/jobs/jobs";
import type { JobStatus } from "../../lib/imports/jobs/status";

// Shared by the import tests: what a second run must leave unchanged, how an
// old address is answered by a legacy route called as Next would, and the
// wait for an admin-page import's command to finish.

export async function importCounts() {
  const [posts, comments, media, contributors, sections, tags, users, audit, revisions, ledger] = await Promise.all([
    db.post.count(),
    db.comment.count(),
    db.media.count(),
    db.contributor.count(),
    db.section.count(),
    db.tag.count(),
    db.user.count(),
    db.auditLog.count(),
    db.revision.count(),
    db.importedItem.count(),
  ]);
  return { posts, comments, media, contributors, sections, tags, users, audit, revisions, ledger };
}

type CatchAllRoute = (
  request: Request,
  context: { params: Promise<{ kind: string; path: string[] }> },
) => Promise<Response>;

/** The redirect's target, or the status when the route does not redirect. */
export async function legacyAnswer(
  route: CatchAllRoute,
  system: string,
  kind: string,
  path: string[],
): Promise<string | number | null> {
  const url = `http://site.test/api/legacy/${system}/${kind}/${path.map(encodeURIComponent).join("/")}`;
  const response = await route(new Request(url), { params: Promise.resolve({ kind, path }) });
  return response.status === 308 ? response.headers.get("location") : response.status;
}

/** Polls an admin-page import's status file until its command has finished (it starts tsx and the import worker: seconds). */
export async function finishedJob(viewer: Viewer, id: string): Promise<JobStatus> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const status = await getJobStatus(viewer, id);
    if (status && status.state !== "running") return status;
    if (Date.now() > deadline) throw new Error(`The import did not finish: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
