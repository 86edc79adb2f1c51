"use client";

import { useState, useTransition } from "react";
import type { MediaDTO } from "@/lib/media/dto";
import { updateMediaAction } from "@/lib/media/actions";
import type { FieldErrors } from "@/lib/errors";

type Details = Pick<MediaDTO, "alt" | "caption" | "credit">;

const FIELDS = [
  { name: "alt", label: "Alt text", hint: "What the picture shows, for people who cannot see it.", multiline: true },
  { name: "caption", label: "Caption", hint: null, multiline: true },
  { name: "credit", label: "Credit", hint: "Who took or owns the picture.", multiline: false },
] as const;

/** Edits the words stored with an image; what was typed stays in the fields if saving fails. */
export function MediaDetailsForm({
  media,
  onSaved,
  onCancel,
}: {
  media: MediaDTO;
  onSaved: (media: MediaDTO) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Details>({ alt: media.alt, caption: media.caption, credit: media.credit });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await updateMediaAction({ id: media.id, ...values });
      if (result.ok) {
        setErrors({});
        setFormError(null);
        onSaved(result.data);
      } else {
        setErrors(result.error.fieldErrors);
        setFormError(result.error.message);
      }
    });
  }

  return (
    <form className="media-details-form" onSubmit={save} aria-label={`Details of ${media.originalName}`} noValidate>
      {formError && (
        <p className="media-error" role="alert">
          {formError}
        </p>
      )}
      {FIELDS.map(({ name, label, hint, multiline }) => {
        const id = `media-${media.id}-${name}`;
        const fieldErrors = errors[name] ?? [];
        const describedBy =
          [hint && `${id}-hint`, fieldErrors.length > 0 && `${id}-error`].filter(Boolean).join(" ") || undefined;
        const common = {
          id,
          name,
          value: values[name],
          disabled: pending,
          "aria-invalid": fieldErrors.length > 0 || undefined,
          "aria-describedby": describedBy,
        };
        return (
          <div className="media-field" key={name}>
            <label htmlFor={id}>{label}</label>
            {hint && (
              <p id={`${id}-hint`} className="media-hint">
                {hint}
              </p>
            )}
            {multiline ? (
              <textarea
                {...common}
                rows={2}
                onChange={(e) => setValues((v) => ({ ...v, [name]: e.currentTarget.value }))}
              />
            ) : (
              <input {...common} onChange={(e) => setValues((v) => ({ ...v, [name]: e.currentTarget.value }))} />
            )}
            {fieldErrors.length > 0 && (
              <p id={`${id}-error`} className="media-error">
                {fieldErrors.join(" ")}
              </p>
            )}
          </div>
        );
      })}
      <p className="media-actions">
        <button type="submit" className="media-button" disabled={pending}>
          {pending ? "Saving…" : "Save details"}
        </button>
        <button type="button" className="media-button is-quiet" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </p>
    </form>
  );
}
