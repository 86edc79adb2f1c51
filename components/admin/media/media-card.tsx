"use client";

import { useState, useTransition } from "react";
import { deleteMediaAction } from "@/lib/media/actions";
import type { MediaDTO, MediaLibraryItem } from "@/lib/media/dto";
import { MediaDetailsForm } from "./media-details-form";
import { formatBytes } from "@/lib/media/file-types";
import { DocumentTile, MediaThumbnail } from "./media-image";

/** One image or document in the library grid: what it is, its words, and editing or deleting it where the viewer may. */
export function MediaCard({
  item,
  timeZone,
  onChanged,
}: {
  item: MediaLibraryItem;
  timeZone: string;
  onChanged: () => void;
}) {
  const [media, setMedia] = useState<MediaDTO>(item);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; usedBy: string[] } | null>(null);
  const [deleting, startDelete] = useTransition();
  const titleId = `media-${item.id}-name`;
  const isImage = media.kind === "image";

  function remove() {
    if (!window.confirm(`Delete “${media.originalName}”? This cannot be undone.`)) return;
    startDelete(async () => {
      const result = await deleteMediaAction({ id: media.id });
      if (result.ok) onChanged();
      else setRefusal({ message: result.error.message, usedBy: result.error.fieldErrors.usedBy ?? [] });
    });
  }

  return (
    <li className="media-card" aria-labelledby={titleId}>
      <a
        className="media-card-image"
        href={media.url}
        target="_blank"
        rel="noreferrer"
        aria-label={isImage ? `Open ${media.originalName} at full size` : `Open ${media.originalName}`}
      >
        {isImage ? <MediaThumbnail media={media} /> : <DocumentTile media={media} />}
      </a>
      <div className="media-card-body">
        <p id={titleId} className="media-card-name">
          {media.originalName}
        </p>
        <p className="media-hint">
          {isImage ? `${media.width} × ${media.height}` : media.typeLabel} · {formatBytes(media.bytes)} ·{" "}
          {new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone }).format(new Date(media.createdAt))}
        </p>
        {editing ? (
          <MediaDetailsForm
            media={media}
            onCancel={() => setEditing(false)}
            onSaved={(updated) => {
              setMedia(updated);
              setEditing(false);
              setSaved(true);
            }}
          />
        ) : isImage ? (
          <>
            {media.alt ? (
              <p className="media-card-alt">{media.alt}</p>
            ) : (
              <p className="media-missing-alt">No alt text yet</p>
            )}
            {media.caption && <p className="media-card-caption">{media.caption}</p>}
            {media.credit && <p className="media-hint">Credit: {media.credit}</p>}
            {saved && (
              <p className="media-hint" role="status">
                Details saved.
              </p>
            )}
          </>
        ) : null}
        {refusal && (
          <div className="media-error" role="alert">
            {refusal.usedBy.length > 0 ? (
              <>
                <p>
                  This {isImage ? "image" : "document"} can’t be deleted while{" "}
                  {refusal.usedBy.length === 1 ? "a post uses" : `${refusal.usedBy.length} posts use`} it. Remove it
                  from:
                </p>
                <ul>
                  {refusal.usedBy.map((title, i) => (
                    <li key={`${i}-${title}`}>{title}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{refusal.message}</p>
            )}
          </div>
        )}
        {!editing && ((item.canUpdate && isImage) || item.canDelete) && (
          <p className="media-actions">
            {item.canUpdate && isImage && (
              <button
                type="button"
                className="media-button is-quiet"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                Edit details<span className="visually-hidden"> of {media.originalName}</span>
              </button>
            )}
            {item.canDelete && (
              <button type="button" className="media-button is-danger" onClick={remove} disabled={deleting}>
                {deleting ? "Deleting…" : "Delete"}
                <span className="visually-hidden"> {media.originalName}</span>
              </button>
            )}
          </p>
        )}
      </div>
    </li>
  );
}
