"use client";

import { useState } from "react";
import { FieldErrors } from "./field";

/** Tags as removable chips; typing a new name creates the tag when the post is saved. */
export function TagsField({
  tagNames,
  suggestions,
  errors,
  disabled,
  onChange,
}: {
  tagNames: string[];
  suggestions: string[];
  errors: readonly string[];
  disabled: boolean;
  onChange: (tagNames: string[]) => void;
}) {
  const [draft, setDraft] = useState("");
  const known = new Set(tagNames.map((t) => t.toLowerCase()));

  function addTyped() {
    const names = draft
      .split(",")
      .map((t) => t.replace(/\s+/g, " ").trim())
      .filter(Boolean);
    const fresh: string[] = [];
    for (const name of names) {
      // Reuse an existing tag's spelling so "housing" does not become a second "Housing".
      const existing = suggestions.find((s) => s.toLowerCase() === name.toLowerCase()) ?? name;
      if (!known.has(existing.toLowerCase()) && !fresh.some((f) => f.toLowerCase() === existing.toLowerCase()))
        fresh.push(existing);
    }
    if (fresh.length > 0) onChange([...tagNames, ...fresh]);
    setDraft("");
  }

  return (
    <div className="field">
      <label htmlFor="post-tags">Tags</label>
      {tagNames.length > 0 ? (
        <ul className="chips">
          {tagNames.map((name) => (
            <li key={name} className="chip">
              {name}
              <button
                type="button"
                disabled={disabled}
                aria-label={`Remove tag ${name}`}
                onClick={() => onChange(tagNames.filter((t) => t !== name))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="inline-add">
        <input
          id="post-tags"
          list="post-tags-known"
          value={draft}
          disabled={disabled}
          autoComplete="off"
          aria-describedby={["post-tags-hint", errors.length > 0 ? "post-tags-error" : ""].filter(Boolean).join(" ")}
          aria-invalid={errors.length > 0 || undefined}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              addTyped();
            }
          }}
        />
        <button type="button" disabled={disabled || draft.trim() === ""} onClick={addTyped}>
          Add tag
        </button>
      </div>
      <datalist id="post-tags-known">
        {suggestions
          .filter((s) => !known.has(s.toLowerCase()))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
      <p id="post-tags-hint" className="field-hint">
        Type a tag and press Enter. New tags are created when the post is saved.
      </p>
      <FieldErrors id="post-tags" errors={errors} />
    </div>
  );
}
