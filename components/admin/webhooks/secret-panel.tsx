"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { Translate } from "@/lib/i18n";

/**
 * A signing secret, shown this once. Focus moves to the heading so a screen
 * reader announces it; the secret sits in a read-only field (selectable by
 * keyboard) with a button that copies it.
 */
export function SecretPanel({
  title,
  secret,
  note,
  t,
  onDone,
}: {
  title: string;
  secret: string;
  note?: string;
  t: Translate;
  onDone: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const [copyStatus, setCopyStatus] = useState("");
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    const copied = await navigator.clipboard?.writeText(secret).then(
      () => true,
      () => false,
    );
    if (copied) return setCopyStatus(t("webhooks.secret.copied"));
    field.current?.select();
    setCopyStatus(t("webhooks.secret.copyRefused"));
  }

  return (
    <section className="notice webhook-secret" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>{t("webhooks.secret.once")}</p>
      {note ? <p>{note}</p> : null}
      <div className="webhook-secret-copy">
        <label htmlFor={`${id}-secret`} className="visually-hidden">
          {t("webhooks.secret.label")}
        </label>
        <input
          ref={field}
          id={`${id}-secret`}
          readOnly
          value={secret}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button-primary" onClick={copy}>
          {t("webhooks.secret.copy")}
        </button>
      </div>
      <p className="form-status form-status-success" role="status">
        {copyStatus}
      </p>
      <button type="button" className="button button-quiet" onClick={onDone}>
        {t("webhooks.secret.done")}
      </button>
    </section>
  );
}
