import type { Metadata } from "next";
import Link from "next/link";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { TagTable } from "@/components/admin/taxonomy/tag-table";
import { tagFields } from "@/components/admin/taxonomy/taxonomy-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageLinks } from "@/components/ui/page-links";
import { adminPage } from "@/lib/auth/page-viewer";
import { createTagAction } from "@/lib/taxonomy/actions";
import { listTagsForAdmin } from "@/lib/taxonomy/data/admin-queries";
import { tagListSchema } from "@/lib/taxonomy/schema";
import "../manage.css";

export const instant = false;
export const metadata: Metadata = { title: "Tags" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function tagsHref(q: string, page: number): string {
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/tags?${text}` : "/admin/tags";
}

export default async function TagsPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = tagListSchema.parse({ q: params.q, page: params.page });
  const { viewer, forbidden } = await adminPage("/admin/tags", tagsHref(query.q, query.page));
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const tags = await listTagsForAdmin(viewer, query);
  return (
    <div className="manage-page">
      <header className="admin-page-header">
        <h1>Tags</h1>
      </header>
      <p className="manage-intro">
        Writers add tags in the post editor. Here you can tidy them: rename, merge duplicates, remove unused ones.
      </p>
      <form className="manage-search" method="get" action="/admin/tags" role="search" aria-label="Search tags">
        <div className="field">
          <label htmlFor="tag-search">Name or slug contains</label>
          <input id="tag-search" name="q" type="search" defaultValue={query.q} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {tags.items.length === 0 ? (
        <p className="empty-state">
          {query.q ? (
            <>
              No tags match “{query.q}”. <Link href="/admin/tags">Show all tags</Link>.
            </>
          ) : query.page > 1 ? (
            <>
              There are no more tags. <Link href="/admin/tags">Back to the first page</Link>.
            </>
          ) : (
            "No tags yet. Add one below, or let writers add them from the post editor."
          )}
        </p>
      ) : (
        <>
          <TagTable tags={tags.items} />
          <PageLinks label="Pages of tags" page={tags.page} hasNext={tags.hasNext} href={(n) => tagsHref(query.q, n)} />
        </>
      )}
      <section className="manage-create" aria-labelledby="add-tag">
        <h2 id="add-tag">Add a tag</h2>
        <ActionForm
          action={createTagAction}
          fields={tagFields()}
          submitLabel="Add tag"
          successMessage="Tag added."
          resetOnSuccess
        />
      </section>
    </div>
  );
}
