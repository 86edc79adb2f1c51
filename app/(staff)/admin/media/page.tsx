import type { Metadata } from "next";
import Link from "next/link";
import { MediaLibrary } from "@/components/admin/media/media-library";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminPage } from "@/lib/auth/page-viewer";
import { listMedia } from "@/lib/media/data/queries";
import { listMediaSchema } from "@/lib/media/schema";
import { getSiteSettings } from "@/lib/settings/data/queries";
import "./media.css";

export const instant = false;
export const metadata: Metadata = { title: "Media library" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  const { viewer, forbidden } = await adminPage("/admin/media");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const query = listMediaSchema.parse(await searchParams);
  const [page, settings] = await Promise.all([listMedia(viewer, query), getSiteSettings()]);
  const href = (n: number) => {
    const params = new URLSearchParams({
      ...(query.q && { q: query.q }),
      ...(n > 1 && { page: String(n) }),
    }).toString();
    return params ? `/admin/media?${params}` : "/admin/media";
  };

  return (
    <div className="media-page">
      <header className="media-page-header">
        <h1>Media library</h1>
        <form className="media-search" role="search" action="/admin/media">
          <label htmlFor="media-search-q">Search by alt text, caption or file name</label>
          <input id="media-search-q" name="q" type="search" defaultValue={query.q} />
          <button type="submit" className="media-button">
            Search
          </button>
        </form>
      </header>
      {/* Dates in the site's time zone, so the server's and the browser's renderings agree. */}
      <MediaLibrary page={page} maxUploadMegabytes={settings.maxUploadMegabytes} timeZone={settings.timeZone} />
      {(page.page > 1 || page.hasNext) && (
        <nav className="media-pager" aria-label="Pages of the library">
          {page.page > 1 ? (
            <Link href={href(page.page - 1)} rel="prev">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span aria-current="page">Page {page.page}</span>
          {page.hasNext ? (
            <Link href={href(page.page + 1)} rel="next">
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
