import type { Viewer } from "../../auth/permissions";
import { env } from "../../env";
import { authorize } from "../../auth/permissions";
import { cacheTags, type Written } from "../../cache-tags";
import { getSiteSettings } from "../../settings/data/queries";
import { importedTargets } from "../data/imported-items";
import { recordImportRun } from "../data/run-audit";
import { ensureWriters } from "../data/people";
import { chooseSlugs, type PreparedComment, type PreparedPost, writeImportBatch } from "../data/wordpress-posts";
import { ensureTerms } from "../data/wordpress-terms";
import { forEachLimited } from "../limited";
import { RunImages } from "./images";
import { mapItem, type ItemMapping } from "./map-item";
import { prepareContent, type ContentResult, type ContentTask } from "./content/prepare-content";
import { postLanguage } from "./post-fields";
import { prepareItem } from "./prepare-post";
import type { RunContext } from "./run-context";
import { addNote, changedNothing, countSkipped, emptyReport, type ImportReport } from "./report";
import { type OpenExport, scanExport, type ScannedAttachment } from "./scan";
import { uploadsFolder } from "./uploads";
import { readWxr } from "./wxr-reader";
import { parseItem, type WxrItem } from "./wxr-records";

// Importing a WordPress export: `npm run import:wordpress` and the admin's
// import page both call this. Two streaming passes over the file (scan.ts,
// then the posts), so memory holds one batch of posts and the small records
// they refer to, never the document. Each batch is written in one
// transaction while the next is prepared. A dry run does everything but write.

export interface Progress {
  tick(n?: number): void;
  done(): void;
}

export interface WordPressImportOptions {
  /** Opens the export for reading; called twice, once per pass. */
  open: OpenExport;
  /** A copy of the old site's wp-content/uploads, where images are taken from. */
  uploadsDir: string | null;
  dryRun: boolean;
  /** Also give each writer with an email address an author account (a pending invitation, not sent). */
  staffAccounts: boolean;
  /** Called once the number of posts and pages is known, for a progress bar. */
  progress?: (total: number) => Progress;
  /**
   * Converts and renders one post: the import command hands this to its
   * worker threads; by default it runs in the calling thread.
   */
  prepareContent?: (task: ContentTask) => Promise<ContentResult>;
  batchSize?: number;
  now?: Date;
}

const BATCH_SIZE = 100;
/** Posts being prepared at once: enough to keep every import worker busy while this thread reads and writes. */
const PREPARING_AT_ONCE = 8;

interface Pending {
  item: WxrItem;
  mapping: ItemMapping;
}

export async function importWordPress(viewer: Viewer, options: WordPressImportOptions): Promise<Written<ImportReport>> {
  authorize(viewer, "site:import");
  const started = performance.now();
  const now = options.now ?? new Date();
  const report = emptyReport(options.dryRun);
  const scan = await scanExport(options.open, now);
  report.site = {
    title: scan.site.title,
    url: scan.site["wp:base_site_url"] || scan.site.link,
    wxrVersion: scan.site["wp:wxr_version"],
  };

  const settings = await getSiteSettings();
  const writers = await ensureWriters(
    viewer,
    { ...scan, keyInAddresses: true, via: "WordPress import" },
    options,
    report,
  );
  const terms = await ensureTerms(viewer, scan, options.dryRun, report);
  const attachedTo = new Map<string, ScannedAttachment[]>();
  for (const attachment of scan.attachments.values()) {
    if (attachment.parentId)
      attachedTo.set(attachment.parentId, [...(attachedTo.get(attachment.parentId) ?? []), attachment]);
  }
  const run: RunContext = {
    scan,
    writers,
    terms,
    images: new RunImages(
      viewer,
      scan,
      options.uploadsDir ? uploadsFolder(options.uploadsDir) : null,
      options.dryRun,
      report,
    ),
    attachedTo,
    language: postLanguage(scan.site, settings.language),
    siteHandle: settings.socialHandle,
    importerId: viewer.id,
    siteUrl: env().SITE_URL,
    prepareContent: options.prepareContent ?? (async (task) => prepareContent(task)),
    now,
    slugsChosen: new Set(),
  };

  const progress = options.progress?.(scan.items);
  let batch: Pending[] = [];
  let writing: Promise<void> = Promise.resolve();
  let preparing: Promise<void> = Promise.resolve();
  // A full batch is planned and prepared while the next one is read, and
  // written while the one after it is prepared, so the import workers do
  // not wait for this thread to read the export. One batch in each stage
  // keeps memory bounded, the slugs chosen in order and the writes in order.
  const flush = async () => {
    const pending = batch;
    batch = [];
    await preparing;
    preparing = (async () => {
      const prepared = await prepareBatch(run, await planBatch(viewer, run, pending), report);
      await writing;
      writing = options.dryRun
        ? Promise.resolve()
        : writeImportBatch(viewer, scan.source, prepared.posts, prepared.comments);
      writing.catch(() => {});
      progress?.tick(prepared.looked);
    })();
    // Awaited before the next batch starts and at the end; this only keeps a failure from counting as unhandled meanwhile.
    preparing.catch(() => {});
  };

  for await (const record of readWxr(options.open())) {
    if (record.kind !== "item") continue;
    const parsed = parseItem(record.item);
    if (!parsed.ok) {
      addNote(report.problems, { id: parsed.id, title: "", text: parsed.reason });
      continue;
    }
    const { item } = parsed;
    if (item.type === "attachment") continue;
    const mapping = mapItem(item, now);
    if (!mapping) {
      const isPost = item.type === "post" || item.type === "page";
      countSkipped(report, isPost ? `${item.type}s (${item.status || "no status"})` : item.type);
      if (isPost) {
        addNote(report.leftOut, { id: item.id, title: item.title, text: `status ${item.status || "missing"}` });
        progress?.tick();
      }
      continue;
    }
    batch.push({ item, mapping });
    if (batch.length >= (options.batchSize ?? BATCH_SIZE)) await flush();
  }
  await flush();
  await preparing;
  await writing;
  progress?.done();

  report.seconds = (performance.now() - started) / 1000;
  if (!options.dryRun && !changedNothing(report)) await recordImportRun(viewer, "wordpress", scan.source, report);
  const touched = [
    ...terms.touched.sections.map(cacheTags.section),
    ...terms.touched.tags.map(cacheTags.tag),
    ...[...writers.values()].map((w) => cacheTags.contributor(w.id)),
  ];
  return {
    result: report,
    tags: changedNothing(report) || options.dryRun ? [] : [cacheTags.postsList, cacheTags.sections, ...touched],
  };
}

