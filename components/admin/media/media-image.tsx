import type { MediaDTO } from "@/lib/media/dto";

/** A library image at thumbnail size: the browser picks the smallest WebP variant that fills the tile. */
export function MediaThumbnail({ media, alt = "" }: { media: MediaDTO; alt?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the library serves its own variants; next/image's optimizer is not used
    <img
      className="media-thumb"
      src={media.url}
      srcSet={media.srcset || undefined}
      sizes={media.srcset ? "(max-width: 40rem) 50vw, 15rem" : undefined}
      width={media.width}
      height={media.height}
      alt={alt}
      loading="lazy"
      decoding="async"
    />
  );
}

/** A document in the grid: its type in large letters where an image would show. */
export function DocumentTile({ media }: { media: MediaDTO }) {
  return (
    <span className="media-doc-tile" aria-hidden="true">
      {media.typeLabel}
    </span>
  );
}
