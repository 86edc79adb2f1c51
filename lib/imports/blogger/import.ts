import type { Viewer } from "../../auth/permissions";
import { authorize } from "../../auth/permissions";
import { cacheTags, type Written } from "../../cache-tags";
import { env } from "../../env";
import { getSiteSettings } from "../../settings/data/queries";
import { ensureWriters } from "../data/people";
import { recordImportRun } from "../data/run-audit";
import { ensureTerms } from "../data/wordpress-terms";
import { type ContentResult, type ContentTask, prepareContent } from "../wordpress/content/prepare-content";
import type { Progress } from "../wordpress/import";
import { changedNothing, emptyReport, type ImportReport } from "../wordpress/report";
import type { OpenExport } from "../wordpress/scan";
import { importComments } from "./comments-pass";
import type { BloggerRun } from "./prepare";
import { importPostsAndPages } from "./posts-pass";
import { scanBloggerExport } from "./scan";

// Importing a Blogger export (classic or Google Takeout): `npm run
// import:blogger` and the admin's import page both call this. Streaming
// passes over the file, as the WordPress import makes them: the index
// (scan.ts), the posts and pages, then the comments (comments-pass.ts), so
// memory holds one batch and a few ids per comment, never the document. The
// writers, the tag writer, the content pipeline, the ledger and the report
// are the WordPress import's. A dry run does everything but write.

export interface BloggerImportOptions {
  /** Opens the export for reading; called once per pass. */
  open: OpenExport;
  dryRun: boolean;
  /** Called once the number of posts, pages and comments is known, for a progress bar. */
  progress?: (total: number) => Progress;
  /** Converts and renders content: the import command hands this to its worker threads. */
  prepareContent?: (task: ContentTask) => Promise<ContentResult>;
  batchSize?: number;
  now?: Date;
}

const BATCH_SIZE = 100;

export async function importBlogger(viewer: Viewer, options: BloggerImportOptions): Promise<Written<ImportReport>> {
  authorize(viewer, "site:import");
  const started = performance.now();
  const now = options.now ?? new Date();
  const report = emptyReport(options.dryRun);
  const scan = await scanBloggerExport(options.open, now);
  report.site = {
    title: scan.blog.title,
    // Takeout may not name the blog's address: the ledger's name for it says which blog it was.
    url: scan.blog.url || scan.source,
    wxrVersion: "",
    format: scan.format === "takeout" ? "Blogger, Google Takeout" : "Blogger export",
  };

  const settings = await getSiteSettings();
  const writers = await ensureWriters(
    viewer,
    { ...scan, keyInAddresses: false, via: "Blogger import" },
    { staffAccounts: false, dryRun: options.dryRun },
    report,
  );
  const terms = await ensureTerms(viewer, scan, options.dryRun, report);
  const run: BloggerRun = {
    source: scan.source,
    writers,
    terms,
    language: settings.language,
    siteHandle: settings.socialHandle,
    importerId: viewer.id,
    siteUrl: env().SITE_URL,
    prepareContent: options.prepareContent ?? (async (task) => prepareContent(task)),
    now,
  };
  const progress = options.progress?.(scan.items + scan.comments.size);
  const tick = (n: number) => progress?.tick(n);
  const passes = { dryRun: options.dryRun, batchSize: options.batchSize ?? BATCH_SIZE };
  await importPostsAndPages(viewer, run, options.open, passes, report, tick);
  await importComments(viewer, run, scan, options.open, passes, report, tick);
  progress?.done();

  report.seconds = (performance.now() - started) / 1000;
  if (!options.dryRun && !changedNothing(report)) await recordImportRun(viewer, "blogger", scan.source, report);
  const touched = [
    ...terms.touched.tags.map(cacheTags.tag),
    ...[...writers.values()].map((w) => cacheTags.contributor(w.id)),
  ];
  return {
    result: report,
    tags: changedNothing(report) || options.dryRun ? [] : [cacheTags.postsList, ...touched],
  };
}
