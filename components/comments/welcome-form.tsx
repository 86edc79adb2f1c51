"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { setDisplayNameAction } from "@/lib/comments/reader/actions";
import { translator } from "@/lib/i18n";
import type { Failure } from "./comments-context";
import { failureMessage, fieldMessage } from "./messages";
import "./comments.css";

/** The display name shown with the reader's comments; then back to where they came from. */
export function WelcomeForm({
  language,
  callbackUrl,
  initialName,
}: {
  language: string;
  callbackUrl: string;
  initialName: string;
}) {
  const t = useMemo(() => translator(language), [language]);
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const result = await setDisplayNameAction({ name });
    if (result.ok) {
      router.push(callbackUrl);
      return;
    }
    setBusy(false);
    setError(result.error);
  }

  const nameError = fieldMessage(error, "name", t);
  const formError = error && !nameError ? failureMessage(error, t) : undefined;
  return (
    <form className="welcome-form" onSubmit={submit} noValidate>
      <p id={`${id}-lead`}>{t("welcome.lead")}</p>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <label htmlFor={`${id}-name`}>{t("welcome.name")}</label>
      <input
        id={`${id}-name`}
        name="name"
        autoComplete="nickname"
        maxLength={50}
        value={name}
        onChange={(event) => setName(event.target.value)}
        aria-invalid={nameError ? true : undefined}
        aria-describedby={[`${id}-lead`, nameError && `${id}-name-error`].filter(Boolean).join(" ")}
        required
      />
      {nameError && (
        <p id={`${id}-name-error`} className="field-error">
          {nameError}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t("comments.working") : t("welcome.submit")}
      </button>
    </form>
  );
}
