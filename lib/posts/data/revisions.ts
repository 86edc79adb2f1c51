import "server-only";
import type { Viewer } from "../../auth/permissions";
import { db } from "../../db";
import type { RevisionListItem, RevisionPair } from "../dto";
import { NotFound, ValidationError } from "../../errors";
import { requireEditable, requireReadable } from "./access";
import type { PostFields } from "../editor-schema";
import { fieldsOfRevision } from "./post-fields";
import type { Written } from "../../cache-tags";
import { writeFields } from "./save";

// A post's history: manual saves, the latest autosave per writer and ten
// minutes, saves refused as stale (CONFLICT) and restores. Reading it needs
// only read access to the post; restoring is an edit.

const REVISIONS_SHOWN = 200;
const FORMER_USER = "A former user";

const authorNameOf = (author: { name: string | null; email: string } | null) =>
  author?.name ?? author?.email ?? FORMER_USER;

export async function listRevisions(viewer: Viewer | null, postId: string): Promise<RevisionListItem[]> {
  await requireReadable(viewer, postId);
  const rows = await db.revision.findMany({
    where: { postId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: REVISIONS_SHOWN,
    select: {
      id: true,
      kind: true,
      version: true,
      createdAt: true,
      title: true,
      author: { select: { name: true, email: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    version: r.version,
    authorName: authorNameOf(r.author),
    createdAt: r.createdAt.toISOString(),
    title: r.title,
  }));
}

export async function getRevisionPair(
  viewer: Viewer | null,
  postId: string,
  revisionId: string,
): Promise<RevisionPair> {
  await requireReadable(viewer, postId);
  const [revision, current] = await Promise.all([
    db.revision.findFirst({
      where: { id: revisionId, postId },
      select: {
        title: true,
        standfirst: true,
        body: true,
        fields: true,
        createdAt: true,
        kind: true,
        author: { select: { name: true, email: true } },
      },
    }),
    db.post.findUniqueOrThrow({ where: { id: postId }, select: { title: true, standfirst: true, body: true } }),
  ]);
  if (!revision) throw new NotFound("That revision does not exist.");
  const fields = revision.fields;
  return {
    revision: {
      title: revision.title,
      standfirst: revision.standfirst,
      body: revision.body,
      fields: fields && typeof fields === "object" && !Array.isArray(fields) ? fields : {},
      createdAt: revision.createdAt.toISOString(),
      authorName: authorNameOf(revision.author),
      kind: revision.kind,
    },
    current,
  };
}

/** Puts a revision's text and fields back as a new version, recorded as a RESTORE revision. */
export async function restoreRevision(
  viewer: Viewer,
  input: { postId: string; revisionId: string; version: number },
): Promise<Written<{ version: number }>> {
  const subject = await requireEditable(viewer, input.postId);
  const revision = await db.revision.findFirst({ where: { id: input.revisionId, postId: input.postId } });
  if (!revision) throw new NotFound("That revision does not exist.");

  const restorable = fieldsOfRevision(revision);
  if (!restorable) throw new ValidationError("This revision was saved in a form that can no longer be restored.");
  const fields = await withoutVanishedReferences(restorable);

  const written = await writeFields(viewer, subject, input.version, fields, "RESTORE", {
    action: "post.restore-revision",
    data: { revisionId: revision.id, revisionKind: revision.kind, revisionVersion: revision.version },
  });
  return { result: { version: written.result.version }, tags: written.tags };
}

/** Sections, series, writers and images deleted since the revision was saved are left out rather than refused. */
async function withoutVanishedReferences(fields: PostFields): Promise<PostFields> {
  const [section, series, contributors, heroMedia] = await Promise.all([
    fields.sectionId ? db.section.findUnique({ where: { id: fields.sectionId }, select: { id: true } }) : null,
    fields.seriesId ? db.series.findUnique({ where: { id: fields.seriesId }, select: { id: true } }) : null,
    db.contributor.findMany({
      where: { id: { in: fields.bylines.map((b) => b.contributorId) } },
      select: { id: true },
    }),
    fields.hero?.mediaId ? db.media.findUnique({ where: { id: fields.hero.mediaId }, select: { id: true } }) : null,
  ]);
  const living = new Set(contributors.map((c) => c.id));
  return {
    ...fields,
    sectionId: section ? fields.sectionId : null,
    seriesId: series ? fields.seriesId : null,
    seriesPosition: series ? fields.seriesPosition : null,
    bylines: fields.bylines.filter((b) => living.has(b.contributorId)),
    hero: fields.hero?.mediaId && !heroMedia ? null : fields.hero,
  };
}
