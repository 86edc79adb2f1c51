import "server-only";
import { recordAudit, type AuditEntry } from "../../audit/data/record";
import type { Viewer } from "../../auth/permissions";
import { db, Prisma } from "../../db";
import { env } from "../../env";
import { Conflict, ValidationError } from "../../errors";
import { type AuthorizedPost, requireEditable, type Tx } from "./access";
import type { EditablePost, SaveResult } from "../dto";
import { getEditablePost } from "./editable";
import type { PostFields } from "../editor-schema";
import { postColumnsOf, revisionSnapshotOf } from "./post-fields";
import { resolveReferences } from "./post-references";
import { missingMessages, publishableOf } from "../publish-requirements";
import { renderedColumns, renderPostBody } from "../render-body";
import { freeSlug, isSlugTaken, slugFollowsTitle } from "./slug-availability";
import { tagsTouchedByPost } from "./touched-tags";
import type { Written } from "../../cache-tags";

// Saving the editor's fields: one transaction that checks the version the
// writer started from (optimistic locking), re-renders the Markdown and
// rewrites bylines, tags, media uses and a revision. A stale save is refused
// with what is stored now, and the refused text is kept as a revision.

export const AUTOSAVE_WINDOW_MS = 10 * 60 * 1000;

type SaveKind = "MANUAL" | "AUTOSAVE" | "RESTORE";

export async function savePost(
  viewer: Viewer,
  input: { postId: string; version: number; autosave: boolean; fields: PostFields },
): Promise<Written<SaveResult>> {
  const subject = await requireEditable(viewer, input.postId);
  return writeFields(viewer, subject, input.version, input.fields, input.autosave ? "AUTOSAVE" : "MANUAL");
}

