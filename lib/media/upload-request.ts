import "server-only";
import { authorize, type Viewer } from "../auth/permissions";
import { getSiteSettings } from "../settings/data/queries";
import type { MediaDTO } from "./dto";
import { BYTES_PER_MEGABYTE, uploadMessages } from "./messages";
import { type UploadedFile, uploadMedia } from "./data/mutations";
import { refuseUpload } from "./process";
import { mediaDetailsSchema, type MediaDetailsInput } from "./schema";

// Room for the multipart boundaries, headers and the optional text fields.
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * Reads a multipart upload (field `file`, optional alt/caption/credit)
 * without ever holding more than the limit allows: a Content-Length over it
 * is refused before reading, and a body without one (or lying about it) is
 * cut off as soon as it grows past it.
 */
export async function parseUploadRequest(
  request: Request,
  maxMegabytes: number,
): Promise<{ file: UploadedFile; details: MediaDetailsInput }> {
  const limit = maxMegabytes * BYTES_PER_MEGABYTE + FORM_OVERHEAD_BYTES;
  const tooLarge = () => refuseUpload(uploadMessages.tooLarge(maxMegabytes));
  if (Number(request.headers.get("content-length")) > limit) throw tooLarge();
  if (!request.body) throw refuseUpload(uploadMessages.noFile);

  let received = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  const form = await new Response(counted, { headers: { "content-type": request.headers.get("content-type") ?? "" } })
    .formData()
    .catch(() => {
      throw received > limit ? tooLarge() : refuseUpload(uploadMessages.noFile);
    });

  const file = form.get("file");
  if (!(file instanceof File)) throw refuseUpload(uploadMessages.noFile);
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const details = mediaDetailsSchema.parse({ alt: text("alt"), caption: text("caption"), credit: text("credit") });
  return { file: { name: file.name, bytes: Buffer.from(await file.arrayBuffer()), declaredType: file.type }, details };
}

/**
 * An upload request, start to finish, for the editor's upload route and the
 * Admin API alike: who may upload is settled before a byte of the body is read.
 */
export async function uploadFromRequest(viewer: Viewer | null, request: Request): Promise<MediaDTO> {
  const uploader = authorize(viewer, "media:upload");
  const { maxUploadMegabytes } = await getSiteSettings();
  const { file, details } = await parseUploadRequest(request, maxUploadMegabytes);
  return uploadMedia(uploader, file, details);
}
