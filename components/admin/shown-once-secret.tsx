"use client";

import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import "./shown-once-secret.css";

export interface ShownOnceWording {
  /** The field's accessible name ("The new key"). */
  field: string;
  copy: string;
  copied: string;
  /** When the browser refuses the clipboard: the secret is selected instead. */
  copyRefused: string;
  done: string;
}

/**
 * A secret (API key, token, signing secret) shown this once. Focus moves to
 * the heading so a screen reader announces it; the secret sits in a
 * read-only field (selectable by keyboard) with a button that copies it.
 */
export function ShownOnceSecret({
  title,
  headingLevel = 2,
  secret,
  children,
  example,
  wording,
  onDone,
}: {
  title: string;
  headingLevel?: 2 | 3;
  secret: string;
  /** What the secret is for, above the field. */
  children: ReactNode;
  /** A request to try it with, below the field. */
  example?: { lead: string; code: string };
  wording: ShownOnceWording;
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
    if (copied) return setCopyStatus(wording.copied);
    field.current?.select();
    setCopyStatus(wording.copyRefused);
  }

  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <section className="notice shown-once" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {children}
      <div className="shown-once-copy">
        <label htmlFor={`${id}-secret`} className="visually-hidden">
          {wording.field}
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
          {wording.copy}
        </button>
      </div>
      <p className="form-status form-status-success" role="status">
        {copyStatus}
      </p>
      {example ? (
        <>
          <p>{example.lead}</p>
          <pre className="shown-once-example">
            <code>{example.code}</code>
          </pre>
        </>
      ) : null}
      <button type="button" className="button button-quiet" onClick={onDone}>
        {wording.done}
      </button>
    </section>
  );
}
