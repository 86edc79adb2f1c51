import Link from "next/link";
import type { EditorOption } from "@/lib/posts/dto";
import { POST_SORTS, POST_STATUSES, POST_TYPES, type PostsListQuery } from "@/lib/posts/admin-list-params";
import { STATUS_LABELS, TYPE_LABELS } from "./status-badge";

const SORT_LABELS = { updated: "Last changed", published: "Publication date", title: "Title (A–Z)" } as const;

/** A plain GET form: every filtered view has its own URL and works without JavaScript. */
export function PostsFilters({
  query,
  sections,
  contributors,
}: {
  query: PostsListQuery;
  sections: EditorOption[];
  contributors: EditorOption[];
}) {
  return (
    <form className="posts-filters" method="get" action="/admin/posts" role="search" aria-label="Filter posts">
      <div className="field">
        <label htmlFor="filter-q">Title contains</label>
        <input id="filter-q" name="q" type="search" defaultValue={query.q} />
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          {POST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-type">Type</label>
        <select id="filter-type" name="type" defaultValue={query.type ?? ""}>
          <option value="">Any type</option>
          {POST_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-section">Section</label>
        <select id="filter-section" name="section" defaultValue={query.section ?? ""}>
          <option value="">Any section</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-contributor">Contributor</label>
        <select id="filter-contributor" name="contributor" defaultValue={query.contributor ?? ""}>
          <option value="">Anyone</option>
          {contributors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sort">Sort by</label>
        <select id="filter-sort" name="sort" defaultValue={query.sort}>
          {POST_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="posts-filters-actions">
        <button type="submit" className="button">
          Apply filters
        </button>
        <Link href="/admin/posts">Clear</Link>
      </div>
    </form>
  );
}
