import type { Viewer } from "../../auth/permissions";
import { importedTargets } from "../data/imported-items";
import { type PreparedComment, writeImportBatch } from "../data/wordpress-posts";
import type { ImportedCommentStatus } from "../wordpress/map-comments";
import { addNote, type ImportReport } from "../wordpress/report";
import type { OpenExport } from "../wordpress/scan";
import { readBloggerExport } from "./atom-reader";
import { type BloggerEntry, parseEntry } from "./atom-records";
import { commentLeftOutReason, commentStatusOf } from "./map-entry";
import { type BloggerRun, prepareBloggerComments } from "./prepare";
import { type BloggerScan, topOf } from "./scan";

// The comments of a Blogger export, after its posts: each names its post
// (and the comment it answers) by id, found through the ledger. Masthead
// shows one level of replies, so a reply hangs from the top-level comment
// its thread started with (scan.ts decides which). A reply's parent must be
// written before it, and Blogger may list a reply first: top-level comments
// are written in one pass over the file, replies in the next. A dry run
// writes nothing, so it counts everything in one pass.

type Round = "top-level" | "replies" | "all";

interface Pending {
  entry: BloggerEntry;
  status: ImportedCommentStatus;
  top: string | null;
}

export async function importComments(
  viewer: Viewer,
  run: BloggerRun,
  scan: BloggerScan,
  open: OpenExport,
  options: { dryRun: boolean; batchSize: number },
  report: ImportReport,
  tick: (n: number) => void,
): Promise<void> {
  const rounds: Round[] = options.dryRun ? ["all"] : scan.replies ? ["top-level", "replies"] : ["top-level"];
  for (const round of rounds) {
    let batch: Pending[] = [];
    const flush = async () => {
      await writeBatch(viewer, run, batch, options.dryRun, report);
      tick(batch.length);
      batch = [];
    };
    for await (const record of readBloggerExport(open())) {
      if (record.kind !== "entry") continue;
      const parsed = parseEntry(record.entry);
      if (!parsed.ok || parsed.entry.kind !== "comment") continue;
      const { entry } = parsed;
      const status = commentStatusOf(entry);
      const leftOut = commentLeftOutReason(entry, entry.postId ? scan.posts.get(entry.postId) : undefined);
      if (!status || leftOut) {
        // Reported once, in the first round.
        if (round !== "replies") {
          report.comments.skipped++;
          addNote(report.leftOut, {
            id: entry.id,
            title: `Comment by ${entry.author.name || "Anonymous"}`,
            text: leftOut!,
          });
          tick(1);
        }
        continue;
      }
      const top = topOf(scan, entry.id);
      if ((round === "top-level" && top !== null) || (round === "replies" && top === null)) continue;
      batch.push({ entry, status, top });
      if (batch.length >= options.batchSize) await flush();
    }
    if (batch.length) await flush();
  }
}

async function writeBatch(
  viewer: Viewer,
  run: BloggerRun,
  batch: Pending[],
  dryRun: boolean,
  report: ImportReport,
): Promise<void> {
  const [known, posts, parents] = await Promise.all([
    importedTargets(
      run.source,
      "COMMENT",
      batch.map((c) => c.entry.id),
    ),
    importedTargets(
      run.source,
      "POST",
      batch.map((c) => c.entry.postId!),
    ),
    importedTargets(
      run.source,
      "COMMENT",
      batch.flatMap((c) => c.top ?? []),
    ),
  ]);
  const planned = batch.flatMap(({ entry, status, top }) => {
    if (known.has(entry.id)) {
      report.comments.existing++;
      return [];
    }
    const postId = posts.get(entry.postId!);
    // Its post could not be imported (see the problems); in a dry run, it is not written yet.
    if (!postId && !dryRun) {
      report.comments.skipped++;
      return [];
    }
    // A parent that could not be written (an empty comment) leaves its reply top-level.
    return [{ entry, status, postId: postId ?? "", parentId: top ? (parents.get(top) ?? null) : null }];
  });
  const prepared = await prepareBloggerComments(run, planned);
  const written = prepared.filter((c): c is PreparedComment => c !== null);
  report.comments.created += written.length;
  report.comments.skipped += prepared.length - written.length;
  if (!dryRun) await writeImportBatch(viewer, run.source, [], written);
}
