import "server-only";
import path from "node:path";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { mediaRowSelect, toMediaDTO } from "../../media/dto";
import { uploadMedia } from "../../media/data/mutations";
import { importedTargets, recordImported } from "./imported-items";

// Images from a copy of the old site's uploads folder, stored through the
// media library's own upload (re-encoded, with variants, size limits and an
// audit entry), once per file: the ledger files each under its path in the
// uploads folder, so a second run or a second post showing it reuses it.

export interface ImportedImage {
  mediaId: string;
  url: string;
}

/** The library's copy of an uploads file brought in by an earlier run, or null. */
export async function findImportedImage(
  viewer: Viewer,
  source: string,
  relative: string,
): Promise<ImportedImage | null> {
  authorize(viewer, "site:import");
  const mediaId = (await importedTargets(source, "MEDIA", [relative])).get(relative);
  const row = mediaId ? await db.media.findUnique({ where: { id: mediaId }, select: mediaRowSelect }) : null;
  return row ? { mediaId: row.id, url: toMediaDTO(row).url } : null;
}

/** Stores the file's bytes as a library image; the upload's own checks may refuse it (size, not an image). */
export async function importImage(
  viewer: Viewer,
  source: string,
  relative: string,
  bytes: Buffer,
  details: { alt: string; caption: string },
): Promise<ImportedImage> {
  authorize(viewer, "site:import");
  const media = await uploadMedia(
    viewer,
    { name: path.posix.basename(relative), bytes, declaredType: "" },
    { alt: details.alt.slice(0, 300), caption: details.caption.slice(0, 500), credit: "" },
  );
  await recordImported(db, source, "MEDIA", [{ sourceId: relative, targetId: media.id }]);
  return { mediaId: media.id, url: media.url };
}
