import "server-only";
import { randomBytes } from "node:crypto";
import { authorize, type Viewer } from "../../auth/permissions";
import { actorOf, recordAudit } from "../../audit/data/record";
import type { Written } from "../../cache-tags";
import { db, Prisma } from "../../db";
import { NotFound, ValidationError } from "../../errors";
import { tagsTouchedByPost } from "../../posts/data/touched-tags";
import { getSiteSettings } from "../../settings/data/queries";
import { mediaRowSelect, toMediaDTO, type MediaDTO } from "../dto";
import { sizeProblem } from "../messages";
import { prepareDocument, prepareImage } from "../prepare-upload";
import { refuseUpload } from "../process";
import { getMediaUsage } from "./queries";
import type { MediaDetailsInput } from "../schema";
import { sniffImageType } from "../sniff";
import { mediaStorage } from "../storage";

export interface UploadedFile {
  name: string;
  bytes: Buffer;
  /** What the browser claimed; recorded in the audit log, never trusted. */
  declaredType: string;
}

// The id is made here rather than by the database because it names the
// storage prefix, and the files are written before the row that points at them.
function newMediaId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const random = [...randomBytes(20)].map((b) => alphabet[b % alphabet.length]).join("");
  return `m${Date.now().toString(36)}${random}`;
}

/** The file's own name, without any folder a browser sent along, trimmed to something displayable. */
function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return (
    base
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .trim()
      .slice(0, 255) || "file"
  );
}

/** Stores an image (re-encoded, with variants) or a document (as uploaded), whichever its bytes show it to be. */
export async function uploadMedia(
  viewer: Viewer,
  file: UploadedFile,
  details: MediaDetailsInput = { alt: "", caption: "", credit: "" },
): Promise<MediaDTO> {
  authorize(viewer, "media:upload");
  const { maxUploadMegabytes } = await getSiteSettings();
  const problem = sizeProblem(file.bytes.length, maxUploadMegabytes);
  if (problem) throw refuseUpload(problem);

  const id = newMediaId();
  const originalName = displayName(file.name);
  const imageType = sniffImageType(file.bytes);
  const upload = imageType
    ? await prepareImage(id, file.bytes, imageType)
    : prepareDocument(id, originalName, file.bytes);
  const storage = mediaStorage();

  try {
    for (const f of upload.files) await storage.put(f.key, f.buffer, f.contentType);
    const row = await db.$transaction(async (tx) => {
      const created = await tx.media.create({
        data: {
          id,
          storageKey: id,
          kind: upload.kind,
          originalName,
          mimeType: upload.mimeType,
          width: upload.width,
          height: upload.height,
          bytes: upload.bytes,
          ...details,
          variants: upload.variants,
          uploadedById: viewer.id,
        },
        select: mediaRowSelect,
      });
      await recordAudit(tx, {
        ...actorOf(viewer),
        action: "media.upload",
        subjectType: "media",
        subjectId: id,
        data: {
          originalName: created.originalName,
          declaredType: file.declaredType.slice(0, 100),
          detectedType: upload.mimeType,
          uploadedBytes: file.bytes.length,
        },
      });
      return created;
    });
    return toMediaDTO(row);
  } catch (error) {
    // Left-over files of a failed upload are harmless; the caller needs the first failure, not the cleanup's.
    await storage.delete(id).catch(() => {});
    throw error;
  }
}

async function loadForChange(id: string) {
  const media = await db.media.findUnique({
    where: { id },
    select: { id: true, kind: true, uploadedById: true, originalName: true, storageKey: true },
  });
  if (!media) throw new NotFound("That file is no longer in the media library.");
  return media;
}

/**
 * Changes the words stored with an image. Returns the cache tags of the
 * published pages that show it as a hero, for the caller to invalidate.
 */
export async function updateMediaDetails(
  viewer: Viewer,
  id: string,
  details: MediaDetailsInput,
): Promise<Written<MediaDTO>> {
  const media = await loadForChange(id);
  authorize(viewer, "media:update", { uploadedById: media.uploadedById });
  const row = await db.media.update({ where: { id }, data: details, select: mediaRowSelect });
  const users = await getMediaUsage(id);
  const tags = (await Promise.all(users.map((post) => tagsTouchedByPost(post.id)))).flat();
  return { result: toMediaDTO(row), tags: [...new Set(tags)] };
}

function inUse(kind: "IMAGE" | "DOCUMENT", posts: { title: string }[]): ValidationError {
  const titles = posts.map((p) => p.title || "(untitled)");
  const list = titles.map((t) => `“${t}”`).join(", ");
  const message = `This ${kind === "IMAGE" ? "image" : "document"} is used by ${titles.length === 1 ? "a post" : `${titles.length} posts`}: ${list}. Remove it from ${titles.length === 1 ? "that post" : "those posts"} before deleting it.`;
  return new ValidationError(message, { usedBy: titles });
}

/** Deletes an image or document and its files; refused while any post uses it. */
export async function deleteMedia(viewer: Viewer, id: string): Promise<void> {
  const media = await loadForChange(id);
  authorize(viewer, "media:delete", { uploadedById: media.uploadedById });
  const users = await getMediaUsage(id);
  if (users.length > 0) throw inUse(media.kind, users);
  try {
    await db.$transaction(async (tx) => {
      await tx.media.delete({ where: { id } });
      await recordAudit(tx, {
        ...actorOf(viewer),
        action: "media.delete",
        subjectType: "media",
        subjectId: id,
        data: { originalName: media.originalName },
      });
    });
  } catch (error) {
    // A post took the image up between the check and the delete: the foreign keys refuse it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003")
      throw inUse(media.kind, await getMediaUsage(id));
    throw error;
  }
  await mediaStorage().delete(media.storageKey);
}
