"use client";

import type { EditorOptions } from "@/lib/posts/dto";
import { OTHER_SECTIONS_MAX } from "@/lib/posts/editor-schema";
import { FieldErrors } from "./field";

/** Sections the post is also listed in; the primary section (chosen above) gives its address and breadcrumbs. */
export function OtherSectionsField({
  sections,
  primaryId,
  chosen,
  errors,
  disabled,
  onChange,
}: {
  sections: EditorOptions["sections"];
  primaryId: string | null;
  chosen: readonly string[];
  errors: readonly string[];
  disabled: boolean;
  onChange: (ids: string[]) => void;
}) {
  const others = sections.filter((s) => s.id !== primaryId);
  if (primaryId === null || others.length === 0) return null;
  const full = chosen.length >= OTHER_SECTIONS_MAX;
  return (
    <fieldset
      className="field-group"
      aria-describedby={errors.length > 0 ? "post-other-sections-error" : "post-other-sections-hint"}
    >
      <legend>Also in sections</legend>
      <p id="post-other-sections-hint" className="form-note">
        Listed in these sections and their feeds as well; the address and breadcrumbs follow the section above.
      </p>
      {others.map((s) => {
        const checked = chosen.includes(s.id);
        return (
          <div key={s.id} className="field field-check">
            <input
              id={`post-also-${s.id}`}
              type="checkbox"
              checked={checked}
              disabled={disabled || (full && !checked)}
              onChange={(e) =>
                onChange(e.currentTarget.checked ? [...chosen, s.id] : chosen.filter((id) => id !== s.id))
              }
            />
            <label htmlFor={`post-also-${s.id}`}>{s.name}</label>
          </div>
        );
      })}
      <FieldErrors id="post-other-sections" errors={errors} />
    </fieldset>
  );
}
