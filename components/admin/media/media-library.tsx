"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { MediaPage } from "@/lib/media/dto";
import { MediaCard } from "./media-card";
import { UploadZone } from "./upload-zone";
import "./media.css";

/** The library page's interactive part: the upload zone above the grid, which reloads as images arrive or go. */
export function MediaLibrary({
  page,
  maxUploadMegabytes,
  timeZone,
}: {
  page: MediaPage;
  maxUploadMegabytes: number;
  timeZone: string;
}) {
  const router = useRouter();
  const [, startRefresh] = useTransition();
  const refresh = () => startRefresh(() => router.refresh());

  return (
    <>
      <UploadZone maxUploadMegabytes={maxUploadMegabytes} onUploaded={refresh} />
      {page.items.length > 0 ? (
        <ul className="media-grid" aria-label="Images and documents">
          {page.items.map((item) => (
            <MediaCard key={item.id} item={item} timeZone={timeZone} onChanged={refresh} />
          ))}
        </ul>
      ) : page.q ? (
        <p className="media-empty">
          Nothing matches “{page.q}”. Try other words, or <Link href="/admin/media">show everything</Link>.
        </p>
      ) : page.page > 1 ? (
        <p className="media-empty">
          There is nothing on this page. <Link href="/admin/media">Go to the first page</Link>.
        </p>
      ) : (
        <div className="media-empty">
          <p>
            <strong>Nothing in the library yet.</strong>
          </p>
          <p>
            Drop photos or documents on the box above or choose them from your computer. Each is checked; photos are
            stripped of location and camera details and made in sizes for phones and large screens. Add alt text so
            everyone can follow the story.
          </p>
        </div>
      )}
    </>
  );
}
