import "server-only";
import { recordAudit } from "../../audit/data/record";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import type { ImportReport } from "../wordpress/report";

/** One audit entry per run that changed something: what came in, from where. */
export async function recordImportRun(
  viewer: Viewer,
  system: "wordpress" | "blogger",
  source: string,
  report: ImportReport,
): Promise<void> {
  authorize(viewer, "site:import");
  await recordAudit(db, {
    actorId: viewer.id,
    action: `import.${system}`,
    subjectType: "import",
    subjectId: null,
    data: {
      name: report.site.title,
      source,
      posts: report.posts.created,
      pages: report.pages.created,
      contributors: report.contributors.created,
      sections: report.sections.created,
      tags: report.tags.created,
      comments: report.comments.created,
      images: report.images.created,
    },
  });
}
