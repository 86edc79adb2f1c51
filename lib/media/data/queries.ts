import "server-only";
import { authorize, can, type Viewer } from "../../auth/permissions";
import { db, type Prisma } from "../../db";
import { mediaRowSelect, toMediaDTO, type MediaPage } from "../dto";
import { MEDIA_PAGE_SIZE, type ListMediaInput } from "../schema";

/**
 * One page of the library, newest first, optionally narrowed to images and by
 * words in the alt text, caption or file name.
 */
export async function listMedia(viewer: Viewer, { q, page, kind }: ListMediaInput): Promise<MediaPage> {
  authorize(viewer, "media:read");
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  const where: Prisma.MediaWhereInput = {
    ...(kind === "image" && { kind: "IMAGE" }),
    AND: words.map((word) => ({
      OR: (["alt", "caption", "originalName"] as const).map((field) => ({
        [field]: { contains: word, mode: "insensitive" },
      })),
    })),
  };
  const rows = await db.media.findMany({
    where,
    // createdAt is indexed (descending); id breaks ties so pages never overlap.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * MEDIA_PAGE_SIZE,
    take: MEDIA_PAGE_SIZE + 1,
    select: { ...mediaRowSelect, uploadedById: true },
  });
  return {
    q,
    page,
    hasNext: rows.length > MEDIA_PAGE_SIZE,
    items: rows.slice(0, MEDIA_PAGE_SIZE).map((row) => ({
      ...toMediaDTO(row),
      canUpdate: can(viewer, "media:update", { uploadedById: row.uploadedById }),
      canDelete: can(viewer, "media:delete", { uploadedById: row.uploadedById }),
    })),
  };
}

export interface MediaUsage {
  id: string;
  title: string;
  status: string;
}

/**
 * The posts that use this image, as their hero or in their body, oldest
 * first. For callers that have already authorized acting on the image.
 */
export async function getMediaUsage(mediaId: string): Promise<MediaUsage[]> {
  return db.post.findMany({
    where: { OR: [{ heroMediaId: mediaId }, { media: { some: { mediaId } } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, status: true },
  });
}
