"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { editCommentAction } from "@/lib/comments/moderation/actions";
import type { ModerationItem } from "@/lib/comments/moderation/dto";

/**
 * A modal for correcting a comment's text (the audit log keeps the original).
 * What the moderator typed stays in the field when the server refuses it.
 */
export function EditCommentDialog({
  item,
  onClose,
  onSaved,
}: {
  item: ModerationItem;
  onClose: () => void;
  onSaved: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ field: string | null; form: string | null }>({ field: null, form: null });
  const id = useId();
  const bodyId = `${id}-body`;

  // Opened as a modal (focus trapped, Escape closes); leaving the page removes it with the component.
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  function save(form: FormData) {
    form.set("commentId", item.id);
    startTransition(async () => {
      const result = await editCommentAction(form).catch(() => null);
      if (!result)
        return setError({
          field: null,
          form: "Could not reach the server. Your text is still here; please try again.",
        });
      if (!result.ok)
        return setError({
          field: result.error.fieldErrors.body?.join(" ") ?? null,
          form: result.error.fieldErrors.body ? null : result.error.message,
        });
      onSaved();
    });
  }

  return (
    <dialog ref={dialog} className="moderation-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save(new FormData(event.currentTarget));
        }}
      >
        <h2 id={`${id}-title`}>Edit the comment by {item.author.name}</h2>
        <div className="field">
          <label htmlFor={bodyId}>Comment text (Markdown)</label>
          <textarea
            id={bodyId}
            name="body"
            rows={10}
            defaultValue={item.body}
            required
            aria-invalid={error.field ? true : undefined}
            aria-describedby={`${bodyId}-hint${error.field ? ` ${bodyId}-error` : ""}`}
          />
          <p id={`${bodyId}-hint`} className="field-hint">
            The comment is marked as edited. The audit log keeps the text before and after your change.
          </p>
          {error.field ? (
            <p id={`${bodyId}-error`} className="field-error">
              {error.field}
            </p>
          ) : null}
        </div>
        {error.form ? (
          <p className="field-error" role="alert">
            {error.form}
          </p>
        ) : null}
        <div className="moderation-dialog-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Saving…" : "Save changes"}
          </button>
          <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
