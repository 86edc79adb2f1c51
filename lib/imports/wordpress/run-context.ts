import type { ImportedTerms } from "../data/wordpress-terms";
import type { ImportedWriter } from "../data/people";
import type { ContentResult, ContentTask } from "./content/prepare-content";
import type { RunImages } from "./images";
import type { Scan, ScannedAttachment } from "./scan";

/** What every post of one import run is prepared with: the export's index and what the run set up. */
export interface RunContext {
  scan: Scan;
  writers: Map<string, ImportedWriter>;
  terms: ImportedTerms;
  images: RunImages;
  /** Attachments by the post they were uploaded to, for a [gallery] that names none. */
  attachedTo: Map<string, ScannedAttachment[]>;
  language: string;
  siteHandle: string | null;
  importerId: string;
  siteUrl: string;
  /** Converts and renders one post (prepare-content.ts), in this thread or on an import worker. */
  prepareContent: (task: ContentTask) => Promise<ContentResult>;
  now: Date;
  /** Slugs given out so far: a batch chooses its slugs while the batch ahead of it is still being written. */
  slugsChosen: Set<string>;
}
