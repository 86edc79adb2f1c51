"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A submit button that asks first: the first press shows `prompt` with a
 * confirm and a cancel button; only the confirm press submits the form it
 * sits in. Keyboard focus moves to the confirm button and back on cancel.
 */
export function ConfirmButton({
  label,
  prompt,
  confirmLabel = label,
  cancelLabel = "Cancel",
  disabled,
  danger = true,
  accessibleLabel,
}: {
  label: string;
  /** A fuller name for screen readers when several rows share the visible label ("Delete Housing"). */
  accessibleLabel?: string;
  prompt: string;
  confirmLabel?: string;
  cancelLabel?: string;
  disabled?: boolean;
  /** Styles the buttons as destructive. */
  danger?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
  }, [asking]);
  const tone = danger ? "button button-danger" : "button";

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className={tone}
        disabled={disabled}
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={prompt}>
      <span className="confirm-prompt">{prompt}</span>
      <button ref={confirmRef} type="submit" className={tone} disabled={disabled}>
        {confirmLabel}
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      >
        {cancelLabel}
      </button>
    </span>
  );
}
