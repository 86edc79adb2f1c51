import "server-only";
import { actorOf, recordAudit, type AuditEntry } from "../../audit/data/record";
import type { Viewer } from "../../auth/permissions";
import { db, Prisma } from "../../db";
import { Conflict, ValidationError } from "../../errors";
import { type AuthorizedPost, requireEditable, type Tx } from "./access";
import type { EditablePost, SaveResult } from "../dto";
import { getEditablePost } from "./editable";
import type { PostFields } from "../editor-schema";
import type { BodyContext } from "../render-body";
import { postColumnsOf, revisionSnapshotOf } from "./post-fields";
import { resolveReferences } from "./post-references";
import { fieldsForKind } from "../kind-fields";
import { missingMessages, publishableOf } from "../publish-requirements";
import { confirmContext, plannedContext, type RenderedBody, renderBody, RenderContextMoved } from "./body-render";
import { chooseSlug, moveSlug } from "./save-slug";
import { tagsTouchedByPost } from "./touched-tags";
import { emitWebhookEvent } from "../../webhooks/data/emit";
import { publishedPostData } from "../../webhooks/data/event-data";
import type { Written } from "../../cache-tags";

// Saving the editor's fields: one transaction that checks the version the
// writer started from (optimistic locking), stores the Markdown rendered just
// before (body-render.ts) and rewrites bylines, tags, media uses, the chosen
// "Read more" articles and a revision. A stale save is refused with what is
// stored now, and the refused text is kept as a revision; so is a body too
// complex to render in time.

// Renders again when the transaction decided another slug or byline trust;
// a third miss means saves are racing, and the writer is asked to save again.
const RENDER_ATTEMPTS = 3;

export const AUTOSAVE_WINDOW_MS = 10 * 60 * 1000;

type SaveKind = "MANUAL" | "AUTOSAVE" | "RESTORE";

export async function savePost(
  viewer: Viewer,
  input: { postId: string; version: number; autosave: boolean; fields: PostFields },
): Promise<Written<SaveResult>> {
  const subject = await requireEditable(viewer, input.postId);
  // A person's saves are kept as revisions under their name; a save through an
  // Admin API token, which nobody watched happen, is also in the audit log.
  const audit = viewer.apiToken && !input.autosave ? { action: "post.update" as const } : undefined;
  return writeFields(viewer, subject, input.version, input.fields, input.autosave ? "AUTOSAVE" : "MANUAL", audit);
}

/** Writes the fields over a post already authorized for this viewer (requireEditable). */
export async function writeFields(
  viewer: Viewer,
  subject: AuthorizedPost,
  version: number,
  fields: PostFields,
  kind: SaveKind,
  audit?: Omit<AuditEntry, "actorId" | "viaApiTokenId" | "subjectType" | "subjectId">,
): Promise<Written<SaveResult>> {
  fields = fieldsForKind(subject.kind, fields);
  if (subject.version !== version) return refuseStale(viewer, subject.id, version, fields);
  const isPublic = subject.status === "PUBLISHED";
  if (isPublic && kind === "AUTOSAVE") return autosaveBesidePublished(viewer, subject, fields);
  const tagsBefore = isPublic ? await tagsTouchedByPost(subject.id) : [];

  let body = await renderKeepingText(viewer, subject, fields, await plannedContext(subject.id, fields));
  let saved: Awaited<ReturnType<typeof storeFields>> = null;
  for (let attempt = 1; ; attempt++) {
    try {
      saved = await storeFields(viewer, subject.id, version, fields, body, kind, audit);
      break;
    } catch (error) {
      if (!(error instanceof RenderContextMoved)) throw error;
      if (attempt === RENDER_ATTEMPTS) throw new ValidationError("The post changed while saving; save again.");
      body = await renderKeepingText(viewer, subject, fields, error.context);
    }
  }

  if (!saved) return refuseStale(viewer, subject.id, version, fields);
  return {
    result: {
      version: saved.version,
      savedAt: saved.updatedAt.toISOString(),
      slug: saved.slug,
      // resolveReferences refused any byline it could not write, so the fields are what was stored.
      missingForPublish: missingMessages(publishableOf(fields, subject.kind)),
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
      missingForPublish: missingMessages(publishableOf(fields, subject.kind)),
    },
    tags: [],
  };
}

