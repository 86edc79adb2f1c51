import type { Viewer } from "../../auth/permissions";
import { ValidationError } from "../../errors";
import { findImportedImage, importImage, type ImportedImage } from "../data/wordpress-media";
import { addMissingImage, type ImportReport } from "./report";
import type { Scan, ScannedAttachment } from "./scan";
import { uploadCandidates, uploadPathOf, type UploadsFolder } from "./uploads";

// The images of one import run: each address a post shows is looked up once,
// in the ledger (brought in before), then in the uploads folder (brought in
// now); whatever is in neither is reported once and left as a link.

export class RunImages {
  private readonly found = new Map<string, ImportedImage | null>();
  /** By path in the uploads folder: a resized copy's address finds the original brought in for another. */
  private readonly files = new Map<string, ImportedImage>();
  private readonly byPath = new Map<string, ScannedAttachment>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly viewer: Viewer,
    private readonly scan: Scan,
    private readonly folder: UploadsFolder | null,
    private readonly dryRun: boolean,
    private readonly report: ImportReport,
  ) {
    for (const attachment of scan.attachments.values()) {
      const relative = this.pathOf(attachment.url);
      if (relative) this.byPath.set(relative, attachment);
    }
  }

  private pathOf(address: string): string | null {
    return uploadPathOf(address, this.scan.site["wp:base_site_url"] || this.scan.site.link);
  }

  /** One lookup at a time: posts prepared side by side often show the same image. */
  private turn: Promise<unknown> = Promise.resolve();

  /** Brings the image at this address in, unless this run already looked for it. */
  async ensure(address: string): Promise<void> {
    const lookup = this.turn.then(async () => {
      if (!this.found.has(address)) this.found.set(address, await this.resolve(address));
    });
    this.turn = lookup.catch(() => {});
    await lookup;
  }

  private async resolve(address: string): Promise<ImportedImage | null> {
    const relative = this.pathOf(address);
    if (!relative) return null;
    const candidates = uploadCandidates(relative);
    for (const candidate of candidates) {
      const seen = this.files.get(candidate);
      if (seen) return seen;
    }
    for (const candidate of candidates) {
      const known = await findImportedImage(this.viewer, this.scan.source, candidate);
      if (!known) continue;
      this.report.images.existing++;
      this.files.set(candidate, known);
      return known;
    }
    const sized = this.folder ? await this.folder.find(relative) : null;
    if (!sized) return null;
    const image = await this.bringIn(address, sized, this.byPath.get(sized.relative) ?? this.byPath.get(relative));
    if (image) this.files.set(sized.relative, image);
    return image;
  }

  private async bringIn(
    address: string,
    sized: { relative: string; file: string },
    attachment: ScannedAttachment | undefined,
  ): Promise<ImportedImage | null> {
    if (this.dryRun) {
      this.report.images.created++;
      return { mediaId: "", url: address };
    }
    try {
      const bytes = await this.folder!.read(sized.file);
      const image = await importImage(this.viewer, this.scan.source, sized.relative, bytes, {
        alt: attachment?.alt ?? "",
        caption: attachment?.caption ?? "",
      });
      this.report.images.created++;
      return image;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The library refused the file (too large, not an image it reads): the post links to it instead.
      this.missing(`${address} (${(error as Error).message})`);
      return null;
    }
  }

  /** The site's address for the image, or null (reported once) when it was not brought in. */
  url(address: string): string | null {
    const image = this.found.get(address);
    if (image) return image.url;
    this.missing(address);
    return null;
  }

  mediaId(address: string): string | null {
    return this.found.get(address)?.mediaId || null;
  }

  private missing(address: string): void {
    if (this.reported.has(address)) return;
    this.reported.add(address);
    addMissingImage(this.report, address);
  }
}
