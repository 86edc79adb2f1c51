import type { MediaDTO } from "@/lib/media/dto";

export type UploadOutcome = { ok: true; media: MediaDTO } | { ok: false; message: string };

/**
 * Sends one file to POST /api/media. XMLHttpRequest rather than fetch because
 * only it reports upload progress; the server's own message is passed on.
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/media");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as (MediaDTO & { error?: string }) | null;
      if (request.status === 201 && body)
        resolve({ ok: true, media: { ...body, createdAt: new Date(body.createdAt) } });
      else
        resolve({ ok: false, message: body?.error ?? `The upload failed (HTTP ${request.status}). Please try again.` });
    };
    request.onerror = () =>
      resolve({ ok: false, message: "The upload was interrupted. Check your connection and try again." });
    const form = new FormData();
    form.set("file", file);
    request.send(form);
  });
}
