import "server-only";
import { recordAudit } from "../../audit/data/record";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { collectSite, type SiteExport } from "./collect";

/** The whole site for an administrator's download, with an audit entry naming who took it. */
export async function exportSite(viewer: Viewer): Promise<SiteExport> {
  authorize(viewer, "site:export");
  const site = await collectSite();
  await recordAudit(db, {
    actorId: viewer.id,
    action: "site.export",
    subjectType: "settings",
    data: { via: "download", posts: site.posts.length, users: site.users.length, media: site.media.length },
  });
  return site;
}
