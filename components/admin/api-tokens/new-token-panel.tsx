"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { CreatedAdminApiToken } from "@/lib/admin-api/dto";
import { formatDate, translator } from "@/lib/i18n";

/**
 * A new token, shown this once. Focus moves to the heading so a screen reader
 * announces it; the token sits in a read-only field (selectable by keyboard)
 * with a button that copies it.
 */
export function NewTokenPanel({
  token,
  apiBase,
  language,
  onDone,
}: {
  token: CreatedAdminApiToken;
  apiBase: string;
  language: string;
  onDone: () => void;
}) {
  const t = translator(language);
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const [copyStatus, setCopyStatus] = useState("");
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    const copied = await navigator.clipboard?.writeText(token.secret).then(
      () => true,
      () => false,
    );
    if (copied) return setCopyStatus(t("adminApi.new.copied"));
    field.current?.select();
    setCopyStatus(t("adminApi.new.copyRefused"));
  }

  const example = `curl -X POST ${apiBase}/posts \\\n  -H "Authorization: Bearer ${token.secret}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"fields": {"title": "Hello from the API"}}'`;
  return (
    <section className="notice api-key-new" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t("adminApi.new.title", { name: token.name })}
      </h3>
      <p>{t("adminApi.new.lead", { date: formatDate(new Date(token.expiresAt), language) })}</p>
      <div className="api-key-copy">
        <label htmlFor={`${id}-token`} className="visually-hidden">
          {t("adminApi.new.label")}
        </label>
        <input
          ref={field}
          id={`${id}-token`}
          readOnly
          value={token.secret}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button-primary" onClick={copy}>
          {t("adminApi.new.copy")}
        </button>
      </div>
      <p className="form-status form-status-success" role="status">
        {copyStatus}
      </p>
      <p>{t("adminApi.new.try")}</p>
      <pre className="api-key-example">
        <code>{example}</code>
      </pre>
      <button type="button" className="button button-quiet" onClick={onDone}>
        {t("adminApi.new.done")}
      </button>
    </section>
  );
}
