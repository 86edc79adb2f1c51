// What an import found and did (or, in a dry run, would do): the same report
// for the command line and the admin page. Lists of examples are capped so a
// 20,000-post export with a recurring problem does not make a 20,000-line report.

export const EXAMPLES_KEPT = 50;

export interface Tally {
  /** Newly written (or, in a dry run, to be written). */
  created: number;
  /** Already here (imported by an earlier run, or a section, tag or contributor of the same slug): left as they are. */
  existing: number;
}

export interface ItemNote {
  id: string;
  title: string;
  text: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** The export's site; `format` names a non-WordPress export ("Blogger, Google Takeout"), else it is WXR. */
  site: { title: string; url: string; wxrVersion: string; format?: string };
  posts: Tally & { byStatus: Record<"PUBLISHED" | "SCHEDULED" | "DRAFT", number> };
  pages: Tally;
  contributors: Tally & { staffAccounts: number };
  sections: Tally;
  tags: Tally;
  comments: Tally & { skipped: number };
  images: Tally & { missing: number; missingExamples: string[] };
  /** Items not brought over, by WordPress type or status ("attachment" is counted as images instead). */
  skipped: Record<string, number>;
  /** Posts and pages (and Blogger's comments, which are entries of their own) not brought over, each with the reason. */
  leftOut: { count: number; examples: ItemNote[] };
  /** Items that could not be imported, with the reason. */
  problems: { count: number; examples: ItemNote[] };
  /** Items imported with a change the reader may notice (private → draft, sticky → Featured tag). */
  notes: { count: number; examples: ItemNote[] };
  seconds: number;
}

const tally = (): Tally => ({ created: 0, existing: 0 });

export function emptyReport(dryRun: boolean): ImportReport {
  return {
    dryRun,
    site: { title: "", url: "", wxrVersion: "" },
    posts: { ...tally(), byStatus: { PUBLISHED: 0, SCHEDULED: 0, DRAFT: 0 } },
    pages: tally(),
    contributors: { ...tally(), staffAccounts: 0 },
    sections: tally(),
    tags: tally(),
    comments: { ...tally(), skipped: 0 },
    images: { ...tally(), missing: 0, missingExamples: [] },
    skipped: {},
    leftOut: { count: 0, examples: [] },
    problems: { count: 0, examples: [] },
    notes: { count: 0, examples: [] },
    seconds: 0,
  };
}

export function addNote(list: { count: number; examples: ItemNote[] }, note: ItemNote): void {
  list.count++;
  if (list.examples.length < EXAMPLES_KEPT) list.examples.push(note);
}

export function addMissingImage(report: ImportReport, address: string): void {
  report.images.missing++;
  if (report.images.missingExamples.length < EXAMPLES_KEPT) report.images.missingExamples.push(address);
}

export function countSkipped(report: ImportReport, what: string, n = 1): void {
  report.skipped[what] = (report.skipped[what] ?? 0) + n;
}

/** True when the run wrote (or would write) nothing at all. */
export function changedNothing(report: ImportReport): boolean {
  return [
    report.posts,
    report.pages,
    report.contributors,
    report.sections,
    report.tags,
    report.comments,
    report.images,
  ].every((t) => t.created === 0);
}

/** The export's format as the report names it. */
export const formatOf = (report: ImportReport) => report.site.format ?? `WXR ${report.site.wxrVersion}`;

const n = (value: number) => value.toLocaleString("en-GB");
const line = (label: string, t: Tally, extra = "") =>
  `  ${label.padEnd(13)} ${n(t.created).padStart(7)} new  ${n(t.existing).padStart(7)} already here${extra}`;

/** The report as plain lines, for the command line. */
export function formatReport(report: ImportReport): string {
  const { byStatus } = report.posts;
  const lines = [
    `${report.dryRun ? "Dry run (nothing written)" : "Imported"} from “${report.site.title}” (${report.site.url}, ${formatOf(report)}):`,
    line(
      "Posts",
      report.posts,
      `  (${n(byStatus.PUBLISHED)} published, ${n(byStatus.SCHEDULED)} scheduled, ${n(byStatus.DRAFT)} drafts)`,
    ),
    line("Pages", report.pages),
    line(
      "Contributors",
      report.contributors,
      report.contributors.staffAccounts
        ? `  (${n(report.contributors.staffAccounts)} staff accounts, invitation not sent)`
        : "",
    ),
    line("Sections", report.sections),
    line("Tags", report.tags),
    line(
      "Comments",
      report.comments,
      report.comments.skipped
        ? `  (${n(report.comments.skipped)} left out: trashed, removed, pingbacks or on pages)`
        : "",
    ),
    line(
      "Images",
      report.images,
      report.images.missing ? `  (${n(report.images.missing)} missing: left as links)` : "",
    ),
  ];
  const skipped = Object.entries(report.skipped).sort(([a], [b]) => a.localeCompare(b));
  if (skipped.length) lines.push(`  Left out: ${skipped.map(([what, count]) => `${n(count)} ${what}`).join(", ")}`);
  for (const [title, list] of [
    ["Left out", report.leftOut],
    ["Imported with changes", report.notes],
    ["Could not import", report.problems],
  ] as const) {
    if (!list.count) continue;
    lines.push(`${title} (${n(list.count)}):`);
    for (const note of list.examples) lines.push(`  - #${note.id} “${note.title}”: ${note.text}`);
    if (list.count > list.examples.length) lines.push(`  … and ${n(list.count - list.examples.length)} more`);
  }
  if (report.images.missingExamples.length) {
    lines.push("Missing images:");
    for (const address of report.images.missingExamples) lines.push(`  - ${address}`);
    if (report.images.missing > report.images.missingExamples.length)
      lines.push(`  … and ${n(report.images.missing - report.images.missingExamples.length)} more`);
  }
  lines.push(`In ${report.seconds.toFixed(1)} s.`);
  return lines.join("\n");
}
