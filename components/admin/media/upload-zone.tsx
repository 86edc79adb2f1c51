"use client";

import { useId, useRef, useState } from "react";
import type { MediaDTO } from "@/lib/media/dto";
import { sizeProblem } from "@/lib/media/messages";
import { uploadFile } from "./upload-file";
import "./media.css";

interface Upload {
  key: string;
  name: string;
  progress: number;
  status: "waiting" | "uploading" | "done" | "failed";
  /** Images are resized after the upload; documents are only checked. */
  image: boolean;
  message?: string;
}

// Only what the file chooser offers; the server decides from the bytes.
const ACCEPT = [
  "image/jpeg,image/png,image/webp,image/gif,image/avif,.jpg,.jpeg,.png,.webp,.gif,.avif",
  "application/pdf,.pdf,.docx,.xlsx,text/csv,.csv",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
].join(",");

/** Choose or drop images and documents; each is uploaded in turn with its own progress bar and, if refused, the reason. */
export function UploadZone({
  maxUploadMegabytes,
  onUploaded,
}: {
  maxUploadMegabytes: number;
  onUploaded: (media: MediaDTO) => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const counter = useRef(0);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const hintId = useId();

  const update = (key: string, change: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  function add(files: File[]) {
    const batch = files.map((file) => ({ file, key: `upload-${(counter.current += 1)}` }));
    setUploads((list) => [
      ...batch.map(({ file, key }) => ({
        key,
        name: file.name,
        progress: 0,
        status: "waiting" as const,
        image: file.type.startsWith("image/"),
      })),
      ...list,
    ]);
    for (const { file, key } of batch) {
      // One at a time: the server resizes every image, and a queue keeps the progress bars honest.
      queue.current = queue.current.then(async () => {
        const tooBig = sizeProblem(file.size, maxUploadMegabytes);
        if (tooBig) return update(key, { status: "failed", message: tooBig });
        update(key, { status: "uploading" });
        const outcome = await uploadFile(file, (progress) => update(key, { progress }));
        if (outcome.ok) {
          update(key, { status: "done", progress: 1 });
          onUploaded(outcome.media);
        } else {
          update(key, { status: "failed", message: outcome.message });
        }
      });
    }
  }

  return (
    <div className="media-upload">
      <div
        className={`media-dropzone${dragging ? " is-dragging" : ""}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          add([...e.dataTransfer.files]);
        }}
      >
        <p>Drop images or documents here, or</p>
        <button
          type="button"
          className="media-button"
          aria-describedby={hintId}
          onClick={() => inputRef.current?.click()}
        >
          Choose files…
        </button>
        <p id={hintId} className="media-hint">
          Images (JPEG, PNG, WebP, GIF, AVIF) or documents (PDF, DOCX, XLSX, CSV), up to {maxUploadMegabytes} MB each.
          Location and camera details are removed from images; documents with macros are refused.
        </p>
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          multiple
          hidden
          onChange={(e) => {
            add([...(e.currentTarget.files ?? [])]);
            e.currentTarget.value = "";
          }}
        />
      </div>
      {uploads.length > 0 && (
        <ul className="media-upload-list" aria-live="polite" aria-label="Uploads">
          {uploads.map((u) => (
            <li key={u.key} className={`is-${u.status}`}>
              <span className="media-upload-name">{u.name}</span>
              {u.status === "waiting" && <span className="media-hint">Waiting…</span>}
              {u.status === "uploading" && (
                <>
                  <progress max={1} value={u.progress} aria-label={`Uploading ${u.name}`} />
                  {u.progress >= 1 && <span className="media-hint">{u.image ? "Making sizes…" : "Checking…"}</span>}
                </>
              )}
              {u.status === "done" && <span className="media-upload-done">Uploaded</span>}
              {u.status === "failed" && (
                <span className="media-upload-error" role="alert">
                  {u.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
