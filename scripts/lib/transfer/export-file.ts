import { existsSync, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { recordAudit } from "../../../lib/audit/data/record";
import { db } from "../../../lib/db";
import { collectSite } from "../../../lib/export/data/collect";
import { exportTextFiles } from "../../../lib/export/files";
import { exportMediaOf, exportZip } from "../../../lib/export/zip";
import { mediaStorage } from "../../../lib/media/storage";
import type { ProgressFactory } from "../backup/create";
import { ImportError } from "./read";

// `npm run export -- out.zip`: the same zip as the admin's download, written
// to a file (as <file>.partial until it is complete) and audited as done
// from the command line.

export interface ExportSummary {
  posts: number;
  mediaFiles: number;
  bytes: number;
}

export async function writeExportFile(output: string, progress?: ProgressFactory): Promise<ExportSummary> {
  if (existsSync(output)) throw new ImportError(`${output} already exists: choose another file name.`);
  await mkdir(path.dirname(output), { recursive: true });
  const site = await collectSite();
  const texts = exportTextFiles(site);
  const media = await exportMediaOf(mediaStorage());
  const bar = progress?.("Writing the export", texts.length + media.files.length);
  const partial = `${output}.partial`;
  try {
    await pipeline(
      Readable.from(exportZip(texts, media, () => bar?.tick())),
      createWriteStream(partial, { flags: "wx", mode: 0o600 }),
    );
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  bar?.done();
  await rename(partial, output);
  await recordAudit(db, {
    actorId: null,
    action: "site.export",
    subjectType: "settings",
    data: { via: "command line", posts: site.posts.length, mediaFiles: media.files.length },
  });
  return { posts: site.posts.length, mediaFiles: media.files.length, bytes: (await stat(output)).size };
}
