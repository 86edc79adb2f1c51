"use client";

import { useState, useTransition } from "react";
import { setCommentAlertsAction } from "@/lib/comments/moderation/actions";
import type { CommentAlertsPreference } from "@/lib/comments/moderation/schema";

const OPTIONS: readonly { value: CommentAlertsPreference; label: string; hint: string }[] = [
  { value: "IMMEDIATE", label: "Immediately", hint: "An email for every new comment that waits for moderation." },
  {
    value: "DAILY_DIGEST",
    label: "Daily digest",
    hint: "At most one email a day, with how many comments wait on which articles.",
  },
  { value: "OFF", label: "Off", hint: "No emails; check this page yourself." },
];

/** The signed-in moderator's own choice of comment alert emails. */
export function AlertsPreferenceForm({ current }: { current: CommentAlertsPreference }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function save(form: FormData) {
    startTransition(async () => {
      const result = await setCommentAlertsAction(form).catch(() => null);
      if (!result)
        return setMessage({
          tone: "error",
          text: "Could not reach the server. Your choice was not saved; please try again.",
        });
      if (!result.ok)
        return setMessage({
          tone: "error",
          text: result.error.fieldErrors.commentAlerts?.join(" ") ?? result.error.message,
        });
      const chosen = OPTIONS.find((o) => o.value === result.data.commentAlerts)!;
      setMessage({ tone: "success", text: `Saved: comment alerts ${chosen.label.toLowerCase()}.` });
    });
  }

  return (
    <details className="alerts-preference">
      <summary>Your email alerts for new comments</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save(new FormData(event.currentTarget));
        }}
      >
        <fieldset aria-describedby={message?.tone === "error" ? "alerts-preference-message" : undefined}>
          <legend>Email me about comments waiting for moderation</legend>
          {OPTIONS.map((option) => (
            <div key={option.value} className="choice">
              <input
                type="radio"
                id={`comment-alerts-${option.value}`}
                name="commentAlerts"
                value={option.value}
                defaultChecked={option.value === current}
                aria-describedby={`comment-alerts-${option.value}-hint`}
              />
              <label htmlFor={`comment-alerts-${option.value}`}>{option.label}</label>
              <p id={`comment-alerts-${option.value}-hint`} className="field-hint">
                {option.hint}
              </p>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button-small" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
        <p
          id="alerts-preference-message"
          role={message?.tone === "error" ? "alert" : "status"}
          className={message?.tone === "error" ? "field-error" : "form-note"}
        >
          {message?.text}
        </p>
      </form>
    </details>
  );
}
