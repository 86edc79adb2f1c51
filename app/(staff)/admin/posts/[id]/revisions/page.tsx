import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreRevisionButton } from "@/components/admin/revisions/restore-revision-button";
import { RevisionDiffView } from "@/components/admin/revisions/revision-diff-view";
import { NotesHistory } from "@/components/admin/revisions/notes-history";
import { RevisionList } from "@/components/admin/revisions/revision-list";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminPage } from "@/lib/auth/page-viewer";
import { formatInZone } from "@/lib/i18n/zoned-time";
import { listEditorialNotes } from "@/lib/editorial-notes/data/notes";
import { NotFound } from "@/lib/errors";
import { getEditablePost } from "@/lib/posts/data/editable";
import { getRevisionPair, listRevisions } from "@/lib/posts/data/revisions";
import { getSiteSettingsCached } from "@/lib/settings/cached";

export const instant = false;
export const metadata: Metadata = { title: "Revisions" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RevisionsPage({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const { viewer, forbidden } = await adminPage(
    "/admin/posts/[id]/revisions",
    `/admin/posts/${encodeURIComponent(id)}/revisions`,
  );
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const post = await getEditablePost(viewer, id);
  if (!post) notFound();
  const [revisions, notes, settings] = await Promise.all([
    listRevisions(viewer, id),
    listEditorialNotes(viewer, id),
    getSiteSettingsCached(),
  ]);
  const requested = typeof search.revision === "string" ? search.revision : null;
  const selectedId = requested ?? revisions[0]?.id ?? null;
  const pair = selectedId
    ? await getRevisionPair(viewer, id, selectedId).catch((error: unknown) => {
        if (error instanceof NotFound) return null;
        throw error;
      })
    : null;
  if (requested && !pair) notFound();

  return (
    <>
      <header className="admin-page-header">
        <div>
          <p className="breadcrumbs">
            <Link href="/admin/posts">Posts</Link> › <Link href={`/admin/posts/${id}`}>{post.title || "Untitled"}</Link>
          </p>
          <h1>Revisions</h1>
        </div>
      </header>
      <div className="revisions-layout">
        <nav aria-label="Revisions of this post">
          <RevisionList postId={id} revisions={revisions} selectedId={selectedId} timeZone={settings.timeZone} />
          <NotesHistory threads={notes} timeZone={settings.timeZone} />
        </nav>
        <section aria-labelledby="comparison-title">
          {pair ? (
            <>
              <h2 id="comparison-title">
                {formatInZone(pair.revision.createdAt, settings.timeZone)} by {pair.revision.authorName}, compared with
                now
              </h2>
              {post.permissions.canEdit ? (
                <RestoreRevisionButton postId={id} revisionId={selectedId!} version={post.version} />
              ) : (
                <p className="form-note">
                  This post cannot be changed in its current status, so revisions cannot be restored.
                </p>
              )}
              <RevisionDiffView revision={pair.revision} current={pair.current} />
            </>
          ) : (
            <h2 id="comparison-title">Nothing to compare yet</h2>
          )}
        </section>
      </div>
    </>
  );
}
