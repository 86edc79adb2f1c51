"use client";

import { useEffect, useId, useRef, useState } from "react";
import { listMediaAction } from "@/lib/media/actions";
import type { MediaDTO, MediaPage } from "@/lib/media/dto";
import { formatBytes } from "@/lib/media/file-types";
import { DocumentTile, MediaThumbnail } from "./media-image";
import { UploadZone } from "./upload-zone";
import "./media.css";

type Loaded = MediaPage & { maxUploadMegabytes: number };

/**
 * A modal dialog to choose an image (or, where documents fit, any file) from
 * the library, or upload one and choose it. The native <dialog> keeps focus
 * inside and closes on Escape.
 */
export function MediaPicker({
  open,
  onClose,
  onSelect,
  imagesOnly = false,
}: {
  open: boolean;
  onClose: () => void;
  onSelect: (media: MediaDTO) => void;
  imagesOnly?: boolean;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const searchId = useId();
  const [typed, setTyped] = useState("");
  const [request, setRequest] = useState({ q: "", page: 1, attempt: 0 });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let current = true;
    listMediaAction({ q: request.q, page: request.page, ...(imagesOnly && { kind: "image" as const }) }).then(
      (result) => {
        if (!current) return;
        setLoading(false);
        if (result.ok) {
          setLoaded(result.data);
          setFailure(null);
        } else {
          setFailure(result.error.message);
        }
      },
    );
    return () => {
      current = false;
    };
  }, [open, request, imagesOnly]);

  function show(next: { q: string; page: number }) {
    setLoading(true);
    setRequest((previous) => ({ ...next, attempt: previous.attempt + 1 }));
  }

  return (
    <dialog ref={dialogRef} className="media-picker" aria-labelledby={titleId} onClose={onClose}>
      <div className="media-picker-header">
        <h2 id={titleId}>{imagesOnly ? "Choose an image" : "Choose an image or document"}</h2>
        <button type="button" className="media-button is-quiet" onClick={onClose}>
          Close<span className="visually-hidden"> the {imagesOnly ? "image" : "media"} picker</span>
        </button>
      </div>

      <form
        className="media-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          show({ q: typed.trim(), page: 1 });
        }}
      >
        <label htmlFor={searchId}>Search by alt text, caption or file name</label>
        <input id={searchId} type="search" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />
        <button type="submit" className="media-button">
          Search
        </button>
      </form>

      <UploadZone
        maxUploadMegabytes={loaded?.maxUploadMegabytes ?? 10}
        onUploaded={() => {
          setTyped("");
          show({ q: "", page: 1 });
        }}
      />

      <div aria-live="polite" aria-busy={loading}>
        {failure && (
          <p className="media-error" role="alert">
            {failure}
          </p>
        )}
        {!loaded && !failure && <p className="media-hint">Loading the library…</p>}
        {loaded && loaded.items.length === 0 && (
          <p className="media-empty">
            {loaded.q
              ? `Nothing matches “${loaded.q}”.`
              : `The library has no ${imagesOnly ? "images" : "files"} yet. Upload one above, then choose it here.`}
          </p>
        )}
        {loaded && loaded.items.length > 0 && (
          <ul className="media-grid is-picker" aria-label={imagesOnly ? "Images" : "Images and documents"}>
            {loaded.items.map((item) => (
              <li key={item.id}>
                <button type="button" className="media-pick" onClick={() => onSelect(item)}>
                  {item.kind === "image" ? <MediaThumbnail media={item} /> : <DocumentTile media={item} />}
                  <span className="media-card-name">{item.originalName}</span>
                  {item.kind === "image" ? (
                    <span className={item.alt ? "media-hint" : "media-missing-alt"}>
                      {item.alt || "No alt text yet"}
                    </span>
                  ) : (
                    <span className="media-hint">
                      {item.typeLabel}, {formatBytes(item.bytes)}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      {loaded && (loaded.page > 1 || loaded.hasNext) && (
        <nav className="media-pager" aria-label="Pages of the library">
          <button
            type="button"
            className="media-button is-quiet"
            disabled={loaded.page === 1 || loading}
            onClick={() => show({ q: loaded.q, page: loaded.page - 1 })}
          >
            ← Newer
          </button>
          <span>Page {loaded.page}</span>
          <button
            type="button"
            className="media-button is-quiet"
            disabled={!loaded.hasNext || loading}
            onClick={() => show({ q: loaded.q, page: loaded.page + 1 })}
          >
            Older →
          </button>
        </nav>
      )}
    </dialog>
  );
}
