"use client";

import { SEO_DESCRIPTION_HINT, SEO_TITLE_HINT } from "@/lib/posts/editor-schema";
import { describedBy } from "@/components/ui/described-by";
import { Field } from "./field";

function LengthHint({ id, length, limit, empty }: { id: string; length: number; limit: number; empty: string }) {
  const over = length > limit;
  return (
    <p id={`${id}-hint`} className={over ? "field-hint field-hint-warning" : "field-hint"}>
      {length === 0 ? empty : `${length} of ${limit} characters.`}
      {over ? ` ${length - limit} over: search engines may cut it off.` : ""}
    </p>
  );
}

/** Search and sharing: the title and description search engines show, and the hashtag for sharelines. */
export function SeoFields({
  seoTitle,
  seoDescription,
  hashtag,
  errorsOf,
  disabled,
  onChange,
}: {
  seoTitle: string;
  seoDescription: string;
  /** Null hides the field: a standalone page has no sharelines. */
  hashtag: string | null;
  errorsOf: (name: string) => string[];
  disabled: boolean;
  onChange: (patch: { seoTitle?: string; seoDescription?: string; hashtag?: string }) => void;
}) {
  return (
    <fieldset className="field-group">
      <legend>Search and sharing</legend>
      <div className="field">
        <label htmlFor="post-seo-title">SEO title</label>
        <input
          {...describedBy("post-seo-title", { hint: true, errors: errorsOf("seoTitle") })}
          value={seoTitle}
          disabled={disabled}
          onChange={(e) => onChange({ seoTitle: e.currentTarget.value })}
        />
        <LengthHint
          id="post-seo-title"
          length={seoTitle.length}
          limit={SEO_TITLE_HINT}
          empty={`Empty: the post title is used. Aim for at most ${SEO_TITLE_HINT} characters.`}
        />
        {errorsOf("seoTitle").length > 0 ? (
          <p id="post-seo-title-error" className="field-error">
            {errorsOf("seoTitle").join(" ")}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="post-seo-description">SEO description</label>
        <textarea
          {...describedBy("post-seo-description", { hint: true, errors: errorsOf("seoDescription") })}
          rows={3}
          value={seoDescription}
          disabled={disabled}
          onChange={(e) => onChange({ seoDescription: e.currentTarget.value })}
        />
        <LengthHint
          id="post-seo-description"
          length={seoDescription.length}
          limit={SEO_DESCRIPTION_HINT}
          empty={`Empty: the standfirst is used. Aim for at most ${SEO_DESCRIPTION_HINT} characters.`}
        />
        {errorsOf("seoDescription").length > 0 ? (
          <p id="post-seo-description-error" className="field-error">
            {errorsOf("seoDescription").join(" ")}
          </p>
        ) : null}
      </div>
      {hashtag === null ? null : (
        <Field
          id="post-hashtag"
          label="Hashtag for sharelines"
          hint="One word without #. Empty: the site’s default hashtag."
          errors={errorsOf("hashtag")}
        >
          <input
            {...describedBy("post-hashtag", { hint: true, errors: errorsOf("hashtag") })}
            value={hashtag}
            disabled={disabled}
            onChange={(e) => onChange({ hashtag: e.currentTarget.value })}
          />
        </Field>
      )}
    </fieldset>
  );
}
