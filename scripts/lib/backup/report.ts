import type { BackupSummary } from "./create";
import type { RestoreSummary } from "./restore";

// What the backup and restore commands print when they are done.

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function describeBackup(output: string, summary: BackupSummary, elapsedMs: number): string {
  const { tables, media } = summary.manifest;
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  const lines = [
    `✔ Backup written to ${output} (${megabytes(summary.archiveBytes)}) in ${seconds(elapsedMs)}: ` +
      `${tables.length} tables with ${rows} rows, ${media.files} media files (${megabytes(media.bytes)}).`,
  ];
  if (media.missing.length) {
    lines.push(
      `! ${media.missing.length} media item(s) were deleted while the backup ran; their rows are in the backup without files: ${media.missing.join(", ")}`,
    );
  }
  if (summary.skipped.length) {
    lines.push(`! Left out of the media folder, as not Masthead media files: ${summary.skipped.join(", ")}`);
  }
  return lines.join("\n");
}

export function describeRestore(summary: RestoreSummary, elapsedMs: number): string {
  const { manifest } = summary;
  const lines = [
    `✔ Restored the backup of ${manifest.createdAt} in ${seconds(elapsedMs)}: ${manifest.tables.length} tables with ` +
      `${summary.rows} rows, ${summary.mediaFiles} media files (${megabytes(summary.mediaBytes)}).`,
  ];
  if (summary.applied.length) {
    lines.push(`  Then applied ${summary.applied.length} newer migration(s): ${summary.applied.join(", ")}.`);
  }
  return lines.join("\n");
}
