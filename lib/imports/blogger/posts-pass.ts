import type { Viewer } from "../../auth/permissions";
import { importedTargets } from "../data/imported-items";
import { chooseSlugs, type PreparedPost, writeImportBatch } from "../data/wordpress-posts";
import { forEachLimited } from "../limited";
import type { OpenExport } from "../wordpress/scan";
import { addMissingImage, addNote, countSkipped, type ImportReport } from "../wordpress/report";
import { readBloggerExport } from "./atom-reader";
import { type BloggerEntry, parseEntry } from "./atom-records";
import { type EntryMapping, mapEntry } from "./map-entry";
import { type BloggerRun, prepareBloggerPost } from "./prepare";

// The second pass over a Blogger export: its posts and pages, a batch at a
// time, each batch written in one transaction (the WordPress import's
// writer). What the ledger already has is counted and left as it is.

/** Posts being prepared at once: enough to keep every import worker busy while this thread reads and writes. */
const PREPARING_AT_ONCE = 8;

interface Pending {
  entry: BloggerEntry;
  mapping: EntryMapping;
}

export async function importPostsAndPages(
  viewer: Viewer,
  run: BloggerRun,
  open: OpenExport,
  options: { dryRun: boolean; batchSize: number },
  report: ImportReport,
  tick: (n: number) => void,
): Promise<void> {
  const reported = new Set<string>();
  const slugsChosen = new Set<string>();
  let batch: Pending[] = [];
  const flush = async () => {
    const posts = await prepareBatch(viewer, run, batch, report, { reported, slugsChosen });
    if (!options.dryRun) await writeImportBatch(viewer, run.source, posts, []);
    tick(batch.length);
    batch = [];
  };

  for await (const record of readBloggerExport(open())) {
    if (record.kind !== "entry") continue;
    const parsed = parseEntry(record.entry);
    if (!parsed.ok) {
      addNote(report.problems, { id: parsed.id, title: "", text: parsed.reason });
      continue;
    }
    const { entry } = parsed;
    if (entry.kind !== "post" && entry.kind !== "page") continue;
    const mapped = mapEntry(entry, run.now);
    if (!mapped.ok) {
      countSkipped(report, mapped.skipped);
      addNote(report.leftOut, { id: entry.id, title: entry.title, text: mapped.reason });
      tick(1);
      continue;
    }
    batch.push({ entry, mapping: mapped.mapping });
    if (batch.length >= options.batchSize) await flush();
  }
  if (batch.length) await flush();
}

async function prepareBatch(
  viewer: Viewer,
  run: BloggerRun,
  batch: Pending[],
  report: ImportReport,
  { reported, slugsChosen }: { reported: Set<string>; slugsChosen: Set<string> },
): Promise<PreparedPost[]> {
  const ids = batch.map((p) => p.entry.id);
  const [knownPosts, knownPages] = await Promise.all([
    importedTargets(run.source, "POST", ids),
    importedTargets(run.source, "PAGE", ids),
  ]);
  const known = (id: string) => knownPosts.has(id) || knownPages.has(id);
  const slugs = await chooseSlugs(
    viewer,
    batch
      .filter((p) => !known(p.entry.id))
      .map((p) => ({ key: p.entry.id, slug: p.mapping.slug, kind: p.mapping.kind })),
    slugsChosen,
  );
  const written: PreparedPost[] = [];
  await forEachLimited(batch, PREPARING_AT_ONCE, async ({ entry, mapping }) => {
    const tally = mapping.kind === "PAGE" ? report.pages : report.posts;
    if (known(entry.id)) {
      tally.existing++;
      return;
    }
    const { post, missingImages } = await prepareBloggerPost(run, entry, mapping, slugs.get(entry.id)!);
    if (!post.ok) return addNote(report.problems, { id: entry.id, title: entry.title, text: post.reason });
    written.push(post.post);
    tally.created++;
    if (mapping.kind === "ARTICLE") report.posts.byStatus[mapping.status]++;
    const notes = [...mapping.notes];
    if (missingImages.length) {
      notes.push(`${missingImages.length} image(s) left as links to where they were: nothing is downloaded`);
    }
    for (const text of notes) addNote(report.notes, { id: entry.id, title: entry.title, text });
    for (const address of missingImages) {
      if (reported.has(address)) continue;
      reported.add(address);
      addMissingImage(report, address);
    }
  });
  return written;
}
