import "server-only";
import { authorizeAttempt, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import type { EditorOptions } from "../dto";

// A newsroom has tens or hundreds of writers and tags; past these caps the
// editor's pickers would stop being usable as lists anyway.
const MAX_CONTRIBUTORS = 1000;
const MAX_TAGS = 2000;

/** What the post editor and the list filters offer to choose from. */
export async function getEditorOptions(viewer: Viewer | null): Promise<EditorOptions> {
  authorizeAttempt(viewer, "post:read");
  const [sections, series, contributors, tags] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.series.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.contributor.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_CONTRIBUTORS,
      select: {
        id: true,
        name: true,
        jobTitle: true,
        organisation: true,
        contactOptIn: true,
        email: true,
        phone: true,
      },
    }),
    db.tag.findMany({ orderBy: { name: "asc" }, take: MAX_TAGS, select: { name: true } }),
  ]);
  return {
    sections,
    series: series.map((s) => ({ id: s.id, name: s.title })),
    contributors: contributors.map(({ contactOptIn, email, phone, ...c }) => ({
      ...c,
      offersContact: contactOptIn && Boolean(email || phone),
    })),
    tags: tags.map((t) => t.name),
  };
}
