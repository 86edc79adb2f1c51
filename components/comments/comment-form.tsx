"use client";

import { useId, useState } from "react";
import { HONEYPOT_FIELD } from "@/lib/comments/spam/honeypot";
import type { Translate } from "@/lib/i18n";
import type { Failure } from "./comments-context";
import { failureMessage, fieldMessage } from "./messages";

/**
 * The comment box: plain text with a live character count. Whatever the
 * reader typed stays in the box when posting fails. New comments carry the
 * honeypot: a field out of sight, out of the tab order and hidden from
 * screen readers, which only bots fill in.
 */
export function CommentForm({
  t,
  maxLength,
  label,
  submitLabel,
  initialBody = "",
  autoFocus = false,
  withHoneypot = false,
  onSubmit,
  onCancel,
}: {
  t: Translate;
  maxLength: number;
  label: string;
  submitLabel: string;
  initialBody?: string;
  autoFocus?: boolean;
  withHoneypot?: boolean;
  /** Resolves to a failure to show, or null when the comment was taken; `honeypot` is what the hidden field holds. */
  onSubmit: (body: string, honeypot: string) => Promise<Failure | null>;
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
    const honeypot = new FormData(event.currentTarget).get(HONEYPOT_FIELD);
    setBusy(true);
    const failure = await onSubmit(body, typeof honeypot === "string" ? honeypot : "");
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
      <p id={`${id}-hint`} className="comment-hint">
        {t("comments.hint")}
      </p>
      <p id={`${id}-count`} className={over ? "comment-count comment-count--over" : "comment-count"}>
        {over
          ? t("comments.counterOver", { count: length - maxLength, max: maxLength })
          : t("comments.counter", { count: length, max: maxLength })}
      </p>
      {bodyError && (
        <p id={`${id}-error`} className="field-error">
          {bodyError}
        </p>
      )}
      {withHoneypot && (
        <div className="comment-form-website" aria-hidden="true">
          <label htmlFor={`${id}-website`}>{t("comments.honeypot")}</label>
          <input
            id={`${id}-website`}
            type="text"
            name={HONEYPOT_FIELD}
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
      )}
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <div className="comment-form-buttons">
        <button type="submit" disabled={busy || over}>
          {busy ? t("comments.working") : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={onCancel}>
            {t("comments.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
