import type { Metadata } from "next";
import Link from "next/link";
import { BulkArchiveForm } from "@/components/admin/posts/bulk-archive-form";
import { NewPostButton } from "@/components/admin/posts/new-post-button";
import { PostsFilters } from "@/components/admin/posts/posts-filters";
import { PostsTable } from "@/components/admin/posts/posts-table";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { getEditorOptions } from "@/lib/posts/data/editor-options";
import { adminPage } from "@/lib/auth/page-viewer";
import { listAdminPosts, parsePostsListParams } from "@/lib/posts/data/admin-list";
import { postsListHref } from "@/lib/posts/admin-list-params";
import { mayAttempt } from "@/lib/auth/permissions";
import { getSiteSettingsCached } from "@/lib/settings/cached";

export const instant = false;
export const metadata: Metadata = { title: "Posts" };

const BULK_FORM = "bulk-archive";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PostsPage({ searchParams }: Props) {
  const query = parsePostsListParams(await searchParams);
  const { viewer, forbidden } = await adminPage("/admin/posts", postsListHref(query));
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const [posts, options, settings] = await Promise.all([
    listAdminPosts(viewer, query),
    getEditorOptions(viewer),
    getSiteSettingsCached(),
  ]);
  const filtered = Boolean(query.q || query.status || query.type || query.section || query.contributor);
  const canArchive = mayAttempt(viewer, "post:archive");
  return (
    <>
      <header className="admin-page-header">
        <h1>Posts</h1>
        {mayAttempt(viewer, "post:create") ? <NewPostButton /> : null}
      </header>
      <PostsFilters query={query} sections={options.sections} contributors={options.contributors} />
      {posts.items.length === 0 ? (
        <p className="empty-state">
          {filtered ? (
            <>
              No posts match these filters. <Link href="/admin/posts">Show all posts</Link>.
            </>
          ) : query.page > 1 ? (
            <>
              There are no more posts. <Link href={postsListHref(query, 1)}>Back to the first page</Link>.
            </>
          ) : (
            "No posts yet. Use “New post” to write the first one."
          )}
        </p>
      ) : (
        <>
          {canArchive ? <BulkArchiveForm formId={BULK_FORM} /> : null}
          <PostsTable rows={posts.items} timeZone={settings.timeZone} bulkFormId={canArchive ? BULK_FORM : null} />
          <nav className="pagination" aria-label="Pages of posts">
            {query.page > 1 ? (
              <Link href={postsListHref(query, query.page - 1)} rel="prev">
                ← Previous
              </Link>
            ) : (
              <span />
            )}
            <span aria-current="page">Page {query.page}</span>
            {posts.hasNext ? (
              <Link href={postsListHref(query, query.page + 1)} rel="next">
                Next →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        </>
      )}
    </>
  );
}