/** The save's one transaction; null when another save bumped the version first. */
async function storeFields(
  viewer: Viewer,
  postId: string,
  version: number,
  fields: PostFields,
  body: RenderedBody,
  kind: SaveKind,
  audit?: Omit<AuditEntry, "actorId" | "viaApiTokenId" | "subjectType" | "subjectId">,
) {
  return db
    .$transaction(async (tx) => {
      const stored = await tx.post.findUniqueOrThrow({
        where: { id: postId },
        select: {
          kind: true,
          title: true,
          standfirst: true,
          body: true,
          slug: true,
          publishedAt: true,
          status: true,
          bylines: { select: { contributorId: true, jobTitle: true, organisation: true } },
        },
      });
      const refs = await resolveReferences(tx, { id: postId, ...stored }, fields);
      const columns = postColumnsOf(fields);
      const slug = await chooseSlug(tx, { id: postId, ...stored }, fields.slug, fields.title);
      confirmContext(body, {
        slug,
        hashtag: fields.hashtag,
        trustedAuthor: refs.trustedAuthor,
        siteHandle: body.context.siteHandle,
        writerHandles: refs.writerHandles,
      });
      const textChanged =
        columns.title !== stored.title || columns.standfirst !== stored.standfirst || columns.body !== stored.body;

      const { count } = await tx.post.updateMany({
        where: { id: postId, version },
        data: {
          ...columns,
          slug,
          ...body.columns,
          ...(stored.publishedAt && textChanged ? { contentUpdatedAt: new Date() } : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0) return null;

      await tx.byline.deleteMany({ where: { postId: postId } });
      await tx.byline.createMany({ data: refs.bylines.map((b) => ({ ...b, postId: postId })) });
      await tx.postTag.deleteMany({ where: { postId: postId } });
      await tx.postTag.createMany({ data: refs.tagIds.map((tagId) => ({ tagId, postId: postId })) });
      await tx.postMedia.deleteMany({ where: { postId: postId } });
      await tx.postMedia.createMany({ data: refs.mediaIds.map((mediaId) => ({ mediaId, postId: postId })) });
      await tx.postSection.deleteMany({ where: { postId } });
      await tx.postSection.createMany({
        data: refs.otherSectionIds.map((sectionId, position) => ({ postId, sectionId, position })),
      });
      await tx.relatedPost.deleteMany({ where: { postId } });
      await tx.relatedPost.createMany({
        data: refs.relatedIds.map((relatedId, position) => ({ postId, relatedId, position })),
      });
      if (slug !== stored.slug) await moveSlug(tx, postId, stored, slug);

      const after = await tx.post.findUniqueOrThrow({
        where: { id: postId },
        select: { version: true, updatedAt: true, slug: true },
      });
      await keepRevision(tx, viewer, postId, after.version, fields, kind);
      if (audit) await recordAudit(tx, { ...audit, ...actorOf(viewer), subjectType: "post", subjectId: postId });
      if (stored.status === "PUBLISHED") {
        await emitWebhookEvent(tx, "post.updated", () => publishedPostData(tx, postId));
      }
      return after;
    })
    .catch(uniqueClashAsFieldError);
}

/**
 * Renders the body for this save. A body refused as too complex (or while
 * the renderers are busy) is kept as the writer's autosave revision before
 * the field error goes back, so the text survives a closed tab too.
 */
async function renderKeepingText(
  viewer: Viewer,
  subject: AuthorizedPost,
  fields: PostFields,
  context: BodyContext,
): Promise<RenderedBody> {
  try {
    return await renderBody(fields.body, context);
  } catch (error) {
    if (error instanceof ValidationError) {
      await db.$transaction((tx) => keepRevision(tx, viewer, subject.id, subject.version, fields, "AUTOSAVE"));
    }
    throw error;
  }
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