/** Writes the fields over a post already authorized for this viewer (requireEditable). */
export async function writeFields(
  viewer: Viewer,
  subject: AuthorizedPost,
  version: number,
  fields: PostFields,
  kind: SaveKind,
  audit?: Omit<AuditEntry, "actorId" | "subjectType" | "subjectId">,
): Promise<Written<SaveResult>> {
  if (subject.version !== version) return refuseStale(viewer, subject.id, version, fields);
  const isPublic = subject.status === "PUBLISHED";
  if (isPublic && kind === "AUTOSAVE") return autosaveBesidePublished(viewer, subject, fields);
  const tagsBefore = isPublic ? await tagsTouchedByPost(subject.id) : [];

  const saved = await db
    .$transaction(async (tx) => {
      const stored = await tx.post.findUniqueOrThrow({
        where: { id: subject.id },
        select: {
          title: true,
          standfirst: true,
          body: true,
          slug: true,
          publishedAt: true,
          bylines: { select: { contributorId: true, jobTitle: true, organisation: true } },
        },
      });
      const refs = await resolveReferences(tx, { id: subject.id, ...stored }, fields);
      const columns = postColumnsOf(fields);
      const slug = await chooseSlug(tx, { id: subject.id, ...stored }, fields.slug, fields.title);
      const rendered = renderPostBody(fields.body, {
        slug,
        hashtag: fields.hashtag,
        trustedAuthor: refs.trustedAuthor,
        siteUrl: env().SITE_URL,
      });
      const textChanged =
        columns.title !== stored.title || columns.standfirst !== stored.standfirst || columns.body !== stored.body;

      const { count } = await tx.post.updateMany({
        where: { id: subject.id, version },
        data: {
          ...columns,
          slug,
          ...renderedColumns(rendered),
          ...(stored.publishedAt && textChanged ? { contentUpdatedAt: new Date() } : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0) return null;

      await tx.byline.deleteMany({ where: { postId: subject.id } });
      await tx.byline.createMany({ data: refs.bylines.map((b) => ({ ...b, postId: subject.id })) });
      await tx.postTag.deleteMany({ where: { postId: subject.id } });
      await tx.postTag.createMany({ data: refs.tagIds.map((tagId) => ({ tagId, postId: subject.id })) });
      await tx.postMedia.deleteMany({ where: { postId: subject.id } });
      await tx.postMedia.createMany({ data: refs.mediaIds.map((mediaId) => ({ mediaId, postId: subject.id })) });
      if (slug !== stored.slug) await moveSlug(tx, subject.id, stored, slug);

      const after = await tx.post.findUniqueOrThrow({
        where: { id: subject.id },
        select: { version: true, updatedAt: true, slug: true },
      });
      await keepRevision(tx, viewer, subject.id, after.version, fields, kind);
      if (audit) await recordAudit(tx, { ...audit, actorId: viewer.id, subjectType: "post", subjectId: subject.id });
      return after;
    })
    .catch(uniqueClashAsFieldError);

  if (!saved) return refuseStale(viewer, subject.id, version, fields);
  return {
    result: {
      version: saved.version,
      savedAt: saved.updatedAt.toISOString(),
      slug: saved.slug,
      // resolveReferences refused any byline it could not write, so the fields are what was stored.
      missingForPublish: missingMessages(publishableOf(fields)),
    },
    tags: isPublic ? [...tagsBefore, ...(await tagsTouchedByPost(subject.id))] : [],
  };
}

/**
 * Readers must not see half-typed text: an autosave of a published post is
 * kept only as the writer's AUTOSAVE revision, and the live post changes on a
 * deliberate save. The version stays, so that save is not refused as stale.
 */
async function autosaveBesidePublished(
  viewer: Viewer,
  subject: AuthorizedPost,
  fields: PostFields,
): Promise<Written<SaveResult>> {
  const kept = await db.$transaction(async (tx) => {
    const post = await tx.post.findFirst({
      where: { id: subject.id, version: subject.version },
      select: { slug: true },
    });
    if (!post) return null;
    await keepRevision(tx, viewer, subject.id, subject.version, fields, "AUTOSAVE");
    return post;
  });
  if (!kept) return refuseStale(viewer, subject.id, subject.version, fields);
  return {
    result: {
      version: subject.version,
      savedAt: new Date().toISOString(),
      slug: kept.slug,
      missingForPublish: missingMessages(publishableOf(fields)),
    },
    tags: [],
  };
}

/**
 * The slug to store. A slug the editor made follows the title until the post
 * is first published; one the writer typed is kept, and refused if another
 * post holds it. An emptied slug field asks for one made from the title.
 */
async function chooseSlug(
  tx: Tx,
  stored: { id: string; slug: string; title: string; publishedAt: Date | null },
  wanted: string,
  title: string,
): Promise<string> {
  const follows =
    stored.publishedAt === null &&
    (wanted === "" || (wanted === stored.slug && slugFollowsTitle(stored.slug, stored.title)));
  if (follows) return title ? freeSlug(title, stored.id, tx) : stored.slug;
  if (wanted === "") return freeSlug(title || stored.title, stored.id, tx);
  if (wanted !== stored.slug && (await isSlugTaken(wanted, stored.id, tx))) {
    const suggestion = await freeSlug(wanted, stored.id, tx);
    throw new ValidationError("That web address is taken.", {
      "fields.slug": [`Another post uses this address. “${suggestion}” is free.`],
    });
  }
  return wanted;
}

/** A post that has been public keeps answering at its old address. */
async function moveSlug(
  tx: Tx,
  postId: string,
  stored: { slug: string; publishedAt: Date | null },
  slug: string,
): Promise<void> {
  await tx.slugRedirect.deleteMany({ where: { oldSlug: slug, postId } });
  if (stored.publishedAt === null) return;
  await tx.slugRedirect.upsert({
    where: { oldSlug: stored.slug },
    create: { oldSlug: stored.slug, postId },
    update: { postId },
  });
}

/** Manual saves and restores add a revision; autosaves refresh the writer's latest one for ten minutes. */
async function keepRevision(
  tx: Tx,
  viewer: Viewer,
  postId: string,
  version: number,
  fields: PostFields,
  kind: SaveKind,
): Promise<void> {
  const snapshot = { version, ...revisionSnapshotOf(fields) };
  if (kind === "AUTOSAVE") {
    const recent = await tx.revision.findFirst({
      where: { postId, authorId: viewer.id, kind: "AUTOSAVE" },
      orderBy: { createdAt: "desc" },
      select: { id: true, createdAt: true },
    });
    if (recent && Date.now() - recent.createdAt.getTime() < AUTOSAVE_WINDOW_MS) {
      await tx.revision.update({ where: { id: recent.id }, data: snapshot });
      return;
    }
  }
  await tx.revision.create({ data: { ...snapshot, postId, authorId: viewer.id, kind } });
}

/** Keeps the refused text as a CONFLICT revision, then refuses with what is stored now. */
async function refuseStale(viewer: Viewer, postId: string, basedOn: number, fields: PostFields): Promise<never> {
  await db.revision.create({
    data: {
      postId,
      authorId: viewer.id,
      kind: "CONFLICT",
      version: basedOn,
      ...revisionSnapshotOf(fields),
    },
  });
  const current = await getEditablePost(viewer, postId);
  throw new Conflict<EditablePost | null>(
    "Someone else saved this post after you opened it. Your version is kept in the revision history; compare it with theirs before saving again.",
    current,
  );
}

/** Two saves racing for one slug or series part: the loser gets a field message rather than a server error. */
function uniqueClashAsFieldError(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = JSON.stringify(error.meta ?? {});
    const field = target.includes("seriesPosition") ? "fields.seriesPosition" : "fields.slug";
    throw new ValidationError("Some fields need attention.", {
      [field]: ["Another post took this at the same moment. Please choose another."],
    });
  }
  throw error;
}
