"use client";

import { useEffect, useId, useRef, useState } from "react";

/**
 * A new key, shown this once. Focus moves to the heading so a screen reader
 * announces it; the key sits in a read-only field (selectable by keyboard)
 * with a button that copies it.
 */
export function NewKeyPanel({
  name,
  secret,
  apiBase,
  onDone,
}: {
  name: string;
  secret: string;
  apiBase: string;
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
    if (copied) return setCopyStatus("Key copied.");
    field.current?.select();
    setCopyStatus("Copying is not allowed here: the key is selected, press Ctrl+C (⌘C on a Mac) to copy it.");
  }

  return (
    <section className="notice api-key-new" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Your new key “{name}”
      </h2>
      <p>
        Copy it now and keep it somewhere safe: it is shown only this once. Anyone who has it can read what the site
        publishes through the Content API, until you revoke it.
      </p>
      <div className="api-key-copy">
        <label htmlFor={`${id}-key`} className="visually-hidden">
          The new key
        </label>
        <input
          ref={field}
          id={`${id}-key`}
          readOnly
          value={secret}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button-primary" onClick={copy}>
          Copy key
        </button>
      </div>
      <p className="form-status form-status-success" role="status">
        {copyStatus}
      </p>
      <p>Try it:</p>
      <pre className="api-key-example">
        <code>{`curl -H "Authorization: Bearer ${secret}" ${apiBase}/posts`}</code>
      </pre>
      <button type="button" className="button button-quiet" onClick={onDone}>
        I have copied the key
      </button>
    </section>
  );
}
