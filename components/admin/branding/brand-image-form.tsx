"use client";

import { useId, useState } from "react";
import { describedBy } from "@/components/ui/described-by";
import { HintAndErrors } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { removeBrandImageAction, uploadBrandImageAction } from "@/lib/branding/actions";
import { BYTES_PER_MEGABYTE } from "@/lib/media/messages";
import { brandUploadMessages, MAX_BRAND_UPLOAD_MEGABYTES } from "@/lib/branding/messages";
import type { BrandImageKind } from "@/lib/branding/schema";

export interface BrandImageFormProps {
  kind: BrandImageKind;
  title: string;
  /** What the image is for and what to upload. */
  hint: string;
  accept: string;
  /** The current image's address and its description for the preview, or null for the default. */
  current: { src: string; width: number; height: number; alt: string } | null;
  /** What shows while there is no image of this kind. */
  defaultText: string;
}

/** One branding image: a preview of the current one, an upload that replaces it, and a remove button. */
export function BrandImageForm({ kind, title, hint, accept, current, defaultText }: BrandImageFormProps) {
  const headingId = useId();
  const upload = useActionForm(uploadBrandImageAction);
  const remove = useActionForm(removeBrandImageAction);
  const [tooLarge, setTooLarge] = useState(false);
  const errors = tooLarge ? [brandUploadMessages.tooLarge] : upload.errors("file");
  const { id, ...control } = describedBy(`${headingId}-file`, { hint: true, errors });

  function checkSize(event: React.FormEvent<HTMLFormElement>) {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    const over = Boolean(file && file.size > MAX_BRAND_UPLOAD_MEGABYTES * BYTES_PER_MEGABYTE);
    setTooLarge(over);
    if (over) event.preventDefault();
  }

  return (
    <section aria-labelledby={headingId} className="branding-item">
      <h2 id={headingId}>{title}</h2>
      <div className="branding-preview">
        {current ? (
          // eslint-disable-next-line @next/next/no-img-element -- a stored PNG/JPEG of known size
          <img src={current.src} width={current.width} height={current.height} alt={current.alt} />
        ) : (
          <p>{defaultText}</p>
        )}
      </div>
      <form action={upload.formAction} onSubmit={checkSize} className="action-form" aria-busy={upload.pending}>
        <input type="hidden" name="kind" value={kind} />
        <div className="field">
          <label htmlFor={id}>Image file</label>
          <input id={id} {...control} type="file" name="file" accept={accept} required />
          <HintAndErrors id={id} hint={hint} errors={errors} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={upload.pending}>
            {upload.pending ? "Uploading…" : `Upload ${title.toLowerCase()}`}
          </button>
          <FormStatus result={tooLarge ? null : upload.state.result} success={`${title} saved.`} />
        </div>
      </form>
      {current ? (
        <form action={remove.formAction} className="action-form" aria-busy={remove.pending}>
          <input type="hidden" name="kind" value={kind} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={remove.pending}>
              {`Remove ${title.toLowerCase()}`}
            </button>
            <FormStatus result={remove.state.result} success={`${title} removed.`} />
          </div>
        </form>
      ) : null}
    </section>
  );
}
