"use client";

import { useEffect, useId, useRef, useState } from "react";
import { REPORT_REASONS, type ReportReason } from "@/lib/comments/reader/dto";
import { useComments, type Failure } from "./comments-context";
import { failureMessage, fieldMessage } from "./messages";

/** A modal dialog (native <dialog>: focus is trapped and Escape closes it) asking why a comment is reported. */
export function ReportDialog({ commentId, onClose }: { commentId: string; onClose: () => void }) {
  const { t, report } = useComments();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState<ReportReason | "">("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const failure = await report(commentId, reason as ReportReason, note);
    setBusy(false);
    if (failure) setError(failure);
    else onClose();
  }

  const reasonError = fieldMessage(error, "reason", t);
  const noteError = fieldMessage(error, "note", t);
  const formError = error && !reasonError && !noteError ? failureMessage(error, t) : undefined;
  return (
    <dialog ref={dialog} className="report-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h3 id={`${id}-title`}>{t("comments.reportTitle")}</h3>
        <fieldset
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id}-reason-error` : undefined}
        >
          <legend>{t("comments.reportReason")}</legend>
          {REPORT_REASONS.map((value) => (
            <label key={value} className="report-reason">
              <input
                type="radio"
                name="reason"
                value={value}
                checked={reason === value}
                onChange={() => setReason(value)}
                required
              />{" "}
              {t(`comments.reason.${value}`)}
            </label>
          ))}
        </fieldset>
        {reasonError && (
          <p id={`${id}-reason-error`} className="field-error">
            {reasonError}
          </p>
        )}
        <label htmlFor={`${id}-note`}>{t("comments.reportNote")}</label>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-error` : undefined}
        />
        {noteError && (
          <p id={`${id}-note-error`} className="field-error">
            {noteError}
          </p>
        )}
        {formError && (
          <p className="field-error" role="alert">
            {formError}
          </p>
        )}
        <div className="comment-form-buttons">
          <button type="submit" disabled={busy}>
            {busy ? t("comments.working") : t("comments.reportSend")}
          </button>
          <button type="button" className="button-quiet" onClick={onClose}>
            {t("comments.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