interface PreparedBatch {
  posts: PreparedPost[];
  comments: PreparedComment[];
  looked: number;
}

/** What the ledger already has of a batch, and a free slug for each of its new posts. */
async function planBatch(viewer: Viewer, run: RunContext, batch: Pending[]) {
  const source = run.scan.source;
  const ids = batch.map((p) => p.item.id);
  const [knownPosts, knownPages, knownComments] = await Promise.all([
    importedTargets(source, "POST", ids),
    importedTargets(source, "PAGE", ids),
    importedTargets(
      source,
      "COMMENT",
      batch.flatMap((p) => p.item.comments.map((c) => c.id)),
    ),
  ]);
  const fresh = batch.filter((p) => !knownPosts.has(p.item.id) && !knownPages.has(p.item.id));
  const slugs = await chooseSlugs(
    viewer,
    fresh.map((p) => ({ key: p.item.id, slug: p.mapping.slug, kind: p.mapping.kind })),
    run.slugsChosen,
  );
  return { batch, knownPosts, knownPages, knownComments, slugs };
}

/** Prepares every new post of the batch, and the new comments of posts imported before. */
async function prepareBatch(
  run: RunContext,
  { batch, knownPosts, knownPages, knownComments, slugs }: Awaited<ReturnType<typeof planBatch>>,
  report: ImportReport,
): Promise<PreparedBatch> {
  const posts: PreparedPost[] = [];
  const comments: PreparedComment[] = [];
  await forEachLimited(batch, PREPARING_AT_ONCE, async ({ item, mapping }) => {
    const tally = mapping.kind === "PAGE" ? report.pages : report.posts;
    const existingId = (mapping.kind === "PAGE" ? knownPages : knownPosts).get(item.id);
    const known = new Map(
      item.comments.flatMap((c) => (knownComments.has(c.id) ? [[c.id, knownComments.get(c.id)!]] : [])),
    );
    const prepared = await prepareItem(
      run,
      item,
      mapping,
      existingId ? { existingId } : { slug: slugs.get(item.id)! },
      known,
    );
    if (existingId) tally.existing++;
    else if (prepared.post && !prepared.post.ok) {
      return addNote(report.problems, { id: item.id, title: item.title, text: prepared.post.reason });
    } else if (prepared.post?.ok) {
      posts.push(prepared.post.post);
      tally.created++;
      if (mapping.kind === "ARTICLE") report.posts.byStatus[mapping.status]++;
      for (const text of mapping.notes) addNote(report.notes, { id: item.id, title: item.title, text });
    }
    comments.push(...prepared.comments);
    report.comments.created += prepared.comments.length;
    report.comments.existing += known.size;
    report.comments.skipped += prepared.skippedComments;
  });
  return { posts, comments, looked: batch.length };
}
