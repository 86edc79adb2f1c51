"use client";

import { useState } from "react";
import { MediaPicker } from "@/components/admin/media/media-picker";
import { type EditorHero, errorsFor } from "@/components/admin/editor/editor-form";
import type { FieldErrors as FieldErrorMap } from "@/lib/errors";
import { describedBy } from "@/components/ui/described-by";
import { Field } from "./field";

/** The picture at the top of the article, chosen from the media library, with its alt text, caption and credit. */
export function HeroField({
  hero,
  errors,
  disabled,
  onChange,
}: {
  hero: EditorHero | null;
  errors: FieldErrorMap;
  disabled: boolean;
  onChange: (hero: EditorHero | null) => void;
}) {
  const [picking, setPicking] = useState(false);
  const altErrors = errorsFor(errors, "hero.alt");
  const altMissing = hero !== null && hero.alt.trim() === "";
  return (
    <fieldset className="field-group">
      <legend>Hero image</legend>
      {hero ? (
        <>
          {/* The library's own address; its size is unknown here, so a plain img keeps the preview small. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img className="hero-thumb" src={hero.url} alt="" />
          <Field
            id="post-hero-alt"
            label="Alt text (required before publishing)"
            errors={altErrors}
            hint={
              altMissing
                ? "Missing: describe what the picture shows for people who cannot see it."
                : "Describe what the picture shows for people who cannot see it."
            }
          >
            <input
              {...describedBy("post-hero-alt", { hint: true, errors: altErrors })}
              value={hero.alt}
              disabled={disabled}
              aria-required="true"
              onChange={(e) => onChange({ ...hero, alt: e.currentTarget.value })}
            />
          </Field>
          <Field id="post-hero-caption" label="Caption" errors={errorsFor(errors, "hero.caption")}>
            <input
              {...describedBy("post-hero-caption", { errors: errorsFor(errors, "hero.caption") })}
              value={hero.caption}
              disabled={disabled}
              onChange={(e) => onChange({ ...hero, caption: e.currentTarget.value })}
            />
          </Field>
          <Field id="post-hero-credit" label="Picture credit" errors={errorsFor(errors, "hero.credit")}>
            <input
              {...describedBy("post-hero-credit", { errors: errorsFor(errors, "hero.credit") })}
              value={hero.credit}
              disabled={disabled}
              onChange={(e) => onChange({ ...hero, credit: e.currentTarget.value })}
            />
          </Field>
          <p className="row-buttons">
            <button type="button" disabled={disabled} onClick={() => setPicking(true)}>
              Change hero image
            </button>
            <button type="button" disabled={disabled} onClick={() => onChange(null)}>
              Remove hero image
            </button>
          </p>
        </>
      ) : (
        <p>
          <button type="button" disabled={disabled} onClick={() => setPicking(true)}>
            Choose hero image
          </button>
        </p>
      )}
      {errorsFor(errors, "hero.url").length > 0 || errorsFor(errors, "hero.mediaId").length > 0 ? (
        <p className="field-error">
          {[...errorsFor(errors, "hero.url"), ...errorsFor(errors, "hero.mediaId")].join(" ")}
        </p>
      ) : null}
      <MediaPicker
        imagesOnly
        open={picking}
        onClose={() => setPicking(false)}
        onSelect={(media) => {
          setPicking(false);
          // Keep words the writer already typed for this slot; the library's are the default.
          onChange({
            mediaId: media.id,
            url: media.url,
            alt: hero?.alt || media.alt,
            caption: hero?.caption || media.caption,
            credit: hero?.credit || media.credit,
          });
        }}
      />
    </fieldset>
  );
}
