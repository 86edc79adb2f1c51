"use client";

import type { FieldErrors } from "@/lib/errors";
import type { EditorOptions } from "@/lib/posts/dto";
import { POST_TYPES } from "@/lib/posts/editor-schema";
import { describedBy } from "@/components/ui/described-by";
import { TYPE_LABELS } from "../posts/status-badge";
import { BylinesField } from "./bylines-field";
import { type EditorForm, errorsFor } from "./editor-form";
import { Field } from "./field";
import { HeroField } from "./hero-field";
import { OtherSectionsField } from "./other-sections-field";
import { RelatedField } from "./related-field";
import { TagsField } from "./tags-field";

/** The editor fields an article has and a standalone page does not: type, bylines, sections, tags, series, "Read more" and hero. */
export function ArticleFields({
  form,
  options,
  postId,
  fieldErrors,
  readOnly,
  update,
}: {
  form: EditorForm;
  options: EditorOptions;
  postId: string;
  fieldErrors: FieldErrors;
  readOnly: boolean;
  update: (patch: Partial<EditorForm>) => void;
}) {
  const errorsOf = (name: string) => errorsFor(fieldErrors, name);
  return (
    <>
      <Field id="post-type" label="Type" errors={errorsOf("type")}>
        <select
          {...describedBy("post-type", { errors: errorsOf("type") })}
          value={form.type}
          onChange={(e) => update({ type: e.currentTarget.value as (typeof POST_TYPES)[number] })}
        >
          {POST_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      <BylinesField
        bylines={form.bylines}
        contributors={options.contributors}
        errors={errorsOf("bylines")}
        disabled={readOnly}
        onChange={(bylines) => update({ bylines })}
      />
      <Field id="post-section" label="Section" errors={errorsOf("sectionId")}>
        <select
          {...describedBy("post-section", { errors: errorsOf("sectionId") })}
          value={form.sectionId ?? ""}
          onChange={(e) => update({ sectionId: e.currentTarget.value || null })}
        >
          <option value="">No section</option>
          {options.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <OtherSectionsField
        sections={options.sections}
        primaryId={form.sectionId}
        chosen={form.otherSectionIds.filter((id) => id !== form.sectionId)}
        errors={errorsOf("otherSectionIds")}
        disabled={readOnly}
        onChange={(otherSectionIds) => update({ otherSectionIds })}
      />
      <TagsField
        tagNames={form.tagNames}
        suggestions={options.tags}
        errors={errorsOf("tagNames")}
        disabled={readOnly}
        onChange={(tagNames) => update({ tagNames })}
      />
      <div className="field-group">
        <Field id="post-series" label="Series" errors={errorsOf("seriesId")}>
          <select
            {...describedBy("post-series", { errors: errorsOf("seriesId") })}
            value={form.seriesId ?? ""}
            onChange={(e) => update({ seriesId: e.currentTarget.value || null })}
          >
            <option value="">Not part of a series</option>
            {options.series.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        {form.seriesId ? (
          <Field id="post-series-position" label="Part number" errors={errorsOf("seriesPosition")}>
            <input
              {...describedBy("post-series-position", { errors: errorsOf("seriesPosition") })}
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              value={form.seriesPosition ?? ""}
              onChange={(e) =>
                update({
                  seriesPosition: e.currentTarget.value === "" ? null : Number(e.currentTarget.value),
                })
              }
            />
          </Field>
        ) : null}
      </div>
      <RelatedField
        postId={postId}
        related={form.related}
        errors={errorsOf("related")}
        disabled={readOnly}
        onChange={(related) => update({ related })}
      />
      <HeroField hero={form.hero} errors={fieldErrors} disabled={readOnly} onChange={(hero) => update({ hero })} />
    </>
  );
}
