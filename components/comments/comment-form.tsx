"use client";

import { useId, useState } from "react";
import type { Translate } from "@/lib/i18n";
import type { Failure } from "./comments-context";
import { failureMessage, fieldMessage } from "./messages";

/**
 * The comment box: plain text with a live character count. Whatever the
 * reader typed stays in the box when posting fails.
 */
export function CommentForm({ t, maxLength, label, submitLabel, initialBody = "", autoFocus = false, onSubmit, onCancel }: {
  t: Translate;
  maxLength: number;
  label: string;
  submitLabel: string;
  initialBody?: string;
  autoFocus?: boolean;
  /** Resolves to a failure to show, or null when the comment was taken. */
  onSubmit: (body: string) => Promise<Failure | null>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const length = body.trim().length;
  const over = length > maxLength;
  const bodyError = fieldMessage(error, "body", t);
  const formError = error && !bodyError ? failureMessage(error, t) : undefined;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const failure = await onSubmit(body);
    setBusy(false);
    setError(failure);
    if (!failure && !initialBody) setBody("");
  }

  const describedBy = [`${id}-hint`, `${id}-count`, bodyError && `${id}-error`].filter(Boolean).join(" ");
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-body`}>{label}</label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={5}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        aria-invalid={bodyError || over ? true : undefined}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
        required
      />
      <p id={`${id}-hint`} className="comment-hint">{t("comments.hint")}</p>
      <p id={`${id}-count`} className={over ? "comment-count comment-count--over" : "comment-count"}>
        {over ? t("comments.counterOver", { count: length - maxLength, max: maxLength }) : t("comments.counter", { count: length, max: maxLength })}
      </p>
      {bodyError && <p id={`${id}-error`} className="field-error">{bodyError}</p>}
      {formError && <p className="field-error" role="alert">{formError}</p>}
      <div className="comment-form-buttons">
        <button type="submit" disabled={busy || over}>{busy ? t("comments.working") : submitLabel}</button>
        {onCancel && <button type="button" className="button-quiet" onClick={onCancel}>{t("comments.cancel")}</button>}
      </div>
    </form>
  );
}
