"use client";

import { useEffect, useRef } from "react";

/**
 * Recovery codes, shown this once. Focus moves to the heading so a screen
 * reader user hears that they appeared; the list is plain text to copy or print.
 */
export function RecoveryCodeList({ codes }: { codes: readonly string[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="security-codes" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title" ref={heading} tabIndex={-1}>
        Your recovery codes
      </h3>
      <p>
        Keep these somewhere safe, away from your phone. Each one signs you in once if you lose your device. They are
        shown only now.
      </p>
      <ul className="security-code-list" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
