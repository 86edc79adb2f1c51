"use client";

import { useId, useState } from "react";
import { findArticlesToPinAction } from "@/lib/posts/actions";
import type { EditableRelated } from "@/lib/posts/dto";
import { RELATED_PINNED_MAX } from "@/lib/posts/editor-schema";
import { FieldErrors } from "./field";
import { ReorderButtons } from "./reorder";

type Search = { state: "idle" } | { state: "done"; found: EditableRelated[] } | { state: "error"; message: string };

/** "Read more" chosen by hand: find published articles by title, add them, reorder, remove. */
export function RelatedField({
  postId,
  related,
  errors,
  disabled,
  onChange,
}: {
  postId: string;
  related: EditableRelated[];
  errors: readonly string[];
  disabled: boolean;
  onChange: (related: EditableRelated[]) => void;
}) {
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<Search>({ state: "idle" });
  const [searching, setSearching] = useState(false);
  const queryId = useId();
  const full = related.length >= RELATED_PINNED_MAX;

  async function find() {
    setSearching(true);
    const result = await findArticlesToPinAction({ query, postId }).catch(() => null);
    setSearching(false);
    if (!result) return setSearch({ state: "error", message: "The search did not answer. Try again." });
    if (!result.ok) {
      return setSearch({ state: "error", message: result.error.fieldErrors.query?.[0] ?? result.error.message });
    }
    setSearch({ state: "done", found: result.data });
  }

  const found = search.state === "done" ? search.found.filter((f) => !related.some((r) => r.postId === f.postId)) : [];
  return (
    <fieldset className="field-group" aria-describedby={errors.length > 0 ? "post-related-error" : undefined}>
      <legend>Read more (chosen by hand)</legend>
      <p className="form-note">
        Up to {RELATED_PINNED_MAX} articles, shown first under the article in this order; the site fills any places left
        with articles from the same series, tags or section.
      </p>
      {related.length === 0 ? (
        <p className="form-note">None chosen: the site picks them all.</p>
      ) : (
        <ol className="byline-list">
          {related.map((r, i) => (
            <li key={r.postId}>
              <span className="byline-name">
                {r.title}
                {r.status !== "PUBLISHED" ? (
                  <span className="form-note"> — not shown until it is published</span>
                ) : null}
              </span>
              <ReorderButtons list={related} index={i} name={r.title} disabled={disabled} onChange={onChange} />
            </li>
          ))}
        </ol>
      )}
      <div className="inline-add">
        <label htmlFor={queryId}>Find a published article by title</label>
        <input
          id={queryId}
          type="search"
          value={query}
          disabled={disabled || full}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter searches here instead of submitting the whole post.
            if (e.key === "Enter") {
              e.preventDefault();
              void find();
            }
          }}
        />
        <button type="button" disabled={disabled || full || searching} onClick={() => void find()}>
          {searching ? "Finding…" : "Find"}
        </button>
      </div>
      {full ? (
        <p className="form-note">All {RELATED_PINNED_MAX} places are chosen; remove one to add another.</p>
      ) : null}
      <div aria-live="polite">
        {search.state === "error" ? <p className="field-error">{search.message}</p> : null}
        {search.state === "done" && found.length === 0 ? (
          <p className="form-note">No other published article has that in its title.</p>
        ) : null}
      </div>
      {found.length > 0 && !full ? (
        <ul className="byline-list" aria-label="Articles found">
          {found.map((f) => (
            <li key={f.postId}>
              <span className="byline-name">{f.title}</span>
              <button
                type="button"
                disabled={disabled}
                onClick={() => onChange([...related, f])}
                aria-label={`Add ${f.title}`}
              >
                Add
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <FieldErrors id="post-related" errors={errors} />
    </fieldset>
  );
}
